// Inline keyboards. Buttons carry only encoded actions (see callback-data.ts), never hand-built strings.
import { InlineKeyboard } from "grammy";
import type { Suggestion } from "../../answering/types.js";
import {
  type ButtonAction,
  decodeButton,
  encodeButton,
  SUMMARY_SIZES,
  type SummarySize,
} from "./callback-data.js";

export {
  type ButtonAction,
  decodeButton,
  encodeButton,
  SUMMARY_SIZES,
  type SummaryLength,
  type SummarySize,
} from "./callback-data.js";

export interface ButtonSpec {
  label: string;
  action: ButtonAction;
}

/** Rows of buttons; empty rows are dropped, and no rows at all means no keyboard. */
export function keyboardOf(rows: ButtonSpec[][]): InlineKeyboard | undefined {
  const nonEmpty = rows.filter((row) => row.length > 0);
  if (nonEmpty.length === 0) return undefined;
  return InlineKeyboard.from(
    nonEmpty.map((row) => row.map((b) => InlineKeyboard.text(b.label, encodeButton(b.action)))),
  );
}

/** One question per row: questions are long, and two in a row would be cut off. */
export function questionButtons(suggestions: Suggestion[], limit: number): ButtonSpec[][] {
  return suggestions
    .slice(0, limit)
    .map((s) => [{ label: s.question, action: { kind: "answer", entryId: s.entryId } }]);
}

export const summaryButton: ButtonSpec = { label: "📰 Summary", action: { kind: "summary" } };
export const whoSaidWhatButton: ButtonSpec = {
  label: "🗣 Who said what",
  action: { kind: "quotes", speakerId: null },
};

/** /start: the two overviews side by side, then suggested questions. */
export function startKeyboard(suggestions: Suggestion[]): InlineKeyboard | undefined {
  return keyboardOf([[summaryButton, whoSaidWhatButton], ...questionButtons(suggestions, 3)]);
}

const SIZE_LABELS: Record<SummarySize, string> = {
  line: "One line",
  short: "Short",
  bullets: "3 bullets",
  full: "Full",
};

/** The sizes under a summary, in one row, the one shown marked with a dot. */
export function summaryKeyboard(shown: SummarySize): InlineKeyboard | undefined {
  return keyboardOf([
    SUMMARY_SIZES.map((size) => ({
      label: size === shown ? `• ${SIZE_LABELS[size]}` : SIZE_LABELS[size],
      action: { kind: "summary-size", size },
    })),
  ]);
}

/** The action of the button just pressed, if it is of `kind`; features use it to pick their own buttons. */
export function pressedButton<K extends ButtonAction["kind"]>(
  data: string | undefined,
  kind: K,
): Extract<ButtonAction, { kind: K }> | null {
  const action = decodeButton(data);
  return action?.kind === kind ? (action as Extract<ButtonAction, { kind: K }>) : null;
}
