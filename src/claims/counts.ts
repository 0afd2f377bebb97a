// Two changes a claim can make in one word however well the rest lines up: a count of parties the passage does not
// give ("all three sides" of "both sides"), and an impossibility the passage does not state ("direct dialogue is
// impossible" of a passage that calls for it). Both are alterations: never confirmed. English and Russian alike.

import { lean } from "../lib/lean-regexp.js";
import type { ClaimChange } from "./types.js";

/** Number words and the count they give; "one" is left out ("one of", "no one" count nothing). */
const COUNTS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:two|both|двое|оба|обе|обоих|обеих|обоим|обеим|обоими|обеими|два|две|двух|двум|двумя)$/u, 2],
  [/^(?:three|трое|три|трёх|трех|трём|трем|тремя)$/u, 3],
  [/^(?:four|четверо|четыре|четырёх|четырех|четырём|четырем|четырьмя)$/u, 4],
  [/^(?:five|пятеро|пять|пяти|пятью)$/u, 5],
  [/^(?:six|шестеро|шесть|шести|шестью)$/u, 6],
  [/^(?:seven|семеро|семь|семи|семью)$/u, 7],
  [/^(?:eight|восемь|восьми|восемью)$/u, 8],
  [/^(?:nine|девять|девяти|девятью)$/u, 9],
  [/^(?:ten|десять|десяти|десятью)$/u, 10],
];

function countsIn(text: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const count = COUNTS.find(([re]) => re.test(word))?.[1];
    if (count !== undefined && !found.has(count)) found.set(count, word);
  }
  return found;
}

/**
 * A count the passage does not give. "Two"/"both" is what any "A and B" says, so it is a change only against a
 * different count of the passage; three or more is a change whenever the passage does not give that count.
 */
export function changedCount(claim: string, clause: string): ClaimChange | null {
  const claimed = countsIn(claim);
  // A claim without a number word changes no count: the passage is not read (a claim check's hot path).
  if (claimed.size === 0) return null;
  const said = countsIn(clause);
  for (const [count, word] of claimed) {
    if (said.has(count)) continue;
    const other = [...said.values()][0];
    if (other !== undefined) return { kind: "replaced", claimed: word, article: other };
    if (count >= 3) return { kind: "stance", claimed: word, article: "" };
  }
  return null;
}

/** A predicate saying a thing cannot or need not be: the opposite of a passage that calls for it. */
const IMPOSSIBLE = lean(
  /\b(?:impossib\w*|pointless|futile|useless|meaningless|senseless|unnecessary|needless|unthinkable|unworkable|unachievable|unattainable|unrealistic|hopeless|doomed|rul(?:e|es|ed|ing)\s+out|out\s+of\s+the\s+question|no\s+(?:point|need|use)\s+in)\b/iu,
);
const RUSSIAN_IMPOSSIBLE = lean(
  /(?<!\p{L})(?:невозмож\p{L}*|немыслим\p{L}*|бесполез\p{L}*|бессмыслен\p{L}*|нецелесообраз\p{L}*|не\s+нуж(?:ен|на|но|ны)|ненужн\p{L}*|излиш\p{L}*|исключ[её]н[аоы]?|нереал\p{L}*|недостижим\p{L}*|обреч[её]н\p{L}*|не\s+имеет\s+смысла|нет\s+(?:смысла|необходимости|нужды))(?!\p{L})/iu,
);
/** The passage's own "cannot" / "не может": it says something cannot be, so the claim's word may stand for it. */
const PASSAGE_CANNOT = lean(
  /\b(?:cannot|can't|can\s+not|could\s+not|unable|never|impossib\w*|no\s+need)\b|(?<!\p{L})(?:не\s+мо(?:жет|гут|жем|чь)|нельзя|невозмож\p{L}*|не\s+нуж\p{L}*)(?!\p{L})/iu,
);

/** The claim says impossible / pointless / ruled out where the passage says nothing cannot be. */
export function addedImpossibility(claim: string, clause: string): ClaimChange | null {
  const word = IMPOSSIBLE.exec(claim)?.[0] ?? RUSSIAN_IMPOSSIBLE.exec(claim)?.[0];
  if (word === undefined || PASSAGE_CANNOT.test(clause)) return null;
  return { kind: "negation", claimed: word.toLowerCase(), article: "" };
}
