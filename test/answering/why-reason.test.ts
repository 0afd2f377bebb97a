import { describe, expect, it } from "vitest";
import { realEngine as engine } from "../helpers/engine.js";

describe("a why or how question gets the reason, never a yes/no card (why-reason.ts)", () => {
  it("answers why Russia can talk to both sides with its ties to both, not 'Yes.'", () => {
    for (const q of [
      "why is the kremlin able to speak with both sides?",
      "why does moscow say it can talk to both sides",
      "how is russia able to talk to both sides",
    ]) {
      const a = engine.findAnswer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).not.toMatch(/^(?:Yes|No)\./);
      expect(a.answer, q).toMatch(/impartial|mediator|ties|relationships/);
    }
  });
  it("answers why Russia stays neutral with how it presents itself, not 'the article gives no verdict'", () => {
    const a = engine.findAnswer("how does moscow stay neutral?");
    expect(a.entry?.id).toBe("russia-impartial-mediator");
    expect(engine.findAnswer("is russia neutral?").entry?.id).toBe("is-russia-neutral");
  });
  it("drops the verdict when a yes/no card is the only fit", () => {
    const a = engine.findAnswer("why does putin want a ceasefire so badly");
    expect(a.answered).toBe(true);
    expect(a.answer).not.toMatch(/^Yes\./);
    expect(a.answer).toMatch(/ceasefire/);
  });
  it("keeps the verdict of a yes/no question and a how-much question", () => {
    expect(engine.findAnswer("does the kremlin talk to both sides?").answer).toMatch(/^Yes\./);
    expect(engine.findAnswer("is russia in contact with both sides").answer).toMatch(/^Yes\./);
  });
  it("reads 'how does X justify' and 'the reasoning behind' as why", () => {
    const a = engine.findAnswer("how does moscow justify presenting itself as a go-between?");
    expect(a.answered).toBe(true);
    expect(a.entry?.id).toMatch(/impartial-mediator|is-russia-neutral/);
    const b = engine.findAnswer("what's the reasoning behind putin blaming washington");
    expect(b.entry?.id).toMatch(/putin-blames-us|us-policy-failure|putin-on-us/);
  });
});
