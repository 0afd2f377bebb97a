// Kind (dialog49): the Foreign Ministry's remedy and the feared spread read against each other, and a side asked
// with "even" after the Kremlin's contacts. The article puts them in one paragraph: "there are growing concerns
// that the current crisis may extend beyond the Arab-Israeli conflict zone. The Russian Foreign Ministry stresses
// the importance of coordinating regional players to stabilize the situation…".
// - "why are they worried in the first place?" after the Foreign Ministry's call: the concerns of a spread.
// - "and what do the russians propose to stop that?" after the feared spread: the Foreign Ministry's remedy.
// - "even hamas?", "hamas too?" after the Kremlin's contacts with both sides: the yes/no on Russia's ties with it.
// - «и что предлагают», «а что они советуют» after the feared spread or the ministry's turn (dialog-r2-32b): the
//   verb's plural with no subject, or «они», is the ministry's remedy, not Putin's wishes.
// Each is read as the question it asks; null for anything else (the message is read as typed).
import type { DialogueContext } from "./types.js";

const LEAD = /^(?:(?:and|so|but|ok|okay|well|then|hmm|wait)[,.! ]+)*/u;
const TAIL =
  /(?:[, ]+(?:then|though|tho|exactly|anyway|at all|in the first place|to begin with))*\s*[?!.…]*$/u;
const WORRIED =
  /^(?:but )?why (?:are|is|were|was|do|does) (?:they|it|the ministry|the foreign ministry|the russian foreign ministry|russia|moscow|the russians) (?:so |even )?(?:worried|concerned|anxious|alarmed|nervous|afraid|care|caring)(?: about (?:it|that|this|stability|the region|stabili\p{L}*))?$/u;
const REMEDY_PARTY = "(?:the russians|russia|moscow|the kremlin|they|the foreign ministry|the ministry)";
// "whats russia proposing to do about that" (d61-13): "to do" before what it is against.
// "to keep that from happening", "so it doesn't spread" (d81-11): the same remedy, said the long way.
const REMEDY_AGAINST =
  "(?: to do| doing)?(?: (?:(?:to (?:stop|prevent|contain|avoid|halt)|about|against) (?:that|it|this|the spread|it spreading|that happening|this happening)|(?:in order )?to (?:keep|stop|prevent) (?:that|it|this|the conflict|the war|the crisis) (?:from )?(?:happening|spreading|widening|escalating)|so (?:that )?(?:that|it|this) (?:doesn'?t|does not|won'?t|will not) (?:happen|spread)))?";
/** "what do the russians propose to stop that", "whats russia proposing to prevent it": the same, progressive;
 * "what does moscow want done about it" (dialog33b). */
const REMEDY = new RegExp(
  `^(?:(?:what|how) (?:do|does|did|would|will) ${REMEDY_PARTY} (?:propose|suggest|recommend|want to do|plan to do|want done|want to see done|want|plan|call for|say|offer)|what(?:'s|s| is| are) ${REMEDY_PARTY} (?:proposing|suggesting|recommending|planning to do|calling for|offering))${REMEDY_AGAINST}$`,
  "u",
);
// "that includes hamas??", "does that include hamas", "hamas included?" (dialog-r2-37b, d86-13#3) read the same.
const EVEN_SIDE =
  /^(?:(?:even|including|also|incl|(?:(?:does|do|would) )?(?:that|this|it|they|those|both sides) (?:also |even )?includ(?:es?|ing)) (?:with )?(hamas|israel|the palestinians|palestinians)|(?:with )?(hamas|israel|the palestinians|palestinians) (?:too|as well|also|even|included|includ(?:ed|ing) (?:too|as well|also)))$/u;

const LEAD_RU = /^(?:(?:и|а|ну|так|хорошо|ладно|понятно|ясно)[,.! ]+)*/u;
const TAIL_RU = /(?:[, ]+(?:тогда|вообще|конкретно|именно|же))*\s*[?!.…]*$/u;
/** «что (они) предлагают (с этим делать)», «а что в мид советуют», «что они хотят сделать»: the remedy, plural. */
const REMEDY_RU =
  /^(?:что|чего|как) (?:же )?(?:(?:они|в мид[еу]?|мид|там|россия|москва|русские) )?(?:предлагают|предлагает|советуют|советует|рекомендуют|рекомендует|хотят сделать|хочет сделать|собираются делать|предлагается)(?: (?:с этим|против этого|тут|здесь))?(?: (?:делать|сделать|предпринять))?$/u;

const MINISTRY_ENTRY = "foreign-ministry-position";
const SPREAD_ENTRY = "crisis-spread-fears";
const CONTACTS_ENTRY = "kremlin-contact-both-sides";

/** The place card answering a question on the spread ("is there a risk this spreads beyond israel and gaza?"). */
const PLACE_ENTRY = "conflict-location";
const SPREAD_ASKED =
  /(?<!\p{L})(?:spread\p{L}*|spill\p{L}*|extend\p{L}*|beyond|за пределы|распростран\p{L}*|перекин\p{L}*|выйт\p{L}*)/u;
/** The last card told of the feared spread: its own, or the place card for a question on the spread (dialog33b). */
const afterSpreadCard = (context: DialogueContext): boolean =>
  context.entryId === SPREAD_ENTRY ||
  (context.entryId === PLACE_ENTRY && SPREAD_ASKED.test(context.question.toLowerCase()));

/** The message lower-cased, without lead-in words and closing tails. */
const bare = (text: string) =>
  text.trim().toLowerCase().replace(LEAD, "").replace(TAIL, "").replace(/\s+/gu, " ");

/** The question a worry, remedy or "even X" follow-up asks after the related answer, else null. English only. */
export function spreadRemedyOf(text: string, context: DialogueContext | null | undefined): string | null {
  if (context?.lang === "ru") return spreadRemedyRuOf(text, context);
  if (context?.lang !== "en" || text.length > 100) return null;
  const q = bare(text);
  const afterMinistry = context.entryId === MINISTRY_ENTRY || context.speakerId === "foreign-ministry";
  if (afterMinistry && WORRIED.test(q)) return "could the conflict spread further?";
  if (afterSpreadCard(context) && REMEDY.test(q)) return "what does the russian foreign ministry want?";
  const side = EVEN_SIDE.exec(q);
  if (side && context.entryId === CONTACTS_ENTRY) {
    const name = (side[1] ?? side[2] ?? "").replace(/^the /u, "");
    return `does russia have ties with ${name}?`;
  }
  return null;
}

/** «и что предлагают» after the feared spread or the Foreign Ministry's turn: the ministry's remedy. Russian. */
function spreadRemedyRuOf(text: string, context: DialogueContext): string | null {
  if (text.length > 100) return null;
  const afterSpread =
    afterSpreadCard(context) ||
    context.entryId === MINISTRY_ENTRY ||
    context.speakerId === "foreign-ministry";
  if (!afterSpread) return null;
  const q = text
    .trim()
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(LEAD_RU, "")
    .replace(TAIL_RU, "")
    .replace(/\s+/gu, " ");
  return REMEDY_RU.test(q) ? "чего хочет мид россии?" : null;
}
