// claims18: a Russian speaker after an opening circumstance (russian-subject.ts), a name of several words read as one
// doer (reading.ts), "put … first" (phrasal.ts), one root as adverb and noun (derivation.ts), and a frame's noun
// or a forcing verb on a claim short of a match (framed-near.ts). Claims written for this test, not the probe set's.
import { describe, expect, it } from "vitest";
import { sameDerivation } from "../../src/claims/derivation.js";
import { check } from "../helpers/claims.js";

describe("a Russian speaker after an opening circumstance", () => {
  it("gives Putin's call words to the speaker named after the circumstance: misattributed", () => {
    expect(
      check("Во время разговора с Эрдоганом Песков призвал к немедленному прекращению огня").verdict,
    ).toBe("misattributed");
    expect(check("В беседе с Эрдоганом Песков подчеркнул необходимость прекращения огня").verdict).toBe(
      "misattributed",
    );
  });

  it("keeps the passage's own speaker after the circumstance a paraphrase", () => {
    expect(
      check("Во время разговора с Эрдоганом Путин призвал к немедленному прекращению огня").verdict,
    ).toBe("paraphrase");
  });

  it("still reads another leader put in Erdogan's place as altered", () => {
    expect(check("В разговоре с Нетаньяху Путин призвал к немедленному прекращению огня").verdict).toBe(
      "altered",
    );
  });
});

describe("one root in two parts of speech", () => {
  it("joins an adverb or noun to its adjective, nothing else", () => {
    expect(sameDerivation("urgently", "urgency")).toBe(true);
    expect(sameDerivation("urgent", "urgency")).toBe(true);
    expect(sameDerivation("urgency", "urgency")).toBe(false);
    expect(sameDerivation("urgently", "emergency")).toBe(false);
    expect(sameDerivation("impartial", "partisan")).toBe(false);
  });
});

describe("putting something first", () => {
  it("reads as prioritizing it, not as 'first' against 'lasting'", () => {
    expect(
      check(
        "The article wants comprehensive approaches that put the aspirations of all parties involved first, for a lasting and just resolution.",
      ).verdict,
    ).toBe("paraphrase");
  });

  it("still finds a party put first in place of all parties", () => {
    expect(
      check("The article says inclusive approaches should put the interests of the Palestinians first.")
        .verdict,
    ).toBe("altered");
  });
});

describe("a frame's noun or a forcing verb on a claim short of a match", () => {
  it("reads another noun after 'not without' as altered even when another sentence lines up closer", () => {
    const v = check("Russia's part in the peace process is not without benefits.");
    expect(v.verdict).toBe("altered");
    expect(v.changes.map((c) => c.claimed)).toContain("benefits");
  });

  it("reads forcing a settlement for helping reach one as altered", () => {
    expect(check("Peskov says the Kremlin intends to force a settlement on the sides.").verdict).toBe(
      "altered",
    );
  });

  it("leaves news far from every passage not in the article", () => {
    expect(check("The Kremlin forced Israel to open a humanitarian corridor.").verdict).toBe(
      "not-in-article",
    );
  });
});
