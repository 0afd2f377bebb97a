// The vocabulary a claim and a passage are compared with: word weights, and which words mean the opposite of
// which (the curated pairs of polarity.ts by every form, and WordNet's opposites and senses for English).
import { stemmer } from "stemmer";
import { americanSpelling } from "../answering/english.js";
import type { Lexicon } from "../answering/lexicon.js";
import { normaliseWords } from "../answering/normalise.js";
import type { Word } from "./claim-words.js";
import {
  HIGH_DEGREE,
  OPPOSITES,
  OPPOSITES_WITHOUT_STANCE,
  SAME_MEANING,
  SIDE_TAKING_ALONE,
} from "./polarity.js";
import type { WordSenses } from "./word-relations.js";

/**
 * The vocabulary of opposites and word weights. Opposites are keyed by a word's own stem, not by the knowledge
 * base's concepts: a synonym group added for the Q&A path ("surge" with "rising") must not move a word into
 * another pair of opposites.
 */
export class ClaimVocabulary {
  private readonly classes = new Map<string, { cls: number; side: number }>();

  /**
   * `opposites` and `keyOf` per language: English pairs by Porter stem (the default), Russian pairs by Russian
   * stem (claims/russian.ts).
   */
  constructor(
    private readonly lexicon: Lexicon,
    private readonly weights: ReadonlyMap<string, number>,
    private readonly unknownWeight: number,
    opposites: [string[], string[]][] = [...OPPOSITES, ...OPPOSITES_WITHOUT_STANCE],
    private readonly keyOf: (text: string) => string = classKey,
    /** WordNet's opposites and senses (English only): words no pair above lists. */
    private readonly senses: WordSenses | null = null,
    /** The first this many pairs take a side: a word of theirs the passage does not back is a stance. */
    readonly stanceClasses: number = OPPOSITES.length,
    /** Words of the other pairs that take a side when said alone ("downplays", "only"). */
    sideTakingAlone: readonly string[] = SIDE_TAKING_ALONE,
  ) {
    for (const w of sideTakingAlone)
      for (const form of /^[a-z]+$/.test(w) ? inflections(w) : [w]) this.sideTakingAlone.add(keyOf(form));
    opposites.forEach((pair, cls) => {
      pair.forEach((words, side) => {
        for (const w of words) {
          // The forms of an English word too: the Porter stems of "succeed" and "succeeded" differ.
          for (const form of /^[a-z]+$/.test(w) ? inflections(w) : [w]) {
            const key = keyOf(form);
            if (key !== "" && !this.classes.has(key)) this.classes.set(key, { cls, side });
          }
        }
      });
    });
  }

  /** The term a single word compares by, as wordsOf would make it. */
  termOf(word: string): string | null {
    const known = this.terms.get(word);
    if (known !== undefined) return known;
    const t = this.lexicon.tokensOf(word).find((x) => x.role === "content" || x.role === "frame");
    const term = !t ? null : t.role === "frame" ? stemmer(t.surface) : t.term;
    if (this.terms.size < 50_000) this.terms.set(word, term);
    return term;
  }
  private readonly terms = new Map<string, string | null>();

  /** The concept a whole phrase stands for ("negotiating table": =negotiations) when the lexicon reads it as one word. */
  phraseTermOf(phrase: string): string | null {
    const read = this.lexicon.tokensOf(phrase).filter((t) => t.role !== "stop");
    const t = read[0];
    return read.length === 1 && t?.role === "content" && t.surface.includes(" ") ? t.term : null;
  }

  /** Each word of SAME_MEANING (every regular form, by key) to its group's number. */
  private readonly sameMeaning = new Map(
    SAME_MEANING.flatMap((group, i) =>
      group.flatMap((w) => inflections(w).map((f) => [classKey(f), i] as const)),
    ),
  );

  /** Keys of the words that take a side said alone though their pair takes none (SIDE_TAKING_ALONE). */
  private readonly sideTakingAlone = new Set<string>();

  /** A word of a pair that takes a side: said with nothing in the passage backing it, it asserts something. */
  takesSide(w: Word): boolean {
    if (w.cls < 0) return false;
    // A small word of SIDE_TAKING_ALONE ("only") weighs nothing, and takes a side all the same.
    if (!w.negated && this.sideTakingAlone.has(this.key(w.surface))) return true;
    return w.weight > 0 && w.cls < this.stanceClasses;
  }

