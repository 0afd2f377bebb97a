// The story's summary in four sizes, switched in place by the buttons under it: one line, the short paragraph,
// three bullets, the long summary.
import type { Lang } from "../../answering/types.js";
import type { KnowledgeBase, Summaries } from "../../knowledge/index.js";
import type { Texts } from "../i18n.js";
import { type SummarySize, summaryKeyboard } from "../keyboards/index.js";
import type { Card } from "./card.js";
import { bold, escapeHtml } from "./html.js";

/** Shown to someone who has not picked a size yet. */
export const DEFAULT_SUMMARY_SIZE: SummarySize = "short";

/** The knowledge base's other languages (knowledge/<lang>/, loaded beside the English side), as far as read here. */
type WithLocales = { locales?: Partial<Record<string, { summaries: Summaries }>> };

/** The summaries written in `lang`; English where the knowledge base has none in it. */
export function summariesIn(kb: KnowledgeBase, lang: Lang): Summaries {
  if (lang === "en") return kb.summaries;
  return (kb as KnowledgeBase & WithLocales).locales?.[lang]?.summaries ?? kb.summaries;
}

export function summaryText(summaries: Summaries, size: SummarySize): string {
  switch (size) {
    case "line":
      return escapeHtml(summaries.oneLine);
    case "short":
      return escapeHtml(summaries.short);
    case "bullets":
      return summaries.bullets.map((b) => `• ${escapeHtml(b)}`).join("\n");
    case "full":
      return escapeHtml(summaries.long);
  }
}

export function summaryCard(kb: KnowledgeBase, size: SummarySize, texts: Texts): Card {
  const summaries = summariesIn(kb, texts.lang);
  return {
    blocks: [`${bold(texts.t("summary-heading"))}\n${summaryText(summaries, size)}`],
    keyboard: summaryKeyboard(size, texts),
  };
}
