// The built knowledge base and engine as the program loads them (the build's snapshot and its saved English index),
// for the measuring scripts (same-output.mjs, question-cost.mjs). Uses the build (npm run build).
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
/** A module of the build: dist/src/<p>. */
export const dist = (p) => join(root, "dist", "src", p);

/** The knowledge folder, the knowledge base read from the build's snapshot, and an engine over it. */
export async function loadBuiltEngine() {
  const { createEngine, loadSavedEnglishIndex, SAVED_INDEX_FILE } = await import(dist("answering/index.js"));
  const { defaultKnowledgeDir, knowledgeHash, readKnowledgeSnapshot, SNAPSHOT_FILE } = await import(
    dist("knowledge/index.js")
  );
  const knowledgeDir = defaultKnowledgeDir();
  const hash = knowledgeHash(knowledgeDir);
  const kb = readKnowledgeSnapshot(knowledgeDir, join(root, "dist", "app", SNAPSHOT_FILE), hash);
  if (!kb) throw new Error("no fresh snapshot: npm run build first");
  const engine = createEngine(
    kb,
    {},
    loadSavedEnglishIndex(knowledgeDir, join(root, "dist", "app", SAVED_INDEX_FILE), hash),
  );
  return { knowledgeDir, kb, engine };
}
