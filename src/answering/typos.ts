// Typo correction against the knowledge base's own vocabulary. One edit away (most typos) is found at once
// through an index of one-letter deletions; for long words two edits away, fuse.js proposes close words (it is
// good at short strings). An edit-distance check decides, and a cache keeps repeated words off the hot path.
import Fuse from "fuse.js";
import { deletionIndex, editDistance, givesVariant, hashWithout } from "./typo-distance.js";
import { keepsEveryLetter } from "./typo-slips.js";

/** Re-exported: five readers (most with maxEditsFor) and typos.test.ts import it from here. */
export { editDistance } from "./typo-distance.js";

/** Words this long may have a mistyped first letter. */
const FIRST_LETTER_FROM = 7;
/** Words this long may carry two typos. */
const TWO_EDITS_FROM = 9;

/** How many edits a word of this length may carry and still be corrected; short words are never guessed. */
export function maxEditsFor(length: number): number {
  if (length < 4) return 0;
  if (length < TWO_EDITS_FROM) return 1;
  return 2;
}

export class TypoFixer {
  /** The vocabulary, numbered in its order. */
  private readonly wordList: string[];
  /**
   * Each word, and each word less one letter ("variants"), to the words they come from: finds every word one edit
   * away. An open-addressing table of word numbers (+1; 0 is empty) placed by a hash of the variant: the variants
   * themselves are never made as strings (they were ~100,000 map keys, megabytes); a word found along a variant's
   * run is checked to really give it.
   */
  private readonly byDeletion: Int32Array;
  /**
   * One fuse.js index per first letter and length, for words long enough to be two edits from a typo (two edits
   * are only allowed when the first letter agrees, so that is where to look).
   */
  private readonly byStart = new Map<string, string[]>();
  /** The fuse.js index of a `byStart` group, built by warmUp or the first time a typo needs it (start-up time counts). */
  private readonly fuzzy = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, string | null>();
  /** lookUp's list of the words that give one variant, emptied for each. */
  private readonly from: number[] = [];
  private static readonly CACHE_LIMIT = 10_000;

  /**
   * `words` maps each vocabulary word to how often it is used: of two candidates equally close, one used at least
   * twice as often wins ("ministery" -> "ministry", not "minister"). `meaningOf` maps a word to what it means for
   * matching (its stem): candidates that tie but mean the same ("call", "calls" for "calll") are not a real tie.
   */
  /** `twoEdits` false: one edit only, and no fuzzy index (an inflected language corrects stems for the rest). */
  constructor(
    private readonly words: ReadonlyMap<string, number>,
    private readonly meaningOf: (word: string) => string = (w) => w,
    twoEdits = true,
  ) {
    this.wordList = [...words.keys()];
    this.byDeletion = deletionIndex(this.wordList);
    for (const w of this.wordList) {
      if (!twoEdits || w.length < TWO_EDITS_FROM - 2) continue;
      const key = `${w[0]}${w.length}`;
      const group = this.byStart.get(key);
      if (group) group.push(w);
      else this.byStart.set(key, [w]);
    }
  }

  /**
   * Builds every group's fuse.js index now (warm-up, a moment after start): built on a typo's first need, each cost
   * that answer about half a millisecond, and the bench's first pass met some 200 of them (perf-answer26). They are
   * small (~1,000 words in all; no measurable heap).
   */
  warmUp(): void {
    for (const key of this.byStart.keys()) this.fuzzyIndex(key);
  }

  /** The fuse.js index of a `byStart` group (undefined: no such group), built the first time it is needed. */
  private fuzzyIndex(key: string): Fuse<string> | undefined {
    let index = this.fuzzy.get(key);
    if (index === undefined) {
      const group = this.byStart.get(key);
      if (group === undefined) return undefined;
      index = new Fuse(group, { threshold: 0.45, ignoreLocation: true, minMatchCharLength: 2 });
      this.fuzzy.set(key, index);
    }
    return index;
  }

  /** Up to `limit` words of the group (first letter and length) that fuse.js finds close to `word`. */
  private searchGroup(key: string, word: string, limit: number): string[] {
    const index = this.fuzzyIndex(key);
    if (index === undefined) return [];
    return index.search(word, { limit }).map((hit) => hit.item);
  }

