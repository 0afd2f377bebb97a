// The claim checker as the program wires it: reading with the answering engine's lexicons (one copy of each
// vocabulary in memory, not two), and built on the first claim or by warmUp(), whichever comes first.
import type { ExplainableEngine } from "../answering/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { readPendingLiterals } from "../lib/prefiltered-regexp.js";
import { createClaimChecker } from "./check.js";
import type { ClaimChecker } from "./types.js";

export interface SharedClaimChecker extends ClaimChecker {
  /** Builds the checker's article index in both languages now, so no reader's first yes/no or /check waits. */
  warmUp(): void;
}

/** One sentence per language, checked once to build what the first claim of that language would. */
const WARM_UP_CLAIMS = ["Putin called for a ceasefire.", "Путин призвал к прекращению огня."];

export function claimCheckerSharing(
  kb: KnowledgeBase,
  engine: Pick<ExplainableEngine, "lexicon">,
): SharedClaimChecker {
  let check: ClaimChecker | null = null;
  const built = () =>
    (check ??= createClaimChecker(kb, engine.lexicon("en")!, undefined, () => engine.lexicon("ru")));
  const shared = (text: string) => built()(text);
  shared.warmUp = () => {
    for (const claim of WARM_UP_CLAIMS) built()(claim);
    readPendingLiterals();
  };
  return shared;
}
