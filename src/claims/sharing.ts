// The claim checker as the program wires it: reading with the answering engine's lexicons (one copy of each
// vocabulary in memory, not two), and built on the first claim (most updates never check one).
import type { ExplainableEngine } from "../answering/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { createClaimChecker } from "./check.js";
import type { ClaimChecker } from "./types.js";

export function claimCheckerSharing(kb: KnowledgeBase, engine: Pick<ExplainableEngine, "lexicon">): ClaimChecker {
  let check: ClaimChecker | null = null;
  return (text) => {
    check ??= createClaimChecker(kb, engine.lexicon("en")!, undefined, () => engine.lexicon("ru"));
    return check(text);
  };
}
