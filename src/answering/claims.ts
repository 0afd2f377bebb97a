// "Did they really say that?": the closest span of the article to a sentence, and whether the sentence stands
// there word for word, paraphrases it, changes its meaning, puts it in someone else's mouth, or is not there.
// The article reports positions ("Putin criticizes Washington…"); it quotes no one directly, so a verdict
// also says whose words the span are: a speaker as reported, or the article's own voice.
import type { KnowledgeBase, Voice } from "../knowledge/index.js";
import {
  align,
  type ClaimVocabulary,
  changesOf,
  fBeta,
  measure,
  type Pair,
  type Word,
  wordsOf,
} from "./claim-match.js";
import { type ArticleUnit, buildUnits, findExact } from "./claim-units.js";
import { parseFrame } from "./claim-words.js";
import { isCommonEnglish } from "./english.js";
import { Lexicon, type Token } from "./lexicon.js";

export type ClaimVerdictKind =
  /** The words stand in the article (white space, ’/' and letter case aside). */
  | "verbatim"
  /** The article says this in other words. */
  | "paraphrase"
  /** Close to a span, but a key word is changed: an opposite, a negation, another actor, an added name. */
  | "altered"
  /** The article says it, but not from whom the sentence says: "Peskov said…" of what Putin is reported to hold. */
  | "misattributed"
  | "not-in-article";

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
  /** stance: a word that takes a side (praised, opposes, refuses) where the passage takes none of that kind. */
  kind: "opposite" | "negation" | "actor" | "added" | "stance";
  /** The sentence's word ("praised", "not monopolize", "Moscow"). */
  claimed: string;
  /** The article's word it replaces ("criticizes"); empty for an added name. */
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

/** Longer messages are cut: a claim is a sentence or two, and the article's longest paragraph is ~500 characters. */
export const MAX_CLAIM_CHARS = 1000;
const ARTICLE_SPEAKER = "article";
const ARTICLE_WORDS = new Set(["article", "author", "writer", "journalist", "story", "report", "piece"]);

export type ClaimChecker = (text: string) => ClaimVerdict;

