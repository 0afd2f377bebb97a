// The real knowledge base and engine, loaded once per test file.
import { createEngine } from "../../src/answering/index.js";
import { loadKnowledgeBase } from "../../src/knowledge/index.js";
import { REAL_KB_DIR } from "./knowledge.js";

export const realKb = loadKnowledgeBase(REAL_KB_DIR);
export const realEngine = createEngine(realKb);
