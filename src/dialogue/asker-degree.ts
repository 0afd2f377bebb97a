// The asker's degree and hedge words, no part of the claim: "did putin *at least* bring up a ceasefire",
// "washington hogged the *whole* peace process?", "so he's *basically* saying…". The claim checker found no
// passage for "least" or "whole" and the own-question test no concept of the entry's, so the curated Yes under
// the very passage that says it became "doesn't say so in those words" (wave AR, dialog-r2-31b). Dropped from the
// statement the checker reads (all but "whole"/"entire") and from the words the entry must back. A single alternation of fixed words, linear.

/** "at least", "whole", "entire", "basically", "really", "totally", "completely", "pretty much". */
export const ASKER_DEGREE =
  /(?<!\p{L})(?:at least|(?:the |this |that )?(?:whole|entire)(?= \p{L})|basically|really|totally|completely|pretty much)(?!\p{L})/gu;

/**
 * "in putin's eyes", "in his view", "from putin's point of view", "as putin sees it": a voice's frame, read as the
 * "according to X" the checker and the entry's attribution already read (dialog32b). Fixed words around one name
 * word, linear.
 */
const VIEW_FRAME =
  /(?<!\p{L})(?:(?:in|from) (?!(?:the|a|an|my|your|our|his|her|their|its|this|that|these|those) )(\p{L}+?)(?:'s|’s)? (?:eyes|view|opinion|mind|book|point of view)|as (?!(?:the|a|an|it|one|he|she|they|we|i|you) )(\p{L}+) (?:sees|saw) it)(?!\p{L})/gu;

/** The text with a voice's frame ("in putin's eyes") said as "according to putin". */
export function viewAsAccording(text: string): string {
  return text.replace(VIEW_FRAME, (_, a?: string, b?: string) => `according to ${a ?? b ?? ""}`);
}

/** The text without the asker's degree words, spaces closed up. */
export function withoutDegree(text: string): string {
  return viewAsAccording(text)
    .replace(ASKER_DEGREE, (m) => (/^(?:the|this|that) /u.test(m) ? (m.split(" ")[0] ?? "") : ""))
    .replace(/\s+/gu, " ")
    .trim();
}

/** The asker's hedges without "whole"/"entire", for the statement the checker reads: "a bigger war in the *whole*
 * region" is the spread the article hedges, and the checker reads it so only with "whole" (d60-14). */
const ASKER_HEDGE = /(?<!\p{L})(?:at least|basically|really|totally|completely|pretty much)(?!\p{L})/gu;

/** The statement's text without the asker's hedges ("did he *at least* call for a truce"), spaces closed up. */
export function withoutHedge(text: string): string {
  return viewAsAccording(text).replace(ASKER_HEDGE, "").replace(/\s+/gu, " ").trim();
}

/** Whether a word the checker left unbacked is one of the asker's degree words ("least", "whole"). */
export function isDegreeWord(word: string): boolean {
  return /^(?:least|whole|entire|basically|really|totally|completely|pretty|much)$/u.test(word.toLowerCase());
}
