// Validates knowledge/ in full and writes the snapshot a start loads instead (src/knowledge/snapshot.ts), beside
// the bundle. Run by the build and by `npm start` when knowledge/ changed. A knowledge base that is not valid gets
// no snapshot (the program then validates at start and says what is wrong); that is not this step's failure.
import { defaultKnowledgeDir, KnowledgeBaseError } from "../knowledge/index.js";
import { removeKnowledgeSnapshot, writeKnowledgeSnapshot } from "../knowledge/snapshot.js";
import { snapshotBesideCode } from "./load.js";

const file = snapshotBesideCode();
try {
  writeKnowledgeSnapshot(defaultKnowledgeDir(), file);
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  removeKnowledgeSnapshot(file);
  console.error(
    `No knowledge snapshot: ${error.problems.length} problem(s) in knowledge/ (npm run kb:check).`,
  );
}
