// What the claim checker gives back: plain data the bot, the inline mode and the eval all render.
import type { Voice } from "../knowledge/index.js";

export type ClaimVerdictKind =
  /** The words stand in the article (white space, ’/' and letter case aside). */
  | "verbatim"
  /** The article says this in other words. */
  | "paraphrase"
  /** Close to a span, but a key word is changed: an opposite, a negation, another actor, an added name. */
  | "altered"
  /** The article says it, but not from whom the sentence says: "Peskov said…" of what Putin is reported to hold. */
  | "misattributed"
  | "not-in-article"
  /** Too little of it could be read (unknown words, or Russian without the Russian knowledge base): no verdict
   * rather than a wrong one. */
  | "cannot-judge";

export interface ClaimSpan {
  /** 1-based paragraph. */
  paragraph: number;
  /** Offsets in the paragraph's text. */
  start: number;
  end: number;
  text: string;
}

export interface ClaimSource {
  speakerId: string;
  speaker: string;
  role: string;
  /** reported: the article reports the speaker's words or position, never a direct quote; article: its own words. */
  voice: Voice;
}

export interface ClaimChange {
  /**
   * stance: a word that takes a side (praised, opposes, refuses) where the passage takes none of that kind;
   * replaced: a word of the passage swapped for another, not a synonym ("mild concern" for "deep concern").
   */
  kind: "opposite" | "negation" | "actor" | "added" | "stance" | "replaced";
  /** The sentence's word ("praised", "not monopolize", "Moscow"); empty for a negation the claim drops. */
  claimed: string;
  /** The article's word it replaces ("criticizes"); empty for an added name or a negation the claim adds. */
  article: string;
}

export interface ClaimVerdict {
  verdict: ClaimVerdictKind;
  /** The text as checked (cut to MAX_CLAIM_CHARS). */
  claim: string;
  /** The statement checked: the text without its attribution ("Putin said that …") and quotation marks. */
  statement: string;
  /** Who the sentence says said it; id null for someone the knowledge base does not know ("Hamas", "Biden"). */
  claimedSpeaker: { id: string | null; name: string } | null;
  /** The user wrote it as a direct quote (in quotation marks). */
  quotedByUser: boolean;
  /** The closest span (for not-in-article: only when something comes close, else null). */
  span: ClaimSpan | null;
  /**
   * For a claim in another language: the curated translation of the span (the span's text stays the article's
   * English), shown labelled as a translation. Null for an English claim.
   */
  translation: string | null;
  /** The words that stand verbatim, offsets in the span's paragraph (verbatim and misattributed only). */
  exact: { start: number; end: number } | null;
  /** Whose words the span are, from the knowledge base's quotes over it; the article's own voice when none. */
  sources: ClaimSource[];
  /** reported when any source is reported speech; article when the span is the article's own narration. */
  voice: Voice | null;
  changes: ClaimChange[];
  /** The sentence's words the span does not back. */
  unbacked: string[];
  similarity: {
    /** Weighted share of the sentence's words the span backs (opposites included: they line up). */
    containment: number;
    /** Weighted share of the span's words the sentence covers. */
    coverage: number;
  };
}

/** Thresholds, measured on test/questions/claims.jsonl (npx tsx src/cli/check-claims.ts; see README). */
export interface ClaimTuning {
  /** At or above this containment the span is a match (paraphrase, altered or misattributed). */
  matchAt: number;
  /** Below matchAt but at or above this, the span is shown as "the closest the article comes". */
  closeAt: number;
  /**
   * "Misattributed" says the article reports these very words of someone else: it needs a closer match than a
   * paraphrase, else a loosely related sentence with another speaker is called misattributed.
   */
  misattributedAt: number;
  /** Weight of coverage against containment when picking the span (F-beta's beta). */
  beta: number;
}

export const DEFAULT_CLAIM_TUNING: ClaimTuning = {
  matchAt: 0.55,
  closeAt: 0.35,
  misattributedAt: 0.75,
  beta: 2,
};

export type ClaimChecker = (text: string) => ClaimVerdict;
