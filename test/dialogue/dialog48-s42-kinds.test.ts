// dialog48 (session 42): dialogues112's leftovers — the Kremlin's stance asked yes/no is Russia's Yes on the same
// entry (kremlin-stance.ts); a bare restriction after an answer made of a voice's quotes reads those quotes
// (restriction-on-quotes.ts); a country asked alone, whose one person the article never quotes, is asked of that
// person, "doesn't say" only (party-person.ts). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { lastVerdict } from "../helpers/dialogue.js";

describe("the Kremlin's stance asked yes/no", () => {
  it("takes Russia's Yes, first or by 'it' after the Kremlin, in both languages", () => {
    expect(lastVerdict(["does the kremlin support a palestinian state?"])).toBe("yes");
    expect(
      lastVerdict(["what is the kremlin's stance?", "does it back an independent palestinian state?"]),
    ).toBe("yes");
    expect(lastVerdict(["is the kremlin in favour of a palestinian state?"])).toBe("yes");
    expect(lastVerdict(["кремль за независимое палестинское государство?"], "ru")).toBe("yes");
    expect(lastVerdict(["поддерживает ли кремль палестинское государство?"], "ru")).toBe("yes");
  });
  it("lends no Yes that Russia's question does not get", () => {
    expect(lastVerdict(["does the kremlin support hamas?"])).toBe("not-said");
    expect(lastVerdict(["does the kremlin back israel?"])).not.toBe("yes");
  });
});

describe("a restriction after a voice's quotes", () => {
  it("is No where the quotes name more than the place", () => {
    const turns = ["how many civilians have died so far?", "what did putin say about them then?"];
    expect(lastVerdict([...turns, "in gaza only?"])).toBe("no");
    expect(lastVerdict([...turns, "only in israel?"])).toBe("no");
    expect(
      lastVerdict(["сколько мирных жителей погибло?", "а что сказал об этом путин?", "только в газе?"], "ru"),
    ).toBe("no");
  });
  it("gives no verdict from the quotes' silence", () => {
    const turns = ["how many civilians have died so far?", "what did putin say about them then?"];
    expect(lastVerdict([...turns, "only in lebanon?"])).not.toBe("no");
  });
});

describe("a country asked alone whose one person the article never quotes", () => {
  it("is doesn't say, as for the person, in both languages and after any context", () => {
    const kremlin = ["what role does the kremlin want to play?", "who said that?"];
    expect(lastVerdict([...kremlin, "does turkey want to be a mediator?"])).toBe("not-said");
    expect(lastVerdict(["does turkey want to mediate?"])).toBe("not-said");
    expect(
      lastVerdict(
        ["Какую роль хочет играть Кремль?", "кто это заявил?", "а турция хочет быть посредником?"],
        "ru",
      ),
    ).toBe("not-said");
    expect(lastVerdict(["турция готова стать посредником?"], "ru")).toBe("not-said");
  });
  it("keeps the country's own verdicts", () => {
    expect(lastVerdict(["is turkey in the quartet?"])).toBe("no");
  });
});
