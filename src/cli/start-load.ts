// What a start loads, the quick way when it can: the build's knowledge snapshot, its English index and the
// conversation file it checked, when knowledge/ is unchanged since the build. Otherwise the full load and
// validation, whose code (zod and every check) is imported only then: loading it costs a start ~100 ms.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSavedEnglishIndex, SAVED_INDEX_FILE, type SavedEnglishIndex } from "../answering/index.js";
import { type Conversation, readCheckedConversation } from "../dialogue/index.js";
import {
  type KnowledgeBase,
  knowledgeHash,
  readKnowledgeSnapshot,
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

export interface Loaded {
  kb: KnowledgeBase;
  conversation: Conversation | undefined;
  /** The build's English index for exactly this knowledge base, if there is one. */
  englishIndex: SavedEnglishIndex | undefined;
}

/** The knowledge base in `dir` as a start needs it; a knowledge base that is not valid is explained, exit 1. */
export async function loadForStart(dir: string): Promise<Loaded> {
  // Hashed once for both the snapshot and the index (reading every file of knowledge/ costs ~10–30 ms).
  const hash = hashOrUndefined(dir);
  const kb = hash === undefined ? null : readKnowledgeSnapshot(dir, snapshotBesideCode(), hash);
  if (kb) {
    return {
      kb,
      conversation: readCheckedConversation(dir),
      englishIndex: loadSavedEnglishIndex(dir, savedIndexBesideCode(), hash),
    };
  }
  const { loadConversationOrExit, loadKnowledgeBaseOrExit } = await import("./load.js");
  const full = loadKnowledgeBaseOrExit(dir, undefined);
  return { kb: full, conversation: loadConversationOrExit(full, dir), englishIndex: undefined };
}

/** A folder that cannot be read has no hash: the full load then says what is wrong with it. */
function hashOrUndefined(dir: string): string | undefined {
  try {
    return knowledgeHash(dir);
  } catch {
    return undefined;
  }
}
