// The English index saved beside the bundle at build time (npm run build, and npm start when knowledge/ changed),
// keyed like the knowledge snapshot by a hash of every file in knowledge/, and by the code that built it
// (code-key.ts): a start restores it instead of reading the whole knowledge base again. Stale (either key),
// missing or unreadable: the index is built at start, as before.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { type KnowledgeBase, knowledgeHash } from "../knowledge/index.js";
import { indexCodeKey } from "./code-key.js";
import { buildEnglishIndex, type SavedEnglishIndex } from "./engine.js";

export const SAVED_INDEX_FILE = "english-index.json";
/** Raised whenever the saved index changes shape: an older file is then stale. */
const FORMAT = 2;

interface SavedFile {
  format: number;
  /** knowledgeHash() of the folder the index was made from. */
  hash: string;
  /** indexCodeKey() of the code that built it (absent: code without a key, never restored). */
  code?: string;
  index: SavedEnglishIndex;
}

/** Builds the English index of `kb` (loaded from `dir`) and writes it to `file`. */
export function writeSavedEnglishIndex(
  dir: string,
  kb: KnowledgeBase,
  file: string,
  /** The key of the code building it: this code's, unless a test says otherwise. */
  code = indexCodeKey(),
): void {
  const saved: SavedFile = { format: FORMAT, hash: knowledgeHash(dir), code, index: buildEnglishIndex(kb) };
  // Written aside and renamed, so a process starting meanwhile reads the old file or the new, never half.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(saved));
  renameSync(partial, file);
}

/** The index saved in `file` when it was made from exactly the files now in `dir`, by this code; else undefined. */
export function loadSavedEnglishIndex(
  dir: string,
  file: string,
  /** knowledgeHash(dir), when the caller has it already. */
  hash?: string,
): SavedEnglishIndex | undefined {
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as SavedFile;
    if (saved.format !== FORMAT || saved.hash !== (hash ?? knowledgeHash(dir))) return undefined;
    const code = indexCodeKey();
    if (code === undefined || saved.code !== code) return undefined;
    return saved.index;
  } catch {
    return undefined; // none (a run from source), or unreadable: built at start
  }
}

/** Removes a saved index (the knowledge base it would stand for is not valid). */
export function removeSavedEnglishIndex(file: string): void {
  rmSync(file, { force: true });
}
