// The knowledge base: where it lives, what it holds, and reading the build's snapshot of it. The full load and
// validation (loader.ts, snapshot.ts, schema.ts) are imported from their own files: importing them loads zod
// (~12 MB and ~100 ms), which a start from a fresh snapshot never needs.
import { resolve } from "node:path";
import { projectRoot } from "../lib/project-root.js";

export {
  type Article,
  type FoldedHaystack,
  findFolded,
  findFoldedNeedle,
  findVerbatim,
  foldForMatch,
  foldHaystack,
  parseArticle,
  type Sentence,
  type Span,
} from "./article.js";
export { type Coverage, measureCoverage } from "./coverage.js";
export type { KnowledgeBase } from "./loader.js";
export type { LocalKnowledge } from "./local-parts.js";
export { formatProblem, KnowledgeBaseError, type Problem } from "./problems.js";
export type {
  Entry,
  EntryKind,
  LocalEntry,
  LocalLang,
  LocalSpeaker,
  Quote,
  Speaker,
  Summaries,
  Voice,
} from "./schema.js";
export { knowledgeHash, readKnowledgeSnapshot, SNAPSHOT_FILE } from "./snapshot-read.js";

/** knowledge/ at the project's top. */
export function defaultKnowledgeDir(): string {
  return resolve(projectRoot(), "knowledge");
}
