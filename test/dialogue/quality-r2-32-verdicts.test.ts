// quality-r2-32: a Russian voice's support of what the article has it call for is Yes (support-asked.ts); a word
// against, a negation or "only" leaves it to the other readers. Own wordings; the sets' lines are pinned in
// test/questions.
import { describe, expect, it } from "vitest";
import { supportVerdict } from "../../src/dialogue/support-asked.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectFast } from "../helpers/long-input.js";

describe("a voice's support of its own demand", () => {
  it("is Yes for the thing it calls for", () => {
    expect(lastVerdict(["would putin be happy with the palestinians having a state of their own?"])).toBe(
      "yes",
    );
    expect(lastVerdict(["does russia back an independent palestinian state"])).toBe("yes");
    expect(lastVerdict(["is putin in favour of a truce"])).toBe("yes");
    // The first Russian chat of the file loads the Russian readers: slow on a loaded machine.
  }, 60_000);
  it("in Russian too", () => {
    expect(lastVerdict(["москва выступает за прекращение огня?"], "ru")).toBe("yes");
    expect(lastVerdict(["высказывается ли путин за палестинское государство"], "ru")).toBe("yes");
    expect(lastVerdict(["мид россии выступает за прямой диалог палестинцев и израиля?"], "ru")).toBe("yes");
  }, 60_000);
  it("is still No against it", () => {
    expect(lastVerdict(["is putin opposed to a palestinian state?"])).toBe("no");
    expect(lastVerdict(["путин выступает против перемирия?"], "ru")).toBe("no");
  }, 60_000);
  it("gives no Yes for another thing, a negation or 'only'", () => {
    const answer = (id: string) => ({ answered: true, entry: { id } }) as never;
    expect(supportVerdict("does putin support hamas", answer("russia-palestinian-ties"), "en")).toBeNull();
    expect(supportVerdict("doesn't putin support a ceasefire", answer("ceasefire-call"), "en")).toBeNull();
    expect(
      supportVerdict("does putin support a ceasefire only in gaza", answer("ceasefire-call"), "en"),
    ).toBeNull();
    expect(supportVerdict("does biden support a ceasefire", answer("ceasefire-call"), "en")).toBeNull();
    expect(
      supportVerdict("does putin support a palestinian state", answer("ceasefire-call"), "en"),
    ).toBeNull();
  });
  it("stays linear on long input", () => {
    const answer = { answered: true, entry: { id: "ceasefire-call" } } as never;
    for (const s of [
      "does putin ".repeat(15),
      `is ${"putin ".repeat(30)}`,
      "путин выступает за ".repeat(8),
    ]) {
      expectFast(() => {
        supportVerdict(s, answer, "en");
      }, 500);
    }
  });
});
