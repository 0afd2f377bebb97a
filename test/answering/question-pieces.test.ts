// The engine finds the question inside a long message refused as a whole, and says which part it read.
import { describe, expect, it } from "vitest";
import { realEngine as engine } from "../helpers/engine.js";

describe("a long message's question, found by the engine", () => {
  it("answers the question closing a story and names the part it read", () => {
    const a = engine.findAnswer(
      "sorry if this is a dumb question, im not into politics at all and my english is not great, but i saw something about a phone call and i wonder who the russian president talked to",
      "en",
    );
    expect(a.answered).toBe(true);
    expect([a.answer, ...a.quotes.map((q) => q.text)].join(" ")).toContain("Erdogan");
    expect(a.readAs).toBe("who the russian president talked to");
  });

  it("a short question is read whole (no readAs)", () => {
    expect(engine.findAnswer("who did putin call?", "en").readAs).toBeUndefined();
  });

  it("an off-topic question inside an on-topic story is still refused", () => {
    const a = engine.findAnswer(
      "long day at work, the news is depressing, everyone argues about russia, so tell me, what is the weather going to be like in moscow tomorrow?",
      "en",
    );
    expect(a.answered).toBe(false);
  });
});
