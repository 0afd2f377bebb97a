// A knowledge base already validated, written at build time (npm run build) so that a start need not run the
// schema and every check again. It is keyed by a hash of every file in knowledge/: an edited file, a new one or
// a removed one makes it stale, and a stale or missing snapshot means the full load and validation. Every quote
// is still checked verbatim against the article (the article read from knowledge/, not from the snapshot).
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { type KnowledgeBase, loadKnowledgeBase } from "./loader.js";
import type { LocalKnowledge } from "./local-parts.js";
import type { LocalLang } from "./schema.js";
import {
  FORMAT,
  knowledgeHash,
  type LocalData,
  readKnowledgeSnapshot,
  SNAPSHOT_FILE,
  type Snapshot,
} from "./snapshot-read.js";

export { knowledgeHash, readKnowledgeSnapshot, SNAPSHOT_FILE };

/** Validates `dir` in full and writes its snapshot to `file`; throws KnowledgeBaseError when it is not valid. */
export function writeKnowledgeSnapshot(dir: string, file: string): void {
  const hash = knowledgeHash(dir);
  const kb = loadKnowledgeBase(dir);
  const locales: Partial<Record<LocalLang, LocalData>> = {};
  for (const [lang, local] of Object.entries(kb.locales ?? {}) as [LocalLang, LocalKnowledge][]) {
    locales[lang] = {
      entries: local.entries,
      speakers: local.speakers,
      summaries: local.summaries,
      synonyms: local.synonyms,
      translations: [...local.translations],
    };
  }
  const snapshot: Snapshot = {
    format: FORMAT,
    hash,
    speakers: kb.speakers,
    entries: kb.entries,
    summaries: kb.summaries,
    synonyms: kb.synonyms,
    locales,
    ...(kb.parties ? { parties: kb.parties } : {}),
    ...(kb.contraryDeeds ? { contraryDeeds: kb.contraryDeeds } : {}),
  };
  // Written aside and renamed, so a process starting meanwhile reads the old snapshot or the new, never half.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(snapshot));
  renameSync(partial, file);
}

/** Removes a snapshot (the knowledge base it would stand for is not valid). */
export function removeKnowledgeSnapshot(file: string): void {
  rmSync(file, { force: true });
}

/**
 * The knowledge base in `dir`: from the snapshot in `file` when it was made from exactly these files and every
 * quote is still verbatim in the article, else loaded and validated in full (which reports any problem).
 */
export function loadKnowledgeBaseWithSnapshot(dir: string, file: string | undefined): KnowledgeBase {
  return (file !== undefined && readKnowledgeSnapshot(dir, file)) || loadKnowledgeBase(dir);
}
