// dialog-r2-33 (session 33, round 2): yes/no verdicts — Yes where the evidence says it in other words, everyone's
// approval of Russia's part against "not without controversy", one side asked as the only one.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answering/types.js";
import { onlyOneSideVerdict } from "../../src/dialogue/only-one-side.js";
import { inPassageReading } from "../../src/dialogue/passage-paraphrase.js";
import { lastVerdict } from "../helpers/dialogue.js";

describe("Yes in other words", () => {
  it("reads compromises suiting both sides as the passage's 'acceptable to both sides'", () => {
    expect(inPassageReading("did he say compromises have to suit both sides")).toBe(
      "did he say compromises have to be acceptable to both sides",
    );
    expect(
      lastVerdict([
        "did putin criticise washington",
        "for what",
        "did he say a compromise must work for both sides?",
      ]),
    ).toBe("yes");
  });
  it("reads the surge as proof in the passage's words", () => {
    expect(inPassageReading("does putin think the violence proves it")).toBe(
      "does putin see the violence as a clear indication of it",
    );
    expect(
      lastVerdict(["what does putin think of us policy?", "does he see the bloodshed as evidence of that?"]),
    ).toBe("yes");
  });
  it("reads 'says it's neutral' as the self-image, of its own presenter only", () => {
    expect(lastVerdict(["does russia say its a neutral player"])).toBe("yes");
    expect(lastVerdict(["does erdogan say hes a neutral player"])).not.toBe("yes");
  });
});

describe("everyone's approval of Russia's part", () => {
  it("is No on the controversy, the party named or pointed back at", () => {
    expect(
      lastVerdict(["is russia a neutral player?", "is everyone ok with russia being involved tho"]),
    ).toBe("no");
    expect(
      lastVerdict(["what is russia's role in the peace process?", "does everybody agree with that?"]),
    ).toBe("no");
    expect(lastVerdict(["россия хочет быть посредником?", "а это все одобряют?"], "ru")).toBe("no");
  });
  it("is not read without a party or a pointer to one", () => {
    expect(lastVerdict(["does putin want a ceasefire?", "is everyone ok with that?"])).not.toBe("no");
  });
});

const casualties = {
  answered: true,
  answer:
    "Putin expressed deep concern over the rising number of civilian casualties in both Israel and the Gaza Strip.",
  quotes: [],
} as unknown as Answer;

describe("one side asked as the only one", () => {
  it("is No where the casualties evidence names both", () => {
    expect(onlyOneSideVerdict("is it only israeli victims he cares about", casualties, "en")).toBe("no");
    expect(onlyOneSideVerdict("он только за израиль переживает", casualties, "ru")).toBe("no");
    expect(
      lastVerdict(["путин переживает за мирных жителей?", "он только за израиль переживает?"], "ru"),
    ).toBe("no");
  });
  it("leaves either-or questions and other evidence alone", () => {
    expect(onlyOneSideVerdict("is he worried about israel too or only gaza", casualties, "en")).toBeNull();
    const other = { ...casualties, answer: "Putin blames the United States." } as Answer;
    expect(onlyOneSideVerdict("does he only blame israel", other, "en")).toBeNull();
  });
  it("stays linear on long input", () => {
    const long = `${"only israel ".repeat(20000)}?`;
    const start = performance.now();
    onlyOneSideVerdict(long, casualties, "en");
    inPassageReading(`does he think ${"the violence ".repeat(20000)}proves it`);
    inPassageReading(`${"suit both ".repeat(20000)}sides`);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("everyone's approval, not a party's contacts with everyone", () => {
  it("leaves 'friends with everyone' and 'keeps contact' to the other readers", () => {
    expect(
      lastVerdict(["москва со всеми дружит, кремль правда поддерживает связь с обеими сторонами?"], "ru"),
    ).not.toBe("no");
  });
});

describe("the US and a Palestinian state, as Putin tells it", () => {
  // Revised by dialog46b (session 42): the article gives Putin's charge of a failure to address the aspiration, not the
  // US's stance — its own stance doesn't say, Putin's view of it is No.
  it("is doesn't say of the US's own stance, No of Putin's view of it, in both languages", () => {
    expect(lastVerdict(["путин за палестинское государство?", "а сша?"], "ru")).toBe("not-said");
    expect(lastVerdict(["is the us for a palestinian state?"])).toBe("not-said");
    expect(
      lastVerdict(["путин за палестинское государство?", "а по его мнению сша это поддерживают?"], "ru"),
    ).toBe("no");
    expect(
      lastVerdict([
        "does putin support a palestinian state?",
        "has the us done enough for that, in his view?",
      ]),
    ).toBe("no");
  });
  it("leaves blame of the US to its own readers", () => {
    expect(lastVerdict(["does putin blame the us for all this?"])).toBe("yes");
  });
});
