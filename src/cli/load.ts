// Loads the knowledge base for the program or a command-line tool, or explains what is wrong and exits 1.
import { type Conversation, loadConversationIfPresent } from "../dialogue/index.js";
import { defaultKnowledgeDir, type KnowledgeBase, KnowledgeBaseError } from "../knowledge/index.js";
import { loadKnowledgeBaseWithSnapshot } from "../knowledge/snapshot.js";
import { savedIndexBesideCode, snapshotBesideCode } from "./start-load.js";

export { savedIndexBesideCode, snapshotBesideCode };

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
