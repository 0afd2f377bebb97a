// The article's spans indexed for the word alignment (match.ts): each span's words by term, by opposite-pair
// class, by surface word and by part, and what all spans indexed so far hold, so a claim word is looked up once
// per check instead of once per span. Spans are numbered as first seen; the first few hundred get a bit each.
import { isActorTerm } from "./actors.js";
import type { Word } from "./claim-words.js";
import { NEGATING_PREFIXES, PREFIX_LOOKALIKES } from "./polarity.js";
import type { ClaimVocabulary } from "./vocabulary.js";

/** The mark of a kept alignment with no partner (match.ts): a span this long or longer is not numbered. */
export const NO_PARTNER = 0x7fff;
/** Spans numbered for the kept alignments (the article has 119 in both languages); later ones are not kept. */
export const SPANS_NUMBERED_MAX = 256;
const spanNumbers = new WeakMap<Word[], number>();
let spansNumbered = 0;

/** The span's number, given when first seen; null past SPANS_NUMBERED_MAX (or for a span too long to number). */
export function spanNumberOf(span: Word[]): number | null {
  let number = spanNumbers.get(span);
  if (number === undefined) {
    number = spansNumbered++;
    spanNumbers.set(span, number);
  }
  return number < SPANS_NUMBERED_MAX && span.length < NO_PARTNER ? number : null;
}

/**
 * A span's words by term, by opposite-pair class (their places) and by each word of their surface, in the span's
 * order: alignWord runs for every claim word against every span of the article, so it looks words up instead of
 * scanning the span. Built once per span (the article's spans are made at load).
 */
export interface SpanIndex {
  byTerm: Map<string, Word[]>;
  byClass: Map<number, number[]>;
  bySurfaceWord: Map<string, Word[]>;
  /** The places of the words whose parts (a phrase's words) include each part. */
  byPart: Map<string, number[]>;
}

const spanIndexes = new WeakMap<Word[], SpanIndex>();

/**
 * What every span indexed so far holds, for looking a claim word up once per check instead of once per span: a
 * key no span has is in none of their indexes (the span being aligned is always indexed first). The version
 * changes when a key is new to all spans, so what was worked out against fewer spans is worked out again.
 */
const termsSeen = new Set<string>();
const surfaceWordsSeen = new Set<string>();
const partsSeen = new Set<string>();
/** Per term, the numbered spans that have it, a bit per span number (spans past SPANS_NUMBERED_MAX: none). */
const spansWithTerm = new Map<string, Uint32Array>();
let seenVersion = 0;

export function indexOf(span: Word[]): SpanIndex {
  let index = spanIndexes.get(span);
  if (index) return index;
  index = { byTerm: new Map(), byClass: new Map(), bySurfaceWord: new Map(), byPart: new Map() };
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const [si, s] of span.entries()) {
    add(index.byTerm, s.term, s);
    if (s.cls >= 0) add(index.byClass, s.cls, si);
    // A surface "holds" a word when it is that word, or a phrase with it among its words.
    for (const word of new Set([s.surface, ...s.surface.split(" ")])) add(index.bySurfaceWord, word, s);
    for (const part of new Set(s.parts)) add(index.byPart, part, si);
  }
  spanIndexes.set(span, index);
  const seen = [termsSeen.size, surfaceWordsSeen.size, partsSeen.size];
  for (const term of index.byTerm.keys()) termsSeen.add(term);
  for (const word of index.bySurfaceWord.keys()) surfaceWordsSeen.add(word);
  for (const part of index.byPart.keys()) partsSeen.add(part);
  if (seen[0] !== termsSeen.size || seen[1] !== surfaceWordsSeen.size || seen[2] !== partsSeen.size)
    seenVersion++;
  const number = spanNumberOf(span);
  if (number !== null)
    for (const term of index.byTerm.keys()) {
      let bits = spansWithTerm.get(term);
      if (!bits) {
        bits = new Uint32Array(SPANS_NUMBERED_MAX / 32);
        spansWithTerm.set(term, bits);
        seenVersion++;
      }
      bits[number >>> 5]! |= 1 << (number & 31);
    }
  return index;
}

/** A claim word's lookups that are the same against every span, narrowed to what some indexed span has. */
export interface Reach {
  version: number;
  vocabulary: ClaimVocabulary;
  /** A term of an actor group: it scans the span. */
  actor: boolean;
  /** The numbered spans with its term (null: none). */
  spans: Uint32Array | null;
  /** Its prefix readings some span may have; its parts some span has. */
  readings: PrefixReading[];
  parts: string[];
  /** WordNet's opposites are searched for. */
  opposes: boolean;
}

const reaches = new WeakMap<Word, Reach>();

export function reachOf(c: Word, vocabulary: ClaimVocabulary): Reach {
  const known = reaches.get(c);
  if (known && known.version === seenVersion && known.vocabulary === vocabulary) return known;
  const reach: Reach = {
    version: seenVersion,
    vocabulary,
    actor: isActorTerm(c.term),
    spans: spansWithTerm.get(c.term) ?? null,
    readings: prefixReadingsOf(c, vocabulary).filter(
      ({ base, rest, prefixed }) =>
        (rest !== null && (base === null ? surfaceWordsSeen.has(rest) : termsSeen.has(base))) ||
        surfaceWordsSeen.has(prefixed),
    ),
    parts: c.parts.filter((x) => partsSeen.has(x)),
    opposes: c.weight > 0 && !c.entity && vocabulary.hasOpposite(c),
  };
  reaches.set(c, reach);
  return reach;
}

/** Whether the numbered span `number` may hold the claim word's term (false only when it surely does not). */
export function mayHaveTerm(reach: Reach, number: number | null): boolean {
  return (
    number === null || (reach.spans !== null && (reach.spans[number >>> 5]! & (1 << (number & 31))) !== 0)
  );
}

export interface PrefixReading {
  /** The word without a negating prefix it starts with, and that word's term; null when it has no such prefix. */
  rest: string | null;
  base: string | null;
  /** The word with the prefix put before it. */
  prefixed: string;
}

/** Per vocabulary, by surface: they read only the surface and the vocabulary's terms (kept across claims). */
const prefixReadings = new WeakMap<ClaimVocabulary, Map<string, PrefixReading[]>>();
const SURFACES_KEPT = 50_000;

/** A claim word's readings with each negating prefix taken off or put on: the same against every span. */
function prefixReadingsOf(c: Word, vocabulary: ClaimVocabulary): PrefixReading[] {
  let bySurface = prefixReadings.get(vocabulary);
  if (!bySurface) {
    bySurface = new Map();
    prefixReadings.set(vocabulary, bySurface);
  }
  let readings = bySurface.get(c.surface);
  if (readings) return readings;
  readings = [];
  if (c.surface.length > 3 && !PREFIX_LOOKALIKES.has(c.surface))
    for (const prefix of NEGATING_PREFIXES) {
      const strips = c.surface.length > prefix.length + 3 && c.surface.startsWith(prefix);
      const rest = strips ? c.surface.slice(prefix.length).replace(/^-/, "") : null;
      // "mediate" is not the opposite of the passage's "immediate": a look-alike is no prefixed word.
      if (PREFIX_LOOKALIKES.has(`${prefix}${c.surface}`)) continue;
      readings.push({
        rest,
        base: rest === null ? null : vocabulary.termOf(rest),
        prefixed: `${prefix}${c.surface}`,
      });
    }
  if (bySurface.size < SURFACES_KEPT) bySurface.set(c.surface, readings);
  return readings;
}
