// The other only/just readers on restrictive-only.ts's words (tidy37): "only X" restricting a relation
// (only-restriction.ts), "not only X" widening (not-only.ts), one side asked as the only one (only-one-side.ts) and
// an offer that opens with a restricting word (offered-answer.ts). Phrasings written for this test.
import { describe, expect, it } from "vitest";
import { widensNotOnly } from "../../src/dialogue/not-only.js";
import { offeredAnswerOf } from "../../src/dialogue/offered-answer.js";
import { restrictsOnly } from "../../src/dialogue/only-restriction.js";
import { expectFast } from "../helpers/long-input.js";

describe("the only/just readers share one reading", () => {
  it("'only X' restricts with every restricting word, and 'alone'", () => {
    for (const q of [
      "does russia talk only to hamas",
      "does it merely blame the us",
      "is he just blaming hamas",
    ])
      expect(restrictsOnly(q), q).toBe(true);
    expect(restrictsOnly("does moscow talk to hamas alone")).toBe(true);
    expect(restrictsOnly("путин винит исключительно сша")).toBe(true);
  });
  it("never reads the adjective 'just' or 'not only' as a restriction", () => {
    for (const q of [
      "does putin want a just settlement",
      "is a just and lasting peace his aim",
      "not only the us?",
    ])
      expect(restrictsOnly(q), q).toBe(false);
  });
  it("'not only X' widens with the same words", () => {
    for (const q of [
      "was he worried not only about gaza",
      "not exclusively the us?",
      "не только с палестинцами",
    ])
      expect(widensNotOnly(q), q).toBe(true);
    expect(widensNotOnly("only gaza?")).toBe(false);
  });
  it("an offer opening with a restricting word is a list's, not an offered answer", () => {
    expect(offeredAnswerOf("who is to blame, merely the us?")).toBeNull();
    expect(offeredAnswerOf("who is to blame, just the us?")).toBeNull();
    expect(offeredAnswerOf("who is to blame, the us?")).not.toBeNull();
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      restrictsOnly(`${"a just ".repeat(2000)}x`);
      restrictsOnly(`${"not ".repeat(4000)}only`);
      widensNotOnly(`${"not ".repeat(4000)}just`);
      offeredAnswerOf(`who is to blame, ${"just ".repeat(40)}?`);
    }, 200);
  });
});
