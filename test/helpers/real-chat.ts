// The bot on the real knowledge base and conversation file, for chat tests of single questions: a fresh chat per
// question, its one visible reply (the output checked valid on the way).
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
