// How much of the article the knowledge base reaches: a sentence counts as covered when a quote overlaps it.
import type { Sentence } from "./article.js";
import { findVerbatim } from "./article.js";
import type { KnowledgeBase } from "./loader.js";

export interface Coverage {
  covered: number;
  total: number;
  /** Sentences no quote reaches, in article order. */
  missing: Sentence[];
}

export function measureCoverage(kb: KnowledgeBase): Coverage {
  const spans = kb.entries.flatMap((e) =>
    e.quotes.flatMap((q) => {
      const paragraph = kb.article.paragraphs[q.paragraph - 1];
      const span = paragraph === undefined ? null : findVerbatim(paragraph, q.text);
      return span ? [{ paragraph: q.paragraph, ...span }] : [];
    }),
  );
  const missing = kb.article.sentences.filter(
    (s) => !spans.some((q) => q.paragraph === s.paragraph && q.start < s.end && q.end > s.start),
  );
  return {
    covered: kb.article.sentences.length - missing.length,
    total: kb.article.sentences.length,
    missing,
  };
}
