// A reply before it is sent: HTML blocks (split between messages when too long) and the keyboard under it.
import type { InlineKeyboard } from "grammy";
import type { AnsweringEngine } from "../../answering/types.js";
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
  /** Follow-ups, yes/no, two questions, small talk; without it every message goes to the engine alone. */
  dialogue?: Dialogue;
}
