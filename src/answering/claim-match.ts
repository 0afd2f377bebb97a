// How a claim's words line up with an article span's: the same term, or a word of the same opposite-pair
// class; each pair keeps or flips the meaning (a "not" on one side only, or the other side of a pair).
import { stemmer } from "stemmer";
import { FAIL_WORDS, NEGATING_PREFIXES, NEGATORS, OPPOSITES } from "./claim-words.js";
import type { Lexicon, Token } from "./lexicon.js";

/** A meaningful word of a claim or an article span. */
export interface Word {
  /** What it is compared by: a concept ("=united_states"), a speaker ("@putin") or a stem. */
  term: string;
  surface: string;
  /** How much it counts: rare words more than common ones; frame words ("said") nothing. */
  weight: number;
  /** An odd number of negators stands before it ("no mention", but "not without controversy" is even). */
  negated: boolean;
  /** Its opposite-pair class and side, or -1 when it has none. */
  cls: number;
  side: number;
  /** A named actor: a speaker, a capitalised thing the article names, or an unknown name. */
  entity: boolean;
}

export interface Pair {
  claim: Word;
  /** The span word it lines up with; null when the span does not back it. */
  span: Word | null;
  /** The pair says the opposite: antonym, or a negation on one side only. */
  flipped: boolean;
}

/** Words from Lexicon tokens: negation carried forward, frame words kept (weight 0) so "no mention" counts. */
export function wordsOf(
  tokens: Token[],
  vocabulary: ClaimVocabulary,
  isEntity: (term: string, surface: string) => boolean,
): Word[] {
  const out: Word[] = [];
  let pending = 0;
  for (const [i, t] of tokens.entries()) {
    if (NEGATORS.has(t.surface)) {
      pending++;
      continue;
    }
    if (t.role === "stop" || t.role === "question") continue;
    const term = t.role === "frame" ? stemmer(t.surface) : t.term;
    const opposite = vocabulary.classOf(term);
    out.push({
      term,
      surface: t.surface,
      weight: t.role === "frame" ? 0 : vocabulary.weightOf(term),
      negated: pending % 2 === 1,
      cls: opposite?.cls ?? -1,
      side: opposite?.side ?? -1,
      entity: isEntity(term, t.surface),
    });
    // "failure to address": what comes after "to" did not happen.
    pending = FAIL_WORDS.has(t.surface) && tokens[i + 1]?.surface === "to" ? 1 : 0;
  }
  return out;
}

/** The vocabulary of opposites and word weights, resolved once through the knowledge base's lexicon. */
export class ClaimVocabulary {
  private readonly classes = new Map<string, { cls: number; side: number }>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly weights: ReadonlyMap<string, number>,
    private readonly unknownWeight: number,
  ) {
    OPPOSITES.forEach((pair, cls) => {
      pair.forEach((words, side) => {
        for (const w of words) {
          const term = this.termOf(w);
          if (term !== null && !this.classes.has(term)) this.classes.set(term, { cls, side });
        }
      });
    });
  }

  /** The term a single word compares by, as wordsOf would make it. */
  termOf(word: string): string | null {
    const t = this.lexicon.tokensOf(word).find((x) => x.role === "content" || x.role === "frame");
    if (!t) return null;
    return t.role === "frame" ? stemmer(t.surface) : t.term;
  }

  classOf(term: string): { cls: number; side: number } | undefined {
    return this.classes.get(term);
  }

  weightOf(term: string): number {
    return this.weights.get(term) ?? this.unknownWeight;
  }
}

const CONTEXT_WORDS = 3;

/** The meaningful terms within a few words of `at`: opposites only count when they are about the same thing. */
function contextOf(words: Word[], at: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, at - CONTEXT_WORDS); i <= Math.min(words.length - 1, at + CONTEXT_WORDS); i++) {
    if (i !== at && words[i]!.weight > 0) out.add(words[i]!.term);
  }
  return out;
}

function sharesContext(a: Set<string>, b: Set<string>): boolean {
  for (const t of a) if (b.has(t)) return true;
  return false;
}

/** Lines each claim word up with a span word, preferring a pair that keeps the meaning. */
export function align(claim: Word[], span: Word[], vocabulary: ClaimVocabulary): Pair[] {
  return claim.map((c, ci) => {
    const same = span.filter((s) => s.term === c.term);
    if (same.length > 0) {
      const kept = same.find((s) => s.negated === c.negated);
      return { claim: c, span: kept ?? same[0]!, flipped: kept === undefined };
    }
    if (c.cls >= 0) {
      const claimContext = contextOf(claim, ci);
      let opposite: Word | null = null;
      for (const [si, s] of span.entries()) {
        if (s.cls !== c.cls) continue;
        const flipped = (s.side !== c.side) !== (s.negated !== c.negated);
        if (!flipped) return { claim: c, span: s, flipped: false };
        if (opposite === null && sharesContext(claimContext, contextOf(span, si))) opposite = s;
      }
      if (opposite) return { claim: c, span: opposite, flipped: true };
    }
    const prefixed = prefixedOpposite(c, span, vocabulary);
    if (prefixed) return { claim: c, span: prefixed, flipped: true };
    return { claim: c, span: null, flipped: false };
  });
}

/** "uncontroversial" against "controversy", "partial" against "impartial": a negating prefix on one side. */
function prefixedOpposite(c: Word, span: Word[], vocabulary: ClaimVocabulary): Word | null {
  for (const prefix of NEGATING_PREFIXES) {
    if (c.surface.length > prefix.length + 3 && c.surface.startsWith(prefix)) {
      const base = vocabulary.termOf(c.surface.slice(prefix.length).replace(/^-/, ""));
      const hit = base === null ? undefined : span.find((s) => s.term === base && s.negated === c.negated);
      if (hit) return hit;
    }
    const hit = span.find(
      (s) => s.negated === c.negated && s.surface === `${prefix}${c.surface}` && c.surface.length > 3,
    );
    if (hit) return hit;
  }
  return null;
}
