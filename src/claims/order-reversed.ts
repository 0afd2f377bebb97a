// Two things the article asks for together, put one after the other: "Putin said a ceasefire should only come after
// negotiations resume" of "the urgent need for an immediate ceasefire and the resumption of the negotiation
// process" (claims-blind47/48: read as not in the article, as "after" and "come" lined up with nothing; "talks must
// resume before there can be any ceasefire" was confirmed). The article orders nothing in time (no "after",
// "before", "until", «после», «прежде чем»). A claim that does — one side of its connective backed only by the words
// before a sentence's "and" / «и», the other only by the words after it — makes a condition or a sequence of what
// the passage coordinates: altered, never confirmed nor "not in the article". "After the call with Erdogan, Putin
// stressed …" keeps its verdict: both its sides stand on the same side of the "and". Bounded expressions only.
import type { Sentence } from "./contrary-deed.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";
import type { ArticleIndex } from "./units.js";
import { confirms, voiceOf } from "./verdict.js";

/** A connective that orders two things in time or makes one the condition of the other (EN + RU). */
const CONNECTIVE =
  /(?<!\p{L})(?:(?:only|just|not)\s+(?:after|once|when|until)|after|before|until|till|prior\s+to|followed\s+by|then|(?:только|лишь)\s+(?:после|когда)|после|прежде\s+чем|до\s+того\s*,?\s+как|перед\s+тем\s*,?\s+как|пока\s+не|затем|потом)(?!\p{L})/iu;

/** Whether a text orders things in time (the article and its translation must not). */
export const ordersInTime = (text: string): boolean => CONNECTIVE.test(text);

/** The words of a text that name something: four letters or more, lower case (names are the actors, not the
 * things ordered), as five-letter stems. */
function stems(text: string): Set<string> {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return new Set(words.filter((w) => !/^\p{Lu}/u.test(w)).map((w) => w.toLowerCase().slice(0, 5)));
}

/** Whether every word of the side that the sentence has stands in `part` and not in `other` (and one does). */
function standsIn(side: Set<string>, part: Set<string>, other: Set<string>): boolean {
  const had = [...side].filter((s) => part.has(s) || other.has(s));
  return had.length > 0 && had.every((s) => part.has(s) && !other.has(s));
}

/** The claim's two sides of its connective ("X only after Y"; "After Y, X": the comma splits them). */
function sides(text: string): [string, string] | null {
  const m = CONNECTIVE.exec(text);
  if (!m) return null;
  const left = text.slice(0, m.index);
  const right = text.slice(m.index + m[0].length);
  if (/\p{L}{4,}/u.test(left.replace(/^\s*\p{Lu}\p{L}+\s+(?:said|says|told|\p{L}+ed)\b/u, "")))
    return [left, right];
  const comma = right.indexOf(",");
  return comma > 0 ? [right.slice(0, comma), right.slice(comma + 1)] : null;
}

/** The "and" of the sentence the claim's sides split across, as [claimed, article] words; null when none. */
export function orderedPair(text: string, sentences: readonly string[]): string | null {
  const parts = sides(text);
  if (parts === null) return null;
  const [a, b] = parts.map(stems) as [Set<string>, Set<string>];
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(/\s(?:and|и)\s/giu)) {
      const before = stems(sentence.slice(0, m.index));
      const after = stems(sentence.slice(m.index + m[0].length));
      const split =
        (standsIn(a, before, after) && standsIn(b, after, before)) ||
        (standsIn(a, after, before) && standsIn(b, before, after));
      if (split) return CONNECTIVE.exec(text)![0].toLowerCase().replace(/\s+/gu, " ");
    }
  }
  return null;
}

/** The checker, a claim ordering in time what its passage coordinates read as altered. */
export function judgingOrderReversed(
  check: ClaimChecker,
  sentences: readonly Sentence[],
  sourcesOf?: ArticleIndex["sourcesOf"],
): ClaimChecker {
  const unordered = !sentences.some((s) => ordersInTime(s.text) || ordersInTime(s.russian));
  return (text) => {
    const verdict = check(text);
    if (!unordered) return verdict;
    if (!confirms(verdict.verdict) && verdict.verdict !== "not-in-article") return verdict;
    if (!ordersInTime(text)) return verdict;
    // (claims33) Nothing close enough for a span ("a ceasefire should come only after the negotiations are
    // finished": "come", "finished" line up with nothing): every sentence is read, and the one split is the span.
    const span = verdict.span;
    if (span === null && (sourcesOf === undefined || verdict.verdict !== "not-in-article")) return verdict;
    const among = span === null ? sentences : sentences.filter((s) => s.paragraph === span.paragraph);
    // A sentence's translations may be several sentences (one per quote it holds): read each apart.
    const own = (s: Sentence) => [s.text, ...s.russian.split(/(?<=[.!?])\s+/u)];
    const statement = verdict.statement || text;
    const split = span === null ? among.find((s) => orderedPair(statement, own(s)) !== null) : undefined;
    const connective = orderedPair(statement, split ? own(split) : among.flatMap(own));
    if (connective === null) return verdict;
    const altered: ClaimVerdict = {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes: [...verdict.changes, { kind: "replaced", claimed: connective, article: "and" }],
    };
    if (split === undefined || sourcesOf === undefined) return altered;
    const sources = sourcesOf(split.paragraph, split.start, split.end);
    return {
      ...altered,
      span: { paragraph: split.paragraph, start: split.start, end: split.end, text: split.text },
      sources,
      voice: voiceOf(sources),
    };
  };
}
