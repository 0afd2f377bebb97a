// The claim checker's results kept by statement, at the dialogue layer's boundary: the same yes/no question asked
// again (by another person, or by the same one after a button) costs a lookup, not a check (the checker aligns
// the statement with every span of the article: ~1-3 ms). The checker is a pure function of its text, so a kept
// result is the result; the cache is bounded, so memory is too.
import type { ClaimChecker } from "../claims/index.js";
import { RecentCache } from "../lib/recent-cache.js";

/** Statements kept: a few hundred KB at most (a result holds offsets and short strings, the article's are shared). */
export const CHECKS_KEPT = 1_000;

export function rememberingChecks(check: ClaimChecker, capacity = CHECKS_KEPT): ClaimChecker {
  const kept = new RecentCache<string, ReturnType<ClaimChecker>>(capacity);
  return (statement) => kept.getOrMake(statement, () => check(statement));
}
