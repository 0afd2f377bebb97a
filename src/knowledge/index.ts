// The knowledge base: where it lives, how it loads, what it holds.
import { resolve } from "node:path";
import { projectRoot } from "../lib/project-root.js";

export {
  type Article,
  type FoldedHaystack,
  findFolded,
  findVerbatim,
  foldForMatch,
  foldHaystack,
  parseArticle,
  type Sentence,
  type Span,
} from "./article.js";
export { type Coverage, measureCoverage } from "./coverage.js";
export { type KnowledgeBase, loadKnowledgeBase } from "./loader.js";
export type { LocalKnowledge } from "./local-parts.js";
export { formatProblem, KnowledgeBaseError, type Problem } from "./problems.js";
export {
  type Entry,
  type EntryKind,
  LOCAL_LANGUAGES,
  type LocalEntry,
  type LocalLang,
  type LocalSpeaker,
  type Quote,
  type Speaker,
  type Summaries,
  type Voice,
} from "./schema.js";
export {
  loadKnowledgeBaseWithSnapshot,
  removeKnowledgeSnapshot,
  writeKnowledgeSnapshot,
} from "./snapshot.js";
export { knowledgeHash, readKnowledgeSnapshot, SNAPSHOT_FILE } from "./snapshot-read.js";

/** knowledge/ at the project's top. */
export function defaultKnowledgeDir(): string {
  return resolve(projectRoot(), "knowledge");
}
