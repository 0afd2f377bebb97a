// Kind (dialog39): a switch to the other side of a relation with a detail to confirm — «а с палестинцами связи
// давние?», "and with the palestinians, are the ties long-standing?" after the ties with Israel. The party swap put
// the detail after the last question («что связывает россию с палестинцами связи давние») and no yes/no line came.
// The card is the first the curators relate to the last one whose span names the party in a sentence of relation
// (included-too.ts); Yes on it when every word of the detail (by its first four letters) stands in its text or
// quotes, else null: the message is left to the party swap.

import { withoutEndMarks } from "../lib/fold-question.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { partyOf, spanNames } from "./included-too.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const NAME = "[\\p{L}'-]+(?: [\\p{L}'-]+)?";
const SWITCH_EN = new RegExp(
  `^(?:and|but|what about) (?:with|to) (?<party>${NAME}?)(?: ?[—–,:-]+ ?| )(?:(?:are|is|were|was) (?:the|those|these|they|it) )?(?<detail>[\\p{L}'-]+(?: [\\p{L}'-]+){0,3})$`,
  "u",
);
const SWITCH_RU = new RegExp(
  `^(?:а|и|ну) (?:с|со) (?<party>${NAME}?)(?: ?[—–,:-]+ ?| )(?:(?:тоже|тогда|ли) )?(?<detail>\\p{L}+(?: \\p{L}+){0,3})$`,
  "u",
);
/** A pronoun or a past verb: the rest is a clause, not a detail. */
const CLAUSE =
  /(?<!\p{L})(?:he|she|they|it|он|она|они|оно)(?!\p{L})|\p{L}{3,}(?:ed|л|ла|ли|ло|лся|лась|лись)(?!\p{L})/u;
/** Words of no detail: pronouns, auxiliaries, particles. */
const NO_DETAIL = new Set(
  "they them their also too then really just there these those этот эти тоже тоже ведь тогда тоже есть были была было".split(
    " ",
  ),
);

export function switchedDetailTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { folded, context, ru } = ask;
  if (folded.length > 80 || context.refused) return null;
  const groups = (ru ? SWITCH_RU : SWITCH_EN).exec(withoutEndMarks(folded).trim())?.groups;
  const party = groups?.party ? partyOf(groups.party, kit) : null;
  const words = (groups?.detail ?? "")
    .split(" ")
    .filter((w) => w.length >= 4 && !NO_DETAIL.has(w))
    .map((w) => w.slice(0, 4));
  // «а с нетаньяху он говорил?»: a clause of its own (a pronoun, a past verb) asks a deed, not a detail of the card.
  if (!party || words.length === 0 || CLAUSE.test(groups?.detail ?? "")) return null;
  const last = ask.last();
  if (!last?.answered || spanNames(last, [party], kit)) return null;
  for (const id of last.entry?.related ?? []) {
    const card = kit.engine.answerForEntry(id, ask.lang);
    if (!card?.answered || !spanNames(card, [party], kit)) continue;
    const text = `${card.answer} ${card.quotes.map((q) => `${q.text} ${q.translation ?? ""}`).join(" ")}`
      .toLowerCase()
      .replace(/ё/gu, "е");
    if (!words.every((w) => text.includes(w))) return null;
    const turn = verdictOnLast(card, ask.text, context, ask.lang, "yes", "pronoun");
    return { ...turn, context: { ...context, entryId: id, question: card.title, verdict: "yes" } };
  }
  return null;
}