  /** The vocabulary word `word` was meant to be, or null when none is close enough to be sure. */
  correct(word: string): string | null {
    if (this.words.has(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const fixed = this.lookUp(word);
    if (this.cache.size >= TypoFixer.CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, fixed);
    return fixed;
  }

  /**
   * correct(word) when that is `word` with one letter added, else null. Most words no vocabulary word is one letter
   * longer than are answered at once, from one probe of the deletion index (everyday-slips.ts asks this of every
   * swap of an unknown word; a full correct() of each was a third of a new word's typo cost, perf-answer26).
   */
  correctToLonger(word: string): string | null {
    if (!this.hasOneLetterMore(word)) return null;
    const fixed = this.correct(word);
    return fixed !== null && fixed.length === word.length + 1 ? fixed : null;
  }

  /** Whether a vocabulary word is `word` with one letter added (a word one edit away and longer can only be that). */
  private hasOneLetterMore(word: string): boolean {
    const mask = this.byDeletion.length - 1;
    for (let at = hashWithout(word, -1) & mask; this.byDeletion[at] !== 0; at = (at + 1) & mask) {
      const candidate = this.wordList[this.byDeletion[at]! - 1]!;
      if (candidate.length === word.length + 1 && givesVariant(candidate, word, -1)) return true;
    }
    return false;
  }

  private lookUp(word: string): string | null {
    const maxEdits = maxEditsFor(word.length);
    if (maxEdits === 0 || word.length > 30 || /\d/.test(word)) return null;
    const near = new Set<string>();
    const mask = this.byDeletion.length - 1;
    const from = this.from;
    // The word, then the word less each of its letters in turn ("variants", never made as strings).
    for (let skip = -1; skip < word.length; skip++) {
      // The words that give the variant, in the vocabulary's order (a run may hold other variants' words too).
      from.length = 0;
      for (let at = hashWithout(word, skip) & mask; this.byDeletion[at] !== 0; at = (at + 1) & mask) {
        const n = this.byDeletion[at]! - 1;
        if (givesVariant(this.wordList[n]!, word, skip)) from.push(n);
      }
      if (from.length > 1) from.sort((a, b) => a - b);
      for (const n of from) near.add(this.wordList[n]!);
    }
    const oneAway = this.pick(word, [...near], 1);
    if (oneAway !== undefined || maxEdits < 2) return oneAway ?? null;
    // pick() keeps only words within their edit limit, so when no word of the groups is that close, fuse.js's
    // proposals would all be dropped: that is known at once from the groups themselves (a few words each, compared
    // in place), and fuse.js, which allocates ~10 KB a search, runs only when some word is near (perf-p99-27).
    if (!this.anyWithinGroups(word, maxEdits)) return null;
    const candidates: string[] = [];
    for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
      candidates.push(...this.searchGroup(`${word[0]}${length}`, word, 4));
    }
    return this.pick(word, candidates, maxEdits) ?? null;
  }

  /**
   * Whether a word of the `byStart` groups lookUp's two-edit step searches (its first letter, its length give or
   * take `maxEdits`) is within the edits pick() allows it: all of them share the word's first letter, so that is
   * min(maxEdits, maxEditsFor(its length)).
   */
  private anyWithinGroups(word: string, maxEdits: number): boolean {
    for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
      const group = this.byStart.get(`${word[0]}${length}`);
      if (group === undefined) continue;
      const limit = Math.min(maxEdits, maxEditsFor(length));
      for (const item of group) if (editDistance(word, item, limit) <= limit) return true;
    }
    return false;
  }

  /** The closest candidate within `maxEdits`; null on a real tie; undefined when none is that close. */
  private pick(word: string, candidates: string[], maxEdits: number): string | null | undefined {
    let bestDistance = maxEdits + 1;
    let closest: string[] = [];
    for (const item of candidates) {
      const allowed = Math.min(maxEdits, maxEditsFor(item.length));
      // A changed first letter is rare in a typo and common between names ("bidens" is not "widens"): only one
      // edit, and only in words long enough for the rest to be telling.
      const limit = item[0] === word[0] ? allowed : word.length >= FIRST_LETTER_FROM ? 1 : 0;
      const d = editDistance(word, item, limit);
      if (d > limit || d > bestDistance) continue;
      if (d < bestDistance) closest = [];
      bestDistance = d;
      if (!closest.includes(item)) closest.push(item);
    }
    if (closest.length === 0) return undefined;
    if (bestDistance === 1 && closest.length > 1) {
      const kept = closest.filter((w) => keepsEveryLetter(word, w));
      if (kept.length === 1) return kept[0];
    }
    const uses = (w: string) => this.words.get(w) ?? 0;
    const ranked = closest.sort((a, b) => uses(b) - uses(a));
    const [first, ...others] = ranked;
    // A real tie is two different meanings about as common as each other: then we do not guess.
    const rival = others.find((w) => this.meaningOf(w) !== this.meaningOf(first!));
    if (rival !== undefined && uses(first!) < 2 * uses(rival)) return null;
    return first;
  }
}
