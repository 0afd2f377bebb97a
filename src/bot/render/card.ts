// A reply before it is sent: HTML blocks (split between messages when too long) and the keyboard under it.
import type { InlineKeyboard } from "grammy";
import type { AnsweringEngine } from "../../answering/types.js";
import type { ClaimChecker } from "../../claims/index.js";
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
}
