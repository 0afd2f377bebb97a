// Loads the knowledge base for the program or a command-line tool, or explains what is wrong and exits 1.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Conversation, loadConversationIfPresent } from "../dialogue/index.js";
import {
  defaultKnowledgeDir,
  type KnowledgeBase,
  KnowledgeBaseError,
  loadKnowledgeBaseWithSnapshot,
  SNAPSHOT_FILE,
} from "../knowledge/index.js";

/**
 * Where the build left the validated knowledge base: beside the running code. Only the bundle (dist/app/) has
 * one, written by the same build; run from src/ or dist/src/, there is none and the knowledge base is validated.
 */
export const snapshotBesideCode = (): string => join(dirname(fileURLToPath(import.meta.url)), SNAPSHOT_FILE);

export function loadKnowledgeBaseOrExit(
  dir = process.env.KNOWLEDGE_DIR || defaultKnowledgeDir(),
  snapshot: string | undefined = snapshotBesideCode(),
): KnowledgeBase {
  try {
    return loadKnowledgeBaseWithSnapshot(dir, snapshot);
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    console.error(`${error.message}\nRun npm run kb:check after fixing it.`);
    process.exit(1);
  }
}

/** knowledge/conversation.json beside the knowledge base, if there is one; a broken one is explained, exit 1. */
export function loadConversationOrExit(
  kb: KnowledgeBase,
  dir = process.env.KNOWLEDGE_DIR || defaultKnowledgeDir(),
): Conversation | undefined {
  try {
    return loadConversationIfPresent(dir, kb);
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    console.error(`${error.message}\nRun npm run kb:check after fixing it.`);
    process.exit(1);
  }
}
