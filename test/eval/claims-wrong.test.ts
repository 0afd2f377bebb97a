import { describe, expect, it } from "vitest";
import type { ClaimVerdict } from "../../src/claims/index.js";
import type { LabelledClaim } from "../../src/eval/claims.js";
import { formatWrongClaim, wrongClaims } from "../../src/eval/claims-wrong.js";

const verdict = (kind: ClaimVerdict["verdict"]): ClaimVerdict => ({
  verdict: kind,
  claim: "",
  statement: "",
  claimedSpeaker: null,
  quotedByUser: false,
  span: { paragraph: 2, start: 0, end: 5, text: "Putin" },
  translation: null,
  exact: null,
  sources: [{ speakerId: "putin", speaker: "Vladimir Putin", role: "Russian President", voice: "reported" }],
  voice: "reported",
  changes: [{ kind: "negation", claimed: "not x", article: "x" }],
  unbacked: ["y"],
  similarity: { containment: 0.5, coverage: 0.25 },
});

describe("the misjudged claims of a labelled set (npm run claims -- --wrong)", () => {
  const labelled: LabelledClaim[] = [
    { claim: "right", expect: "altered", paragraph: 2, speaker: "putin", lang: "en" },
    { claim: "too soft", expect: "paraphrase", paragraph: 2, speaker: "putin", lang: "ru" },
    { claim: "confirmed", expect: "not-in-article", paragraph: undefined, speaker: undefined },
  ];
  const judged: Record<string, ClaimVerdict["verdict"]> = {
    right: "altered",
    "too soft": "altered",
    confirmed: "paraphrase",
  };
  const wrong = wrongClaims(labelled, (text) => verdict(judged[text]!));

  it("lists only the misjudged claims, by their place in the set, flagging a false claim confirmed", () => {
    expect(wrong.map((w) => [w.n, w.falseConfirmed])).toEqual([
      [2, false],
      [3, true],
    ]);
  });

  it("prints labelled and judged verdict, paragraph and speaker of each, the span and the evidence", () => {
    expect(formatWrongClaim(wrong[0]!)).toBe(
      [
        "#2 ru paraphrase → altered (¶2 putin → ¶2 putin)",
        "  claim: too soft",
        "  span:  Putin",
        "  containment 0.500, coverage 0.250; changes [negation:not x/x]; unbacked [y]",
      ].join("\n"),
    );
    expect(formatWrongClaim(wrong[1]!)).toMatch(
      /^FALSE CONFIRMED #3 en not-in-article → paraphrase \(¶- - →/,
    );
  });
});
