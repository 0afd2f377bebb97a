// The bot on the real knowledge base and conversation file, for chat tests of single questions: a fresh chat per
// question, its one visible reply (the output checked valid on the way); expectReplies makes a test a table of
// (question → what the reply shows, what it must not show) rows.
import { expect } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "./engine.js";
import { createTestBot, expectValidOutput, visibleText } from "./harness.js";
import { REAL_KB_DIR } from "./knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);

/** The bot's visible reply to `question` as the first message of a new chat. */
export async function firstReplyTo(question: string): Promise<string> {
  const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
  await t.send(question);
  expectValidOutput(t.api);
  return visibleText(t.api.lastReply());
}

/** One question, the patterns its first reply must show, and those it must not. */
export type ReplyRow = readonly [question: string, shows: readonly RegExp[], hides?: readonly RegExp[]];

/** Each row: the first reply to the question (in a new chat) matches every `shows` and none of `hides`. */
export async function expectReplies(rows: readonly ReplyRow[]): Promise<void> {
  for (const [question, shows, hides = []] of rows) {
    const text = await firstReplyTo(question);
    for (const pattern of shows) expect(text, question).toMatch(pattern);
    for (const pattern of hides) expect(text, question).not.toMatch(pattern);
  }
}
