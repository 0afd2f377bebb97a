// Whom Russia worked with on the Israeli-Palestinian talks («С кем вместе Россия продвигала израильско-палестинские
// переговоры?», «Вместе с кем Москва содействовала мирному процессу?», «Кто были партнёры России по содействию
// переговорам?»): the other members of the Quartet (the US, the UN, the EU). format-part.ts reads the same asked with
// Russia after «вместе с» («кто вместе с Россией…»); with Russia the subject the talks outweighed the partners and
// the question was unsure (ambiguous). Russia's ties («с кем Россия поддерживает связи») and its talks with a side
// are other questions (quality48ru).
import { foldedRussian } from "./plain-text.js";

const RUSSIA = /(?<!\p{L})(?:росси\p{L}*|москв\p{L}*|рф|кремл\p{L}*)(?!\p{L})/u;
/** «с кем (вместе)», «вместе с кем», «кто … партнёры/союзники России». */
const WITH_WHOM = /^(?:а |и )?(?:с кем|вместе с кем|совместно с кем|кто|какие|каких)(?!\p{L})/u;
const TOGETHER = /(?<!\p{L})(?:вместе|совместно|сообща|бок о бок|партн[её]р\p{L}*|союзник\p{L}*)(?!\p{L})/u;
/** A joint deed in the past: the part played beside others. */
const JOINT_DEED =
  /(?<!\p{L})(?:продвигал\p{L}*|содействовал\p{L}*|способствовал\p{L}*|участвовал\p{L}*|помогал\p{L}*|работал\p{L}*|посредничал\p{L}*|пыталась|пытался|пытались|налаживал\p{L}*|содействи\p{L}*|входил\p{L}*)(?!\p{L})/u;
const STORY =
  /(?<!\p{L})(?:переговор\p{L}*|мирн\p{L}* процесс\p{L}*|урегулировани\p{L}*|израильско-палестинск\p{L}*|палестино-израильск\p{L}*|ближневосточн\p{L}*)(?!\p{L})/u;
const NOT_PARTNERS =
  /(?<!\p{L})(?:связ\p{L}*|отношени\p{L}*|контакт\p{L}*|созван\p{L}*|звонил\p{L}*|разговарива\p{L}*|квартет\p{L}*)(?!\p{L})/u;

/** «кто в квартет входит кроме россии» when Russia's partners in the talks are asked, or as it came. */
export function asRussianPartnersWithWhom(text: string): string {
  if (text.length > 160) return text;
  const plain = foldedRussian(text);
  if (!WITH_WHOM.test(plain) || !RUSSIA.test(plain) || !STORY.test(plain) || NOT_PARTNERS.test(plain))
    return text;
  const together = TOGETHER.test(plain);
  if (!together && !(/^(?:а |и )?с кем(?!\p{L})/u.test(plain) && JOINT_DEED.test(plain))) return text;
  return "кто в квартет входит кроме россии";
}
