// The story's summary: the short one with a button to expand it in place, the long one with key points.
import type { Summaries } from "../../knowledge/index.js";
import type { SummaryLength } from "../keyboards/callback-data.js";
import { summaryKeyboard } from "../keyboards/index.js";
import type { Card } from "./card.js";
import { bold, escapeHtml } from "./html.js";

export function summaryCard(summaries: Summaries, length: SummaryLength): Card {
  const blocks =
    length === "short"
      ? [`${bold("Summary")}\n${escapeHtml(summaries.short)}`]
      : [
          `${bold("Summary")}\n${escapeHtml(summaries.long)}`,
          `${bold("Key points")}\n${summaries.bullets.map((b) => `• ${escapeHtml(b)}`).join("\n")}`,
        ];
  return { blocks, keyboard: summaryKeyboard(length) };
}
