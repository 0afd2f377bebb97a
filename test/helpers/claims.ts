// The real claim checker, asserted the same way by the claims test files: a claim is confirmed when its verdict
// is "verbatim" or "paraphrase"; the messages name the verdict and its changes, so a failure says what moved.
import { expect } from "vitest";
import type { ClaimVerdict } from "../../src/claims/index.js";
import { realClaims } from "./engine.js";

export const check = realClaims;

/** The verdicts that tell the reader the article says it. */
export const CONFIRMING: ReadonlySet<string> = new Set(["verbatim", "paraphrase"]);

export const confirms = (claim: string): boolean => CONFIRMING.has(check(claim).verdict);

const said = (claim: string, v: ClaimVerdict) =>
  `${claim}: ${v.verdict} ${JSON.stringify(v.changes)} ${v.unbacked.join(", ")}`;

/** `verdict`: a ClaimVerdictKind ("altered", "not-in-article"…); a string, so an it.each table can carry it. */
export function expectVerdict(claim: string, verdict: string): ClaimVerdict {
  const v = check(claim);
  expect(v.verdict, said(claim, v)).toBe(verdict);
  return v;
}

export function expectConfirmed(claim: string): ClaimVerdict {
  const v = check(claim);
  expect(CONFIRMING.has(v.verdict), said(claim, v)).toBe(true);
  return v;
}

export function expectNotConfirmed(claim: string): ClaimVerdict {
  const v = check(claim);
  expect(CONFIRMING.has(v.verdict), said(claim, v)).toBe(false);
  return v;
}

/** Each row: the claim's verdict (a table of claim → verdict; a failure names the claim and what moved). */
export function expectVerdicts(rows: readonly (readonly [claim: string, verdict: string])[]): void {
  for (const [claim, verdict] of rows) expectVerdict(claim, verdict);
}

/** Each claim: neither verbatim nor paraphrase. */
export function expectNoneConfirmed(claims: readonly string[]): void {
  for (const claim of claims) expectNotConfirmed(claim);
}
