import { describe, expect, it } from "vitest";
import { withoutReplacedViolence } from "../../src/answering/instead-of.js";
import { realEngine as engine } from "../helpers/engine.js";

describe("the violence a want would replace is not the topic (instead-of.ts)", () => {
  it("takes the replaced violence off", () => {
    expect(withoutReplacedViolence("what does he want instead of all the killing?")).toBe(
      "what does he want?",
    );
    expect(withoutReplacedViolence("rather than war, what is russia after")).toBe("what is russia after");
    expect(withoutReplacedViolence("what would peskov like to see in place of the clashes")).toBe(
      "what does peskov want",
    );
  });
  it("leaves a replaced thing that is not the violence, and questions without one", () => {
    expect(withoutReplacedViolence("does putin blame the us instead of hamas?")).toBe(
      "does putin blame the us instead of hamas?",
    );
    expect(withoutReplacedViolence("where is the fighting")).toBe("where is the fighting");
  });
  it("finds what Putin wants", () => {
    const a = engine.findAnswer("putin wants what, as opposed to more war?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/ceasefire/i);
  });
});
