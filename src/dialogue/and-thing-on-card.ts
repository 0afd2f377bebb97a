// Kind (d118-14#2): "and talks?", "and negotiations?", «а переговоры?» after a wh-question a yes/no card answered
// without a verdict ("ceasefire - who wants one?" → "Does Putin call for a ceasefire?"). The card frames the chat as
// its yes/no question, so the bare thing asks it of the thing: Yes on the last answer where its evidence names the
// thing (yes-again.ts's evidenceNames: "talks" is the negotiation process). Read as typed it was a switch to the
// voice's whole roster, no verdict. After a verdict the list readers go on from it (list-turns.ts), and "talks too?"
// is thing-too.ts's; a thing the evidence never names is left to the switch. Anchored, bounded runs: linear.
import { withoutEndMarks } from "../lib/fold-question.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { listsInFull } from "./elliptical.js";
import { partyOf } from "./included-too.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";
import { ellipticalWords, evidenceNames } from "./yes-again.js";

const AND_THING = /^(?:and|plus|а|и)[,.! ]+(?<thing>[\p{L}'-]+(?: [\p{L}'-]+){0,2})$/u;
/** Pronouns, question words and the chat's own words ask about no thing ("and that?", "and why?"). */
const NOT_A_THING =
  /(?<!\p{L})(?:he|she|it|they|them|him|her|this|that|these|those|me|you|us|who|what|why|how|where|when|then|so|он|она|оно|они|его|её|ее|их|это|то|там|кто|что|почему|как|где|когда|потом|дальше)(?!\p{L})/u;
/** A card whose heading is a yes/no question: "Does Putin call for a ceasefire?". */
const YES_NO_HEADING = /^(?:does|did|is|was|are|were|has|have|do)\s/iu;
/** A card of a voice's wishes, "What does Putin want?" (dialog53, o125-01#2): "and negotiations?" asks "does he want
 * those too?", the same Yes where its evidence names them. */
const WISH_HEADING = /^what (?:does|did) [\p{L} ]{2,30} (?:want|call for|seek|push for|urge)\??$/iu;

export function andThingOnCardTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { context, folded, text } = ask;
  if (context.refused || context.verdict != null) return null;
  const thing = AND_THING.exec(withoutEndMarks(folded).trim())?.groups?.thing;
  if (!thing || NOT_A_THING.test(thing)) return null;
  // A party or a voice is a switch ("and hamas?", "and peskov?").
  if (partyOf(thing, kit) || kit.speakers.namedIn(thing).length > 0) return null;
  const heading = ask.last("en")?.entry?.question ?? "";
  const last = ask.last();
  const content = ellipticalWords(thing);
  if (
    !content ||
    !(YES_NO_HEADING.test(heading) || WISH_HEADING.test(heading)) ||
    !last?.answered ||
    last.quotes.length === 0
  )
    return null;
  if (listsInFull(last)) return null;
  // "resuming negotiations": a long word by its first five letters, as the evidence words start ("resumption").
  const stems = content.map((w) => (w.length >= 7 ? w.slice(0, 5) : w));
  if (
    !evidenceNames(content, last, ask.lang, last.answer) &&
    !evidenceNames(stems, last, ask.lang, last.answer)
  )
    return null;
  return verdictOnLast(last, text, context, ask.lang, "yes", "pronoun");
}
