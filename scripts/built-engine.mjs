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

/**
 * The built engine set up as dist/app/bench/bench.js sets it up before its timed answers: the claim checker sharing
 * the engine's lexicons, both warmed up (the Russian index and the claims' article index built, as the program
 * does 2 s after start), the bench's question mix, and 500 of its warm-up questions answered (JIT compilation).
 */
export async function warmedAsBench() {
  const { claimCheckerSharing } = await import(dist("claims/index.js"));
  const { benchMix } = await import(dist("cli/bench-mix.js"));
  const built = await loadBuiltEngine();
  const claims = claimCheckerSharing(built.kb, built.engine);
  built.engine.warmUp();
  claims.warmUp();
  const mix = benchMix(join(root, "test", "questions"));
  for (let k = 0; k < 500; k++) built.engine.findAnswer(mix.questionAt(mix.warmUpAt(k)));
  return { ...built, claims, mix };
}
