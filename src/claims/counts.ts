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

/**
 * Words naming a group by its size, and the size: the Quartet is four, so a "пятёрка" or a "trio" of it is a changed
 * count ("группа из пяти" / "the Big Five" already have their number word). Pairs are left out ("пара" is also "a
 * few"), and "десятка" (also "a top ten") with them.
 */
const GROUPS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:trios?|troikas?|threesomes?|тройк\p{L}*|тро(?:ица|ицы|ице|ицу|ицей)|трио)$/u, 3],
  [/^(?:quartets?|foursomes?|квартет\p{L}*|четв[её]рк\p{L}*)$/u, 4],
  [/^(?:quintets?|fivesomes?|квинтет\p{L}*|пят[её]рк\p{L}*)$/u, 5],
  [/^(?:sextets?|секстет\p{L}*|шест[её]рк\p{L}*)$/u, 6],
  [/^(?:septets?|септет\p{L}*|сем[её]рк\p{L}*)$/u, 7],
];

/** A word's count and whether it names a group ("quartet") rather than giving a number ("four"). */
function countOf(word: string): [number, boolean] | undefined {
  const count = COUNTS.find(([re]) => re.test(word))?.[1];
  if (count !== undefined) return [count, false];
  const size = GROUPS.find(([re]) => re.test(word))?.[1];
  return size === undefined ? undefined : [size, true];
}

function countsIn(text: string): Map<number, { word: string; group: boolean }> {
  const found = new Map<number, { word: string; group: boolean }>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const read = countOf(word);
    if (read !== undefined && !found.has(read[0])) found.set(read[0], { word, group: read[1] });
  }
  return found;
}

/**
 * A count the passage does not give. "Two"/"both" is what any "A and B" says, so it is a change only against a
 * different count of the passage; three or more is a change whenever the passage does not give that count. A group
 * named by its size ("пятёрка") is read against a group or a count of three or more of the passage only (the
 * Quartet's four): the passage's "both sides" is no size of a group, and a group word the passage does not name is
 * the other readers' business ("the Quartet" of a sentence about Russia's role).
 */
export function changedCount(claim: string, clause: string): ClaimChange | null {
  const claimed = countsIn(claim);
  // A claim without a number word changes no count: the passage is not read (a claim check's hot path).
  if (claimed.size === 0) return null;
  const said = countsIn(clause);
  for (const [count, { word, group }] of claimed) {
    if (said.has(count)) continue;
    if (group) {
      const size = [...said].find(([n]) => n >= 3)?.[1].word;
      if (size !== undefined) return { kind: "replaced", claimed: word, article: size };
      continue;
    }
    // "Both" is no size of a group: the passage's Quartet does not make "both sides" a changed count.
    const other = [...said.values()].find((read) => count >= 3 || !read.group)?.word;
    if (other !== undefined) return { kind: "replaced", claimed: word, article: other };
    if (count >= 3) return { kind: "stance", claimed: word, article: "" };
  }
  return null;
}

/** A predicate saying a thing cannot or need not be: the opposite of a passage that calls for it. */
const IMPOSSIBLE = lean(
  /\b(?:impossib\w*|pointless|futile|useless|meaningless|senseless|unnecessary|needless|unthinkable|unworkable|unachievable|unattainable|unrealistic|hopeless|doomed|rul(?:e|es|ed|ing)\s+out|out\s+of\s+the\s+question|no\s+(?:point|need|use)\s+in|off\s+the\s+(?:table|agenda)|non-?starter|dead\s+in\s+the\s+water|(?:put\s+)?on\s+(?:hold|ice)|shelved)\b/iu,
);
const RUSSIAN_IMPOSSIBLE = lean(
  /(?<!\p{L})(?:невозмож\p{L}*|немыслим\p{L}*|бесполез\p{L}*|бессмыслен\p{L}*|нецелесообраз\p{L}*|не\s+нуж(?:ен|на|но|ны)|ненужн\p{L}*|излиш\p{L}*|исключ[её]н[аоы]?|нереал\p{L}*|недостижим\p{L}*|обреч[её]н\p{L}*|не\s+имеет\s+смысла|нет\s+(?:смысла|необходимости|нужды)|снят\p{L}*\s+с\s+повестки|отложен\p{L}*)(?!\p{L})/iu,
);
/** The passage's own "cannot" / "не может": it says something cannot be, so the claim's word may stand for it. */
const PASSAGE_CANNOT = lean(
  /\b(?:cannot|can't|can\s+not|could\s+not|unable|never|impossib\w*|no\s+need)\b|(?<!\p{L})(?:не\s+мо(?:жет|гут|жем|чь)|нельзя|невозмож\p{L}*|не\s+нуж\p{L}*)(?!\p{L})/iu,
);

/** The claim says impossible / pointless / ruled out (or "off the table", "on hold", «снят с повестки»: the stop's fix for
 * claims-blind53's "direct … dialogue is off the table for now", a false confirmation) where the passage says nothing
 * cannot be. */
export function addedImpossibility(claim: string, clause: string): ClaimChange | null {
  const word = IMPOSSIBLE.exec(claim)?.[0] ?? RUSSIAN_IMPOSSIBLE.exec(claim)?.[0];
  if (word === undefined || PASSAGE_CANNOT.test(clause)) return null;
  return { kind: "negation", claimed: word.toLowerCase(), article: "" };
}
