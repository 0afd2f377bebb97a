// The kinds quality-ru16 fixed, in words of our own: a voice after "если верить" ("если верить Путину" read the verb
// as an unknown name and refused), a failure put on a name the article never holds. Guards: the US's failure
// with the voice, "если верить статье" still a source phrase.
import { describe, expect, it } from "vitest";
import { asksOthersFailure } from "../../src/answering/russian/whose-failure.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("a voice after 'если верить' (source-phrases.ts)", () => {
  it.each([
    "в чём провал штатов в регионе, если верить путину",
    "если верить путину, в чём провал вашингтона",
  ])("answers '%s' with the US's failure", (q) => {
    const a = ask(q);
    expect(a.kind).toBe("entry");
    expect(JSON.stringify(a)).toMatch(/failure of US policy|failed policy/);
  });

  it("keeps 'если верить статье' a source phrase", () => {
    expect(ask("кто такой песков, если верить статье?").kind).toBe("entry");
  });
});

describe("a failure put on a name the article never holds (whose-failure.ts)", () => {
  it("refuses a failure put on an unknown name", () => {
    expect(asksOthersFailure(["=провал", "=ближний_восток"], ["китая"])).toBe(true);
    expect(ask("в чём провал Китая на Ближнем Востоке?").kind).not.toBe("entry");
  });

  it("keeps the US's failure, named or not", () => {
    expect(asksOthersFailure(["=провал", "=сша"], ["китая"])).toBe(false);
    expect(asksOthersFailure(["=провал"], [])).toBe(false);
  });
});
