// The story's summary in four sizes, switched in place by the buttons under it: one line, the short paragraph,
// three bullets, the long summary.
import type { Summaries } from "../../knowledge/index.js";
import { type SummarySize, summaryKeyboard } from "../keyboards/index.js";
import type { Card } from "./card.js";
import { bold, escapeHtml } from "./html.js";

/** Shown to someone who has not picked a size yet. */
export const DEFAULT_SUMMARY_SIZE: SummarySize = "short";

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

export function summaryCard(summaries: Summaries, size: SummarySize): Card {
  return { blocks: [`${bold("Summary")}\n${summaryText(summaries, size)}`], keyboard: summaryKeyboard(size) };
}
