// Kind (dialog-r2-32b): "so he thinks they blew it?", "so in his view they screwed up?", «так он считает, что они
// провалились?» after an answer whose quotes give the US's failure (Putin's charge): "they" is the party the last
// answer faults, not the last topic's person ("so Putin reckons they blew it" went to who Putin is). Read as that
// party named ("the us" / «сша»), which the idiom and verdict readers know. Only a subject "they"/«они» beside a
// word of failing, and only when a quote of the last answer names the US beside "fail" (failed-party.ts).
import type { Lang } from "../answering/types.js";
import { lean } from "../lib/lean-regexp.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { isUsFailure } from "./failed-party.js";
import { fold, languageOf } from "./language.js";
import type { DialogueContext } from "./types.js";

const THEY: Record<Lang, RegExp> = {
  en: /(?<!\p{L})they(?!\p{L})/iu,
  ru: /(?<!\p{L})они(?!\p{L})/iu,
};
const FAILING: Record<Lang, RegExp> = {
  en: lean(
    /(?<!\p{L})they(?:'ve| have| had)? (?:(?:really|totally|completely|kinda|kind of|basically|just) )?(?:blew it|blown it|blew that|screwed (?:it |that )?up|messed (?:it |that )?up|botched (?:it|that)|failed|fail|dropped the ball|got it wrong|flopped|bungled (?:it|that))(?!\p{L})/u,
  ),
  ru: lean(
    /(?<!\p{L})они (?:(?:всё|все|это|полностью|просто) )?(?:провалил\p{L}*|облажал\p{L}*|налажал\p{L}*|напортачил\p{L}*|не справил\p{L}*|всё испортил\p{L}*|все испортил\p{L}*)(?!\p{L})/u,
  ),
};
const NAMED: Record<Lang, string> = { en: "the us", ru: "сша" };

/** The message with "they" as the party the last answer faults, or null when it is not that reading. */
export function theyFailedOf(
  text: string,
  context: DialogueContext | null,
  kit: DialogueKit,
  lang: Lang,
): string | null {
  if (!context?.entryId || text.length > 160) return null;
  const asked = languageOf(text, lang);
  const folded = fold(text);
  if (!FAILING[asked].test(folded)) return null;
  const last = kit.engine.answerForEntry(context.entryId, "en");
  if (!last?.answered || !last.quotes.some((q) => isUsFailure(q.text.toLowerCase()))) return null;
  // The message as typed, its punctuation kept (a "?" makes it the yes/no it is).
  return text.replace(THEY[asked], NAMED[asked]);
}
