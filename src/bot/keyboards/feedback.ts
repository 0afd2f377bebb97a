// The 👍/👎 row under an answer card. It is found again by its buttons' data, so a vote changes that row only and
// every other button of the card stays as it was.
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { decodeButton, encodeButton } from "./callback-data.js";

export type VoteKind = "up" | "down";

export interface FeedbackLabels {
  up: string;
  down: string;
  /** The label of the button just chosen: "👍 Thanks!". */
  thanks: (vote: VoteKind) => string;
}

/** The row: plain 👍 / 👎, or, after a vote, the chosen one saying thanks (both stay pressable, to change it). */
export function feedbackRow(
  entryId: string,
  labels: FeedbackLabels,
  voted?: VoteKind,
): InlineKeyboardButton[] {
  return (["up", "down"] as const).map((vote) =>
    InlineKeyboard.text(
      vote === voted ? labels.thanks(vote) : labels[vote],
      encodeButton({ kind: "feedback", entryId, vote }),
    ),
  );
}

const isFeedbackRow = (row: InlineKeyboardButton[]) =>
  row.some((b) => "callback_data" in b && decodeButton(b.callback_data)?.kind === "feedback");

/** The keyboard with the feedback row replaced by `row`, or added last when it has none. */
export function withFeedbackRow(
  keyboard: InlineKeyboard | InlineKeyboardMarkup | undefined,
  row: InlineKeyboardButton[],
): InlineKeyboard {
  const rows = keyboard?.inline_keyboard ?? [];
  const at = rows.findIndex(isFeedbackRow);
  const kept = rows.map((r) => [...r]);
  if (at === -1) kept.push(row);
  else kept[at] = row;
  return new InlineKeyboard(kept);
}
