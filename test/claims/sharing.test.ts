// The claim checker as the program wires it (the engine's lexicons, alignments kept across claims) judges exactly
// as one built alone on a fresh knowledge base would, whatever was checked before.
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answering/index.js";
import { claimCheckerSharing, createClaimChecker } from "../../src/claims/index.js";
import { readLabelledClaims } from "../../src/eval/claims.js";
import { realKb as kb } from "../helpers/engine.js";

const questionsDir = resolve(import.meta.dirname, "../questions");
const claims = readdirSync(questionsDir)
  .filter((f) => /^claims.*\.jsonl$/.test(f))
  .sort()
  .flatMap((f) => readLabelledClaims(resolve(questionsDir, f)).map((l) => l.claim));
// Yes/no questions are checked again with Russia's voices in Russia's place: the same words, another subject.
const voices = ["Russia", "The Kremlin", "The Russian Foreign Ministry"].flatMap((who) => [
  `${who} wants direct talks between Israelis and Palestinians`,
  `${who} is ready to help broker a deal`,
  `${who} keeps contact with both sides`,
]);

// Every labelled claim (2,700+ and growing with each blind set) is judged two or three times over: the suite's
// 20 s default is a guard against hangs, not a speed target, and a loaded machine needs more (19 s quiet, 128 s at
// load 15 beside other jobs).
const EVERY_CLAIM_TIMEOUT_MS = 300_000;

describe("the claim checker as the program wires it", () => {
  it(
    "gives every labelled claim the verdict of a checker with lexicons of its own",
    () => {
      const engine = createEngine(kb);
      const shared = claimCheckerSharing(kb, engine);
      shared.warmUp();
      const alone = createClaimChecker(kb);
      for (const claim of [...voices, ...claims]) expect(shared(claim), claim).toEqual(alone(claim));
    },
    EVERY_CLAIM_TIMEOUT_MS,
  );

  it(
    "judges a claim the same after others in any order (alignments kept across claims)",
    () => {
      const all = [...voices, ...claims];
      const forward = createClaimChecker(kb);
      const first = all.map((c) => forward(c));
      const backward = createClaimChecker(kb);
      const second = [...all]
        .reverse()
        .map((c) => backward(c))
        .reverse();
      // And again on the checker that has seen them all: every kept alignment is used.
      const again = all.map((c) => forward(c));
      for (const [i, claim] of all.entries()) {
        expect(second[i], claim).toEqual(first[i]);
        expect(again[i], claim).toEqual(first[i]);
      }
    },
    EVERY_CLAIM_TIMEOUT_MS,
  );
});
