// The knowledge base: where it lives, how it loads, what it holds.
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

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
export type { LocalKnowledge } from "./local.js";
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

/** knowledge/ at the project's top, found from this file whether it runs from src/ or dist/src/. */
export function defaultKnowledgeDir(): string {
  const srcOrDist = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const root = basename(srcOrDist) === "dist" ? dirname(srcOrDist) : srcOrDist;
  return resolve(root, "knowledge");
}
