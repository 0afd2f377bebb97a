// A Russian claim attributed to someone whose name is typed in lower case («захарова заявила, что …»): the name is a
// name all the same (russian-names.ts), so the Kremlin's line put in another mouth is misattributed, never confirmed
// as a paraphrase with no speaker (claims-blind51's false confirmation, first run of wave AV). Claims written for
// this test.
import { describe, expect, it } from "vitest";
import { check, expectVerdict } from "../helpers/claims.js";

describe("a lower-case Russian name before a verb of saying", () => {
  it.each([
    "захарова заявила что кремль стремится играть конструктивную роль в урегулировании конфликта",
    "иванов сказал, что кремль стремится играть конструктивную роль в урегулировании конфликта",
    "лавров заявил, что кремль стремится играть конструктивную роль в урегулировании конфликта",
  ])("%s -> misattributed", (claim) => {
    expectVerdict(claim, "misattributed");
  });

  it("a known speaker typed in lower case keeps his verdict", () => {
    expect(
      check("песков заявил, что кремль стремится играть конструктивную роль в урегулировании конфликта")
        .verdict,
    ).toBe("paraphrase");
  });
});