export function createClaimChecker(
  kb: KnowledgeBase,
  lexicon: Lexicon = new Lexicon(kb),
  tuning: ClaimTuning = DEFAULT_CLAIM_TUNING,
): ClaimChecker {
  const { units, vocabulary, entities, sourcesOf, paragraphTerms } = buildUnits(kb, lexicon);
  const speakerName = (id: string) => kb.speakerById.get(id)?.name ?? id;
  // A sentence may have as subject a speaker who talks or whom the article talks about in its own voice (Moscow).
  const talkedAbout = new Set([
    ...kb.speakers.filter((s) => s.quoted).map((s) => s.id),
    ...kb.entries.flatMap((e) => e.quotes.filter((q) => q.voice === "article").map((q) => q.speaker)),
  ]);

  /** The speaker a name points at: a knowledge-base speaker, the article, or an unknown name. */
  const resolveName = (name: string): ClaimVerdict["claimedSpeaker"] => {
    const tokens = lexicon.tokensOf(name);
    const speaker = tokens.find((t) => t.term.startsWith("@"));
    if (speaker) return { id: speaker.term.slice(1), name: speakerName(speaker.term.slice(1)) };
    if (tokens.some((t) => ARTICLE_WORDS.has(t.surface))) return { id: ARTICLE_SPEAKER, name: "The article" };
    return /\p{Lu}/u.test(name) ? { id: null, name: name.trim() } : null;
  };

  return (input: string) => {
    const text = input.slice(0, MAX_CLAIM_CHARS);
    const frame = parseFrame(text);
    // "According to the article, X": everything is; who the statement itself names is what to check.
    const framed = frame.name === null ? null : resolveName(frame.name);
    const tokens = lexicon.tokensOf(frame.statement);
    const claimed = framed && framed.id !== ARTICLE_SPEAKER ? framed : subjectOf(tokens, resolveName);
    const names = capitalisedWords(frame.statement);
    const isEntity = (term: string, surface: string) =>
      entities.has(term) || term.startsWith("@") || (!lexicon.isKnown(term) && names.has(surface));
    const subjectTerm = claimed?.id ? `@${claimed.id}` : null;
    const words = wordsOf(tokens, vocabulary, isEntity).filter((w) => w.term !== subjectTerm);

    const exact = findExact(kb, text) ?? findExact(kb, frame.statement);
    // Whole paragraphs only for a pasted passage: two sentences or more.
    const passage = /[.!?]["”’]?\s+\S/.test(frame.statement.trim());
    const candidates = exact
      ? units.filter((u) => contains(u, exact))
      : units.filter((u) => passage || !u.whole);
    const best = closestUnit(candidates, words, claimed?.id ?? null, exact !== null, vocabulary, tuning);

    const content = words.filter((w) => w.weight > 0).length;
    const base = {
      claim: text,
      statement: frame.statement,
      claimedSpeaker: claimed,
      quotedByUser: frame.quoted,
      exact: null,
      changes: [],
      unbacked: [],
    };
    if (!best || (!exact && (content === 0 || best.containment < tuning.closeAt))) {
      return {
        ...base,
        verdict: "not-in-article",
        span: null,
        sources: [],
        voice: null,
        similarity: { containment: best?.containment ?? 0, coverage: best?.coverage ?? 0 },
      };
    }
    const { unit, pairs } = best;
    const region = exact ?? unit;
    const sources = sourcesOf(unit.paragraph, region.start, region.end);
    const speakerOk =
      claimed === null ||
      (claimed.id !== null &&
        (sources.some((s) => s.speakerId === claimed.id) ||
          (unit.terms.has(`@${claimed.id}`) && talkedAbout.has(claimed.id))));
    const { changes, swapped } = exact
      ? { changes: [], swapped: 0 }
      : changesOf(pairs, unit.words, subjectTerm, sources, paragraphTerms(unit.paragraph));
    // A swapped actor lines up with the one it replaces: "Netanyahu" for "Erdogan" is an alteration, not noise.
    const matched = exact !== null || (content > 0 && best.containment + swapped >= tuning.matchAt);
    const sameWords = exact !== null || best.containment >= tuning.misattributedAt;
    const verdict: ClaimVerdictKind = !matched
      ? "not-in-article"
      : changes.length > 0
        ? "altered"
        : !speakerOk
          ? sameWords
            ? "misattributed"
            : "not-in-article"
          : exact
            ? "verbatim"
            : "paraphrase";
    return {
      ...base,
      verdict,
      span: { paragraph: unit.paragraph, start: unit.start, end: unit.end, text: unit.text },
      exact: exact ? { start: exact.start, end: exact.end } : null,
      sources,
      voice: sources.some((s) => s.voice === "reported") ? "reported" : "article",
      changes,
      unbacked: pairs.filter((p) => p.span === null && p.claim.weight > 0).map((p) => p.claim.surface),
      similarity: { containment: round(best.containment), coverage: round(best.coverage) },
    };
  };
}

interface Closest {
  unit: ArticleUnit;
  pairs: Pair[];
  containment: number;
  coverage: number;
}

/** The span the claim fits best: mostly how much of the claim it backs, a little how much of it the claim uses. */
function closestUnit(
  units: ArticleUnit[],
  words: Word[],
  claimedId: string | null,
  exact: boolean,
  vocabulary: ClaimVocabulary,
  tuning: ClaimTuning,
): Closest | null {
  let best: Closest | null = null;
  let bestScore = -1;
  for (const unit of units) {
    const pairs = align(words, unit.words, vocabulary);
    const { containment, coverage } = measure(pairs, unit.words);
    const speaks = claimedId !== null && unit.speakerIds.has(claimedId) ? 0.05 : 0;
    // For a verbatim match, the shortest span that holds it (the sentence rather than the paragraph).
    const score = fBeta(containment, coverage, tuning.beta) + speaks - (exact ? unit.text.length / 1e6 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = { unit, pairs, containment, coverage };
    }
  }
  return best;
}

/** The speaker a statement opens with ("Peskov criticizes…", "The article itself blames…"), if any. */
function subjectOf(
  tokens: Token[],
  resolveName: (name: string) => ClaimVerdict["claimedSpeaker"],
): ClaimVerdict["claimedSpeaker"] {
  const first = tokens.find((t) => t.role !== "stop");
  if (!first) return null;
  if (first.term.startsWith("@") || ARTICLE_WORDS.has(first.surface)) return resolveName(first.surface);
  return null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function contains(unit: ArticleUnit, span: { paragraph: number; start: number; end: number }): boolean {
  return unit.paragraph === span.paragraph && unit.start <= span.start && unit.end >= span.end;
}

/** Lower-cased words written with a capital, bar a common word opening the sentence ("The", "However"). */
function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.slice(0, MAX_CLAIM_CHARS).matchAll(/(^|[^\p{L}])(\p{Lu}[\p{L}'’-]*)/gu)) {
    const word = m[2]!.toLowerCase().replace(/['’]s$/, "");
    if (m.index === 0 && isCommonEnglish(word)) continue;
    out.add(word);
  }
  return out;
}
