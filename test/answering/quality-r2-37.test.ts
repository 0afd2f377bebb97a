// quality-r2-37's kind, in wordings of our own: an owned point is not owned when the question adds a party, a cause,
// a scope or a time the card does not give (owned-scope.ts, one check for every point), and the card's own "Yes."
// goes with it; a modal "could it spread?" asks a forecast, not the fears. The probes' floors (probes-en77,
// probes-ru77: most lines "either", a refusal being no false verdict) are pinned here, the check stays linear.
import { describe, expect, it } from "vitest";
import { addsToCard } from "../../src/answering/owned-scope.js";
import { ownedVerdict } from "../../src/answering/owned-verdict.js";
import { itHoldsProbeFloors, opening } from "../helpers/probe-floors.js";

describe("an owned point extended beyond its card", () => {
  it("keeps the plain point's verdict", () => {
    expect(opening("does putin blame washington?")).toBe("Yes.");
    expect(opening("is moscow linked to hamas?")).toBe("Yes.");
    expect(opening("путин за перемирие?")).toBe("Да.");
    expect(opening("does putin commend america?")).toBe("No.");
  });
  it("owns no verdict on a narrowed scope", () => {
    expect(opening("does putin fault the united states alone?")).not.toBe("Yes.");
    expect(opening("путин обвиняет исключительно америку?")).not.toBe("Да.");
  });
  it("owns no verdict on a party the card does not name", () => {
    expect(opening("did putin ring erdogan and biden?")).not.toBe("Yes.");
    expect(opening("does putin want a palestinian state led by hamas?")).not.toBe("Yes.");
  });
  it("reads the conflict's two sides as a pair as the conflict, not a party added", () => {
    expect(opening("is putin for a truce between the israelis and hamas?")).toBe("Yes.");
    expect(opening("путин за прекращение огня между израилем и палестинцами?")).toBe("Да.");
    expect(opening("is the kremlin ready to help resolve the war in gaza?")).toBe("Yes.");
  });
  it("owns no verdict on a cause the card does not give, and drops the card's own Yes", () => {
    expect(opening("are russia and israel tied because of gas deals?")).not.toBe("Yes.");
    expect(opening("россия называет себя нейтральной ради денег?")).not.toBe("Да.");
  });
  it("keeps a cause the card gives", () => {
    expect(opening("does russia have ties with israel because of the former russian citizens there?")).toBe(
      "Yes.",
    );
  });
  it("owns no verdict on a time the card does not give", () => {
    expect(opening("did putin speak with erdogan last week?")).not.toBe("Yes.");
    expect(opening("путин говорил с эрдоганом вчера?")).not.toBe("Да.");
  });
  it("reads a modal spread as a forecast, a feared spread as the fears", () => {
    expect(opening("might the fighting spread further?")).not.toBe("Yes.");
    expect(opening("is there a danger the fighting spreads further?")).toBe("Yes.");
  });
  it("checks only when the card's text is given", () => {
    expect(ownedVerdict("did putin call erdogan yesterday?", "en", "putin-erdogan-call")?.verdict).toBe(
      "yes",
    );
    expect(ownedVerdict("did putin call erdogan yesterday?", "en", "putin-erdogan-call", () => "")).toBe(
      null,
    );
  });
});

describe("the probes of the kind (first run on round1s37: en 24/31, ru 20/30)", () => {
  itHoldsProbeFloors([
    ["probes-en77.jsonl", 0.96, 0.8],
    ["probes-ru77.jsonl", 0.9, 0.8],
  ]);
});

describe("the added-words check stays linear on long input", () => {
  const card = "Putin blames the United States for a failed policy. ".repeat(40);
  it.each([
    "a ".repeat(2048),
    `does putin blame ${"the us ".repeat(1000)}for everything`,
    `путин винит ${"сша ".repeat(1000)}в провале`,
    `because ${"oil ".repeat(2000)}`,
    `between ${"israel and ".repeat(1000)}hamas`,
    `${"israel-".repeat(1000)}gaza war`,
    `blame${"x".repeat(4000)} for ${"y".repeat(4000)}`,
  ])("%#", (s) => {
    const started = performance.now();
    addsToCard(s, card);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
