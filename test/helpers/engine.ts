// The real knowledge base, engine and claim checker, loaded once per test file.
import { createEngine } from "../../src/answering/index.js";
import { compileContraryDeeds } from "../../src/claims/contrary-deed-file.js";
import { createClaimChecker } from "../../src/claims/index.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { REAL_KB_DIR } from "./knowledge.js";

export const realKb = loadKnowledgeBase(REAL_KB_DIR);
export const realEngine = createEngine(realKb);
export const realClaims = createClaimChecker(realKb);
/** The real knowledge base's parties table (kb.parties), as the party readers are handed it. */
export const realParties = realKb.parties ?? [];
/** The real knowledge base's contrary deeds (kb.contraryDeeds), compiled as the claim checker compiles them. */
export const realContraries = compileContraryDeeds(realKb.contraryDeeds ?? []);
