// The dialogue keeps the claim checker's results by statement: a repeated yes/no question gets the very same
// verdict without a second check, and the verdicts are those of the checker itself.
import { describe, expect, it } from "vitest";
import type { ClaimChecker } from "../../src/claims/index.js";
import { rememberingChecks } from "../../src/dialogue/check-cache.js";
import { createDialogue, loadConversation } from "../../src/dialogue/index.js";
import { realEngine as engine, realKb as kb, realClaims } from "../helpers/engine.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const QUESTIONS = [
  "did putin praise washington?",
  "is russia ready to help?",
  "does putin want an immediate ceasefire?",
  "did peskov criticize the us?",
  "is moscow a neutral mediator?",
];

describe("the claim checker's results kept by the dialogue", () => {
  it("gives the checker's own verdicts, and checks a repeated statement once", () => {
    const statements: string[] = [];
    const counting: ClaimChecker = (s) => {
      statements.push(s);
      return realClaims(s);
    };
    const check = rememberingChecks(counting, 100);
    for (const s of ["Putin praise washington", "russia ready to help", "Putin praise washington"])
      expect(check(s)).toEqual(realClaims(s));
    expect(statements).toEqual(["Putin praise washington", "russia ready to help"]);
  });

  it("answers a yes/no question asked again exactly as the first time, without checking again", () => {
    let checks = 0;
    const dialogue = createDialogue({
      engine,
      kb,
      conversation: loadConversation(REAL_KB_DIR, kb),
      claims: (s) => {
        checks++;
        return realClaims(s);
      },
    });
    const ask = () => QUESTIONS.map((q) => dialogue.respond(q, { lang: "en", context: null, now: 0 }));
    const first = ask();
    const afterFirst = checks;
    expect(afterFirst).toBeGreaterThan(0);
    expect(ask()).toEqual(first);
    expect(checks).toBe(afterFirst);
    const verdicts = first.map((t) => (t.replies[0]?.kind === "answer" ? t.replies[0].verdict : null));
    expect(verdicts.every((v) => v !== null)).toBe(true);
  });
});
