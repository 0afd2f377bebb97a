// Kind (verdict49; verdict48's leftover): the matter of the Kremlin's contact with one warring side asked — "does the
// kremlin talk to hamas about a ceasefire?", "is moscow in touch with israel over the hostages?", «кремль общается с
// хамасом о перемирии?», «говорит ли россия с израилем по поводу урегулирования?». The article reports that the
// Kremlin "maintains open communication with both warring sides" (paragraph 4), never what it talks about with
// them: doesn't say. The ties card's Yes (long-standing ties with the Palestinians, including Hamas) answered the
// contact and let the matter through. A contact asked with nothing after the side is contact-one-side.ts's and
// contact-evidence.ts's Yes. Text in (plain, before any respelling).
import type { Lang } from "../answering/types.js";
import { ASKED_RU } from "./contact-evidence.js";
import { ASKED_EN } from "./contact-one-side.js";

/** A matter right after the side: "about …", "over …", "regarding …"; «о …», «про …», «по поводу …», «насчёт …». */
const MATTER_EN =
  /^(?:,? (?:too|also|as well|then|really|actually))* (?:about|over|regarding|concerning|on the (?:subject|question|issue|matter) of|on) \p{L}/u;
const MATTER_RU =
  /^(?: (?:тоже|также|еще|же|ведь))* (?:о|об|обо|про|по поводу|насчет|касательно|относительно|по вопросу|по вопросам) \p{L}/u;
const TURNS_RU = /(?<!\p{L})(?:не|только|лишь|вместо|тайно|исключительно)(?!\p{L})/u;
const TURNS_EN =
  /(?<!\p{L})(?:not|never|no longer|instead|rather than|only|just|alone|exclusively|secretly)(?!\p{L})|n't(?!\p{L})/u;

/** The Kremlin's (Russia's, Moscow's) contact with Hamas or Israel asked of a matter the article never gives. */
export function contactMatterAsked(text: string, lang: Lang): boolean {
  const folded = text.toLowerCase().replace(/ё/gu, "е");
  if (folded.length > 160) return false;
  const russian = lang === "ru";
  if ((russian ? TURNS_RU : TURNS_EN).test(folded)) return false;
  const contact = (russian ? ASKED_RU : ASKED_EN).exec(folded);
  if (!contact) return false;
  return (russian ? MATTER_RU : MATTER_EN).test(folded.slice(contact.index + contact[0].length));
}
