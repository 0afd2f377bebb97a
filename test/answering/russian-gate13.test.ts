// The kinds quality-ru13 fixed, in words of our own: "согласно статье" says where the answer should come from,
// not what it is about; "к чему стремятся палестинцы" asks the Palestinians' aspirations (a plural subject's
// striving), not what Putin strives for; "дружит только с палестинцами?" restricts a relation to one side of
// the war, and the passage on both sides answers No. Guards: the Kremlin's and Putin's own striving keep their entries.
import { describe, expect, it } from "vitest";
import { onlyVerdict } from "../../src/dialogue/only-restriction.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("where the answer should come from (source-phrases.ts)", () => {
  it.each([
    ["что говорит песков согласно статье", "что говорит песков"],
    ["кто такой эрдоган согласно тексту?", "кто такой эрдоган?"],
  ])("reads '%s' as '%s'", (q, plain) => {
    const a = ask(q);
    expect(a.answered, q).toBe(true);
    expect(a.entry?.id).toBe(ask(plain).entry?.id);
  });
});

describe("the Palestinians' striving (synonyms: чаяния)", () => {
  it("answers with their aspiration to a state of their own", () => {
    const a = ask("к чему стремятся палестинцы согласно статье");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/стремление к независимому государству/);
  });

  it.each([
    ["к чему стремится кремль", /конструктивную роль/],
    ["к чему стремится Путин?", /прекращения огня/],
  ])("keeps '%s' on its own subject", (q, pattern) => {
    const a = ask(q);
    expect(a.answered, q).toBe(true);
    expect(a.answer, q).toMatch(pattern);
  });
});

describe("a relation restricted to one side of the war (only-restriction.ts)", () => {
  it("finds the passage on both sides: No", () => {
    const q = "россия дружит только с палестинцами";
    const v = onlyVerdict(q, "палестинцами", ask(q), "ru", ask);
    expect(v?.verdict).toBe("no");
  });

  it("reads a restriction that is no side of the war as before", () => {
    const q = "путин винит только сша";
    const v = onlyVerdict(q, "сша", ask(q), "ru", ask);
    expect(v?.verdict).not.toBe("no");
  });
});
