// A reply before it is sent: HTML blocks (split between messages when too long) and the keyboard under it.
import { InlineKeyboard } from "grammy";
import type { AnsweringEngine } from "../../answering/types.js";
import type { ClaimChecker } from "../../claims/index.js";
import type { Dialogue } from "../../dialogue/index.js";
import type { KnowledgeBase } from "../../knowledge/index.js";

export interface Card {
  blocks: string[];
  keyboard: InlineKeyboard | undefined;
}

/** What rendering needs besides the answer: the summary and speakers (kb), and fallback suggestions (engine). */
export interface RenderDeps {
  kb: KnowledgeBase;
  engine: AnsweringEngine;
  /** "Did they really say that?" (src/claims/): /check, forwarded and claim-shaped messages, inline checks. */
  claims: ClaimChecker;
  /** Follow-ups, yes/no, two questions, small talk; without it every message goes to the engine alone. */
  dialogue?: Dialogue;
}

/** Several cards as one: their blocks in order, their buttons one under the other (at most `maxRows` rows). */
export function joinCards(cards: Card[], maxRows = 6): Card {
  const [only] = cards;
  if (cards.length === 1 && only) return only;
  // A button both halves offer is shown once.
  const seen = new Set<string>();
  const rows = cards
    .flatMap((c) => c.keyboard?.inline_keyboard ?? [])
    .filter((row) => {
      const key = JSON.stringify(row.map((b) => ("callback_data" in b ? b.callback_data : b.text)));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, maxRows);
  return {
    blocks: cards.flatMap((c) => c.blocks),
    keyboard: rows.length > 0 ? new InlineKeyboard(rows) : undefined,
  };
}
