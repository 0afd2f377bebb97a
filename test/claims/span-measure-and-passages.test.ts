// perf14's exact speedups of the claim check: measure without a Set per span (the same figures, to the last bit,
// as the Set-based sum it replaced), readers of the passage kept per passage text, and readers that look at the
// claim before the passage (the same change or none, whichever order).
import { describe, expect, it } from "vitest";
import { droppedAppearance, raisedMembership } from "../../src/claims/appearance.js";
import type { Word } from "../../src/claims/claim-words.js";
import { replacedContact } from "../../src/claims/contact.js";
import { replacedAfterFrame, swappedParty } from "../../src/claims/framing.js";
import type { Pair } from "../../src/claims/match.js";
import { measure } from "../../src/claims/measure.js";
import { changedParty } from "../../src/claims/parties.js";
import { perPassage } from "../../src/claims/passage-memo.js";

const word = (term: string, weight: number): Word => ({
  term,
  surface: term,
  weight,
  negated: false,
  cls: -1,
  side: -1,
  entity: false,
  parts: [term],
  at: 0,
});

/** measure as it was: a Set of the span words used, summed in the order first met. */
function measuredWithASet(pairs: Pair[], spanWords: Word[]) {
  let total = 0;
  let lined = 0;
  const used = new Set<Word>();
  for (const p of pairs) {
    total += p.claim.weight;
    if (p.span) {
      lined += p.claim.weight;
      used.add(p.span);
    }
  }
  const spanTotal = spanWords.reduce((sum, w) => sum + w.weight, 0);
  const covered = [...used].reduce((sum, w) => sum + w.weight, 0);
  return {
    containment: total === 0 ? 0 : lined / total,
    coverage: spanTotal === 0 ? 0 : covered / spanTotal,
  };
}

describe("measure", () => {
  it("gives the Set-based figures exactly, a span word lined up twice counted once", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 500; round++) {
      const span = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) =>
        word(`s${i}`, random() < 0.2 ? 0 : random() * 3),
      );
      const pairs: Pair[] = Array.from({ length: Math.floor(random() * 10) }, (_, i) => ({
        claim: word(`c${i}`, random() < 0.2 ? 0 : random() * 3),
        span: random() < 0.3 ? null : span[Math.floor(random() * span.length)]!,
        flipped: false,
      }));
      expect(measure(pairs, span)).toEqual(measuredWithASet(pairs, span));
      // Asked again (the span's total now kept): the same.
      expect(measure(pairs, span)).toEqual(measuredWithASet(pairs, span));
    }
  });
});

describe("readers kept per passage", () => {
  it("reads a passage once and answers as the reader does", () => {
    let reads = 0;
    const lengthOf = perPassage((p) => {
      reads++;
      return p.length;
    });
    expect(lengthOf("abc")).toBe(3);
    expect(lengthOf("abc")).toBe(3);
    expect(lengthOf("abcd")).toBe(4);
    expect(reads).toBe(2);
    const nothing = perPassage((p) => (p === "x" ? null : p));
    expect(nothing("x")).toBeNull();
    expect(nothing("x")).toBeNull();
  });

  it("finds the same changes on a passage read before", () => {
    const passage = "Moscow presents itself as an impartial mediator and is part of the Quartet.";
    for (let i = 0; i < 2; i++) {
      expect(droppedAppearance("Moscow is an impartial mediator", passage, new Set())?.kind).toBe("replaced");
      expect(raisedMembership("Russia leads the Quartet", passage)?.claimed).toBe("leads");
      expect(raisedMembership("Russia likes the Quartet", passage)).toBeNull();
    }
    const all = "Putin called on all parties to show restraint.";
    for (let i = 0; i < 2; i++) {
      expect(changedParty("Putin called on Israel to show restraint", all)).toEqual({
        kind: "replaced",
        claimed: "Israel",
        article: "all parties",
      });
      expect(swappedParty("Putin praised Iran", "Putin praised Israel")?.claimed).toBe("Iran");
    }
  });
});

describe("readers that look at the claim first", () => {
  it("read nothing into a claim without the word they look for", () => {
    expect(replacedContact("Putin spoke with Erdogan", "Putin had a phone call with Erdogan")).toBeNull();
    expect(replacedContact("Putin met Erdogan", "Putin had a phone call with Erdogan")?.claimed).toBe("met");
    expect(swappedParty("Putin praised the talks", "Putin praised Israel")).toBeNull();
    expect(replacedAfterFrame("a move not without risk", "a move not without controversy")?.claimed).toBe(
      "risk",
    );
    expect(replacedAfterFrame("a risky move", "a move not without controversy")).toBeNull();
  });
});
