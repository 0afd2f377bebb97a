// The article cut into the spans a claim is held against: every sentence, every run of its comma-separated
// clauses, every curated quote, and whole paragraphs (for pasted passages). Each span knows its words and who
// the knowledge base says is speaking there.

import { isCommonEnglish } from "../answering/common-english.js";
import type { Lexicon } from "../answering/lexicon.js";
import { findVerbatim, type KnowledgeBase } from "../knowledge/index.js";
import { type Word, wordsOf } from "./claim-words.js";
import type { ClaimSource } from "./types.js";
import { ClaimVocabulary } from "./vocabulary.js";
import { loadWordSenses } from "./word-relations.js";

/** Re-exported for exact-span.ts, which imports its units from here (the verbatim find is folded-paragraphs.ts). */
export { findExact } from "./folded-paragraphs.js";

export interface ArticleUnit {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  words: Word[];
  terms: Set<string>;
  /** Speakers of the curated quotes over this span. */
  speakerIds: Set<string>;
  /** The whole paragraph: held against pasted passages only, as a bag of words it would match too much else. */
  whole: boolean;
}

interface QuoteSpan {
  paragraph: number;
  start: number;
  end: number;
  speakerId: string;
  voice: ClaimSource["voice"];
}

export interface ArticleIndex {
  units: ArticleUnit[];
  vocabulary: ClaimVocabulary;
  /** Terms of things the article names with a capital: "Washington", "Hamas", "the Quartet". */
  entities: Set<string>;
  /** Every term of each paragraph (1-based). */
  paragraphTerms: (paragraph: number) => ReadonlySet<string>;
  sourcesOf: (paragraph: number, start: number, end: number) => ClaimSource[];
}

const CLAUSE_BREAK = /[,;:]\s+|\s+[—–]\s+/g;

/**
 * Every run of a sentence's clauses (cut at a comma, a semicolon, a colon or a dash), as [start, end) offsets in
 * it, by first clause then last: a claim about half a sentence meets that half. `opens`: the run opens the
 * sentence. The English units (here) and the Russian ones (russian-units.ts, over a translation) alike.
 */
export function clauseRuns(text: string): { start: number; end: number; opens: boolean }[] {
  const pieces: [number, number][] = [];
  let at = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    pieces.push([at, m.index]);
    at = m.index + m[0].length;
  }
  pieces.push([at, text.length]);
  const runs: { start: number; end: number; opens: boolean }[] = [];
  for (let i = 0; i < pieces.length; i++)
    for (let j = i; j < pieces.length; j++)
      runs.push({ start: pieces[i]![0], end: pieces[j]![1], opens: i === 0 });
  return runs;
}

export function buildUnits(kb: KnowledgeBase, lexicon: Lexicon): ArticleIndex {
  const { paragraphs, sentences } = kb.article;
  // Rarer words weigh more: inverse sentence frequency, so "Putin" (in most sentences) counts less than "Quartet".
  const documentFrequency = new Map<string, number>();
  for (const s of sentences) {
    for (const term of new Set(lexicon.contentTerms(s.text))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const n = sentences.length;
  const weights = new Map([...documentFrequency].map(([t, df]) => [t, Math.log(1 + n / (1 + df))]));
  const vocabulary = new ClaimVocabulary(
    lexicon,
    weights,
    Math.log(1 + n),
    undefined,
    undefined,
    loadWordSenses(),
  );
  const entities = capitalisedTerms(kb, lexicon);
  const isEntity = (term: string) => entities.has(term) || term.startsWith("@");

  const quoteSpans = curatedQuoteSpans(kb);
  const sourcesOf = (paragraph: number, start: number, end: number): ClaimSource[] => {
    const bySpeaker = new Map<string, ClaimSource>();
    for (const q of quoteSpans) {
      if (q.paragraph !== paragraph) continue;
      const overlap = Math.min(end, q.end) - Math.max(start, q.start);
      // A quote counts for a span when it fills half of the span, or the span holds half of it.
      if (overlap <= 0 || (overlap < (end - start) / 2 && overlap < (q.end - q.start) / 2)) continue;
      const existing = bySpeaker.get(q.speakerId);
      if (existing?.voice === "reported") continue;
      const s = kb.speakerById.get(q.speakerId);
      bySpeaker.set(q.speakerId, {
        speakerId: q.speakerId,
        speaker: s?.name ?? q.speakerId,
        role: s?.role ?? "",
        voice: q.voice,
      });
    }
    if (bySpeaker.size > 0) return [...bySpeaker.values()];
    const article = kb.speakerById.get("article");
    return [
      {
        speakerId: "article",
        speaker: article?.name ?? "The article",
        role: article?.role ?? "",
        voice: "article",
      },
    ];
  };

  const seen = new Set<string>();
  const units: ArticleUnit[] = [];
  const add = (paragraph: number, start: number, end: number, whole = false) => {
    const text = paragraphs[paragraph - 1]!.slice(start, end).trim();
    const key = `${paragraph}:${start}:${end}`;
    if (text === "" || seen.has(key)) return;
    seen.add(key);
    const words = wordsOf(lexicon.tokensOf(text), vocabulary, isEntity);
    if (words.every((w) => w.weight === 0)) return;
    const speakerIds = new Set(
      quoteSpans
        .filter((q) => q.paragraph === paragraph && q.start < end && q.end > start)
        .map((q) => q.speakerId),
    );
    units.push({
      paragraph,
      start,
      end,
      text,
      words,
      terms: new Set(words.map((w) => w.term)),
      speakerIds,
      whole,
    });
  };

  for (const s of sentences)
    for (const run of clauseRuns(s.text)) add(s.paragraph, s.start + run.start, s.start + run.end);
  for (const q of quoteSpans) add(q.paragraph, q.start, q.end);
  for (const [i, p] of paragraphs.entries()) add(i + 1, 0, p.length, true);
  const byParagraph = new Map(units.filter((u) => u.whole).map((u) => [u.paragraph, u.terms]));
  const paragraphTerms = (paragraph: number) => byParagraph.get(paragraph) ?? new Set<string>();
  return { units, vocabulary, entities, sourcesOf, paragraphTerms };
}

function curatedQuoteSpans(kb: KnowledgeBase): QuoteSpan[] {
  const seen = new Set<string>();
  const out: QuoteSpan[] = [];
  for (const q of kb.entries.flatMap((e) => e.quotes)) {
    const paragraph = kb.article.paragraphs[q.paragraph - 1];
    const span = paragraph === undefined ? null : findVerbatim(paragraph, q.text);
    const key = `${q.paragraph}:${span?.start}:${span?.end}:${q.speaker}`;
    if (!span || seen.has(key)) continue;
    seen.add(key);
    out.push({ paragraph: q.paragraph, ...span, speakerId: q.speaker, voice: q.voice });
  }
  return out;
}

/** Terms of the words the article writes with a capital, bar common words opening a sentence ("However"). */
function capitalisedTerms(kb: KnowledgeBase, lexicon: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const s of kb.article.sentences) {
    for (const m of s.text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)) {
      const first = m[0].split(/\s+/)[0]!.toLowerCase();
      const phrase = m.index === 0 && isCommonEnglish(first) ? m[0].split(/\s+/).slice(1).join(" ") : m[0];
      for (const term of lexicon.contentTerms(phrase)) out.add(term);
    }
  }
  return out;
}
