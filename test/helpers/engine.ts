// The real knowledge base, engine and claim checker, loaded once per test file.
import { createEngine } from "../../src/answering/index.js";
import { createClaimChecker } from "../../src/claims/index.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { REAL_KB_DIR } from "./knowledge.js";

export const realKb = loadKnowledgeBase(REAL_KB_DIR);
export const realEngine = createEngine(realKb);
export const realClaims = createClaimChecker(realKb);
