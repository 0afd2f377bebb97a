// Validates knowledge/ in full (conversation.json too) and writes the snapshot a start loads instead
// (src/knowledge/snapshot.ts) and the English index made from it (src/answering/saved-index.ts), beside the
// bundle. Run by the build and by `npm start` when knowledge/ changed. A knowledge base that is not valid gets no
// snapshot (the program then validates at start and says what is wrong); that is not this step's failure.
import { removeSavedEnglishIndex, writeSavedEnglishIndex } from "../answering/saved-index.js";
import { loadConversationIfPresent } from "../dialogue/index.js";
import { defaultKnowledgeDir, KnowledgeBaseError } from "../knowledge/index.js";
import { loadKnowledgeBase } from "../knowledge/loader.js";
import { removeKnowledgeSnapshot, writeKnowledgeSnapshot } from "../knowledge/snapshot.js";
import { savedIndexBesideCode, snapshotBesideCode } from "./load.js";

const file = snapshotBesideCode();
const dir = defaultKnowledgeDir();
try {
  const kb = loadKnowledgeBase(dir);
  // A start with a fresh snapshot reads conversation.json unchecked (readCheckedConversation): checked here.
  loadConversationIfPresent(dir, kb);
  writeKnowledgeSnapshot(dir, file);
  writeSavedEnglishIndex(dir, kb, savedIndexBesideCode());
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  removeKnowledgeSnapshot(file);
  removeSavedEnglishIndex(savedIndexBesideCode());
  console.error(
    `No knowledge snapshot: ${error.problems.length} problem(s) in knowledge/ (npm run kb:check).`,
  );
}
