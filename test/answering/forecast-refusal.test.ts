// A forecast refused whole carries its kind on the Answer (refusedAs), and findAnswer reads that instead of asking
// future-outcome.ts again: the message is not read in pieces.
import { describe, expect, it } from "vitest";
import { realEngine as engine } from "../helpers/engine.js";

describe("a forecast refusal", () => {
  it("is marked as a forecast, and other refusals are not", () => {
    const forecast = engine.findAnswer("will the truce last?");
    expect(forecast.reason).toBe("out-of-scope");
    expect(forecast.refusedAs).toBe("forecast");
    const other = engine.findAnswer("what is the price of bitcoin?");
    expect(other.answered).toBe(false);
    expect(other.refusedAs).toBeUndefined();
    expect(engine.findAnswer("who did putin call?").refusedAs).toBeUndefined();
  });
  it("stands for the whole message: a question after it is not answered instead", () => {
    const a = engine.findAnswer(
      "will the ceasefire hold, and by the way who did putin call about the violence?",
    );
    expect(a.answered).toBe(false);
    expect(a.refusedAs).toBe("forecast");
    expect(a.readAs).toBeUndefined();
  });
});