  /** The opposite pair a word (or a phrase, by any of its words) belongs to. */
  classOf(surface: string): { cls: number; side: number } | undefined {
    const whole = this.classes.get(this.key(surface));
    if (whole || !surface.includes(" ")) return whole;
    for (const w of surface.split(" ")) {
      const hit = this.classes.get(this.key(w));
      if (hit) return hit;
    }
    return undefined;
  }

  /** WordNet says the two words mean the opposite in some sense ("mild" and "deep"). */
  opposite(a: Word, b: Word): boolean {
    if (this.senses === null) return false;
    const key = this.key(a.surface);
    if (this.senses.opposite(key, this.key(b.surface))) return true;
    // A hyphenated word read as a phrase ("long standing"): WordNet has it by its hyphenated stem ("long-stand").
    if (this.senses.opposite(hyphenKey(a.surface), hyphenKey(b.surface))) return true;
    // A phrase of the knowledge base by any of its words: "war effort" against "peace efforts".
    return (
      b.surface.includes(" ") && b.surface.split(" ").some((w) => this.senses!.opposite(key, this.key(w)))
    );
  }

  /**
   * The places of a span's words WordNet opposes to the word (opposite() on each, in order): worked out once per
   * stem and span, since opposite() reads only `a`'s stem and the span's words, and a span's words never change.
   */
  oppositesIn(a: Word, span: readonly Word[]): readonly number[] {
    if (this.senses === null) return NONE;
    const key = this.key(a.surface);
    let bySpan = this.opposites.get(key);
    if (bySpan === undefined) {
      bySpan = new WeakMap();
      // Only words WordNet knows an opposite of are asked (hasOpposite): bounded by its list, capped all the same.
      if (this.opposites.size < 10_000) this.opposites.set(key, bySpan);
    }
    let places = bySpan.get(span);
    if (places === undefined) {
      const found: number[] = [];
      for (let si = 0; si < span.length; si++) if (this.opposite(a, span[si]!)) found.push(si);
      places = found.length === 0 ? NONE : found;
      bySpan.set(span, places);
    }
    return places;
  }
  private readonly opposites = new Map<string, WeakMap<readonly Word[], readonly number[]>>();

  /** WordNet knows an opposite of the word: only then is a passage searched for one. */
  hasOpposite(a: Word): boolean {
    return (
      this.senses?.hasOpposite(this.key(a.surface)) === true ||
      this.senses?.hasOpposite(hyphenKey(a.surface)) === true
    );
  }

  /** keyOf, worked out once per word: alignments and claim readings (classOf) ask for the same words again. */
  private readonly keys = new Map<string, string>();
  private key(surface: string): string {
    let k = this.keys.get(surface);
    if (k === undefined) {
      k = this.keyOf(surface);
      if (this.keys.size < 50_000) this.keys.set(surface, k);
    }
    return k;
  }

  /** WordNet says the two words share a sense ("pressing" and "urgent"). */
  synonym(a: Word, b: Word): boolean {
    if (this.senses === null) return false;
    if (HIGH_DEGREE.has(a.surface) && HIGH_DEGREE.has(b.surface)) return true;
    const group = this.sameMeaning.get(this.key(a.surface));
    if (group !== undefined && group === this.sameMeaning.get(this.key(b.surface))) return true;
    return this.senses.synonym(this.key(a.surface), this.key(b.surface));
  }

  /** WordNet has the word as an adjective in some sense. */
  adjective(w: Word): boolean {
    return this.senses?.adjective(w.surface) === true;
  }

  weightOf(term: string): number {
    return this.weights.get(term) ?? this.unknownWeight;
  }
}

const NONE: readonly number[] = [];

/** A word and its regular forms: "succeed", "succeeds", "succeeded", "succeeding"; "praise", "praised". */
function inflections(w: string): string[] {
  const base = w.endsWith("e") ? w.slice(0, -1) : w;
  return [w, `${w}s`, `${base}ed`, `${base}ing`, w.endsWith("y") ? `${w.slice(0, -1)}ied` : `${w}ed`];
}

/** A single word by its stem (British spellings folded: "criticise" is "criticize"); a phrase by its words. */
function classKey(text: string): string {
  const words = normaliseWords(text);
  if (words.length !== 1) return words.join(" ");
  return stemmer(americanSpelling(words[0]!));
}

/** The stem a phrase token has as one hyphenated word ("long standing" → "long-stand"), WordNet's key for it. */
function hyphenKey(surface: string): string {
  return stemmer(surface.trim().toLowerCase().replace(/\s+/g, "-"));
}
