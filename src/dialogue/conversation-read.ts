// knowledge/conversation.json read without its checks, for a start whose knowledge snapshot is fresh: the build
// checked this very file (the snapshot's hash covers it, and no snapshot is written when it is not valid), so the
// checks' code (zod) need not load. Anywhere else, loadConversation (conversation-file.ts) reads and checks it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Conversation, YesNoVerdict } from "./conversation-file.js";

export const CONVERSATION_FILE = "conversation.json";

interface ConversationFile {
  storyPoint: string[];
  verdicts: Record<string, YesNoVerdict>;
  standsFor?: string[];
  reasons?: Record<string, string>;
}

/** The file as the build checked it; undefined when there is none (a small knowledge base). */
export function readCheckedConversation(dir: string): Conversation | undefined {
  const file = join(dir, CONVERSATION_FILE);
  if (!existsSync(file)) return undefined;
  const {
    storyPoint,
    verdicts,
    standsFor = [],
    reasons = {},
  } = JSON.parse(readFileSync(file, "utf8")) as ConversationFile;
  return {
    storyPoint,
    verdicts: new Map(Object.entries(verdicts)),
    standsFor: new Set(standsFor),
    reasons: new Map(Object.entries(reasons)),
  };
}
