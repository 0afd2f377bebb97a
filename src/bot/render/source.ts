// "Show in article": the paragraph a quote stands in, with the quoted words in bold.
import type { Answer } from "../../answering/types.js";
import { findVerbatim, type KnowledgeBase, type Span } from "../../knowledge/index.js";
import type { Texts } from "../i18n.js";
import { keyboardOf } from "../keyboards/index.js";
import type { Card } from "./card.js";
import { bold, boldSpans, escapeHtml, italic } from "./html.js";

/** The card for quote `quoteIndex` of `answer`, or null when there is no such quote (a stale button). */
export function sourceCard(
  answer: Answer,
  quoteIndex: number,
  kb: KnowledgeBase,
  { t, lang }: Texts,
): Card | null {
  const quote = answer.quotes[quoteIndex];
  const paragraph = quote ? kb.article.paragraphs[quote.paragraph - 1] : undefined;
  if (!quote || paragraph === undefined || !answer.entry) return null;

  // Every quote of this answer that stands in the same paragraph is bold, not only the one the button names.
  const spans = answer.quotes
    .filter((q) => q.paragraph === quote.paragraph)
    .map((q) => findVerbatim(paragraph, q.text))
    .filter((span): span is Span => span !== null);
  const heading = bold(
    t("source-heading", { paragraph: quote.paragraph, paragraphs: kb.article.paragraphs.length }),
  );
  // The paragraph stays the article's English; the quote the button names gets its translation, labelled.
  const translation =
    quote.translation && lang !== "en"
      ? [italic(`${t("translation-label")} ${escapeHtml(quote.translation)}`)]
      : [];
  return {
    blocks: [
      `${heading}\n${boldSpans(paragraph, spans)}`,
      ...translation,
      t("source-quoted-for", { html_title: escapeHtml(answer.title) }),
    ],
    keyboard: keyboardOf(
      [[{ label: t("button-back-to-answer"), action: { kind: "answer", entryId: answer.entry.id } }]],
      lang,
    ),
  };
}
