// Loads the knowledge base for the program or a command-line tool, or explains what is wrong and exits 1.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSavedEnglishIndex, SAVED_INDEX_FILE, type SavedEnglishIndex } from "../answering/index.js";
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

/** The English index the same build saved beside the bundle (none beside src/ or dist/src/). */
export const savedIndexBesideCode = (): string =>
  join(dirname(fileURLToPath(import.meta.url)), SAVED_INDEX_FILE);

/** The build's English index for the knowledge base in `dir`, when it was made from exactly those files. */
export function savedEnglishIndex(
  dir = process.env.KNOWLEDGE_DIR || defaultKnowledgeDir(),
  file = savedIndexBesideCode(),
): SavedEnglishIndex | undefined {
  return loadSavedEnglishIndex(dir, file);
}

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
