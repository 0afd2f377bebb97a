// claims37: a refused talk of the Kremlin read as its communication denied (contact-words.ts), a whole the article
// never speaks of (widened-whole.ts), the remedy of a fault prescribed or the fault itself (prescribed-remedy.ts),
// a ranking apart (added-hedge-or-comparison.ts), a success denied in Russian (russian-paraphrase.ts). Claims written
// for this test (none from a set); every new pattern on long input.
import { describe, expect, it } from "vitest";
import { withoutRanking } from "../../src/claims/added-hedge-or-comparison.js";
import { readContactWords, readRussianContactWords } from "../../src/claims/contact-words.js";
import { prescriptionsOfFault } from "../../src/claims/prescribed-remedy.js";
import { readRussianParaphrase } from "../../src/claims/russian-paraphrase.js";
import { wholeOfItsOwn } from "../../src/claims/widened-whole.js";
import { expectVerdicts } from "../helpers/claims.js";

describe("a refused talk of the Kremlin", () => {
  it("reads the denial as the passage's communication denied", () => {
    expect(readContactWords("Moscow refused to speak with the Palestinians")).toBe(
      "Moscow does not maintain communication with the Palestinians",
    );
    expect(readContactWords("the kremlin wont talk to israel")).toContain(
      "does not maintain communication with",
    );
    expect(readContactWords("Putin refused to talk to Erdogan")).not.toContain("communication");
    expect(readRussianContactWords("Москва отказалась общаться с палестинцами")).toBe(
      "Москва не поддерживает связь с палестинцами",
    );
  });

  it("alters the denial and keeps the talk", () => {
    expectVerdicts([
      ["Moscow refused to speak with the Palestinians", "altered"],
      ["Russia doesn't talk to the Israelis", "altered"],
      ["Кремль отказался общаться с палестинцами", "altered"],
      ["Кремль общается с обеими воюющими сторонами", "paraphrase"],
      ["Moscow keeps up open communication with both warring sides", "paraphrase"],
    ]);
  });
});

describe("a whole the article never speaks of", () => {
  it("names the whole whose head the passage lacks", () => {
    expect(wholeOfItsOwn("talks with the entire world", "both warring sides")).toBe("the entire world");
    expect(wholeOfItsOwn("связь со всем миром", "связь с обеими сторонами")).toBe("со всем миром");
    expect(wholeOfItsOwn("blames all Arab countries", "blame towards the United States")).toBe(
      "all arab countries",
    );
    expect(wholeOfItsOwn("связь со всем миром", "мирных усилий")).toBe("со всем миром");
    expect(wholeOfItsOwn("talks with both sides", "both warring sides")).toBeNull();
  });

  it("alters a claim widened to the whole world", () => {
    expectVerdicts([
      ["Moscow keeps open communication with the entire world", "altered"],
      ["Кремль поддерживает открытую связь с целым миром", "altered"],
      ["Moscow keeps open communication with everybody", "altered"],
      ["Putin voiced deep concern about civilian deaths around the world", "altered"],
    ]);
  });
});

describe("the remedy of a fault, or the fault itself, prescribed", () => {
  const PASSAGE =
    "Putin criticizes Washington for monopolizing peace efforts without considering compromises";
  it("tells the remedy from the fault", () => {
    expect(prescriptionsOfFault("he said Washington ought to consider compromises", PASSAGE)).toEqual([
      { word: "consider", remedy: true },
    ]);
    expect(prescriptionsOfFault("he said the US should quit monopolizing", PASSAGE)).toEqual([
      { word: "monopolizing", remedy: true },
    ]);
    expect(prescriptionsOfFault("he said the US should never consider compromises", PASSAGE)).toEqual([
      { word: "consider", remedy: false },
    ]);
    expect(prescriptionsOfFault("he said Moscow should consider compromises", PASSAGE)).toEqual([]);
  });

  it("confirms the remedy and alters the fault", () => {
    expectVerdicts([
      ["Putin said Washington ought to consider compromises acceptable to both sides", "paraphrase"],
      ["In Putin's view the US needs to address the interests of Palestinians", "paraphrase"],
      ["Putin said Washington should never consider compromises acceptable to both sides", "altered"],
      ["Putin said the US should quit considering compromises", "altered"],
      [
        "Путин полагает, что Вашингтон должен рассматривать компромиссы, приемлемые для обеих сторон",
        "paraphrase",
      ],
      [
        "Путин полагает, что Вашингтон не должен рассматривать компромиссы, приемлемые для обеих сторон",
        "altered",
      ],
      ["Путин полагает, что Вашингтону нужно игнорировать чаяния палестинцев", "altered"],
      ["In Putin's view Washington should neglect the interests of Palestinians", "altered"],
    ]);
  });
});

describe("a ranking apart", () => {
  it("reads both terms joined, then the first alone; never a figure", () => {
    expect(withoutRanking("Moscow speaks more with Hamas than with Israel")).toEqual([
      "Moscow speaks with Hamas and with Israel",
      "Moscow speaks with Hamas",
    ]);
    expect(withoutRanking("more than 500 people died")).toEqual([]);
    expect(withoutRanking("the call took longer than an hour")).toEqual([]);
  });

  it("alters a ranking of what the passage puts side by side", () => {
    expectVerdicts([["Moscow speaks more with Hamas than with Israel", "altered"]]);
  });
});

describe("a success denied in Russian", () => {
  it("reads it as the failure", () => {
    expect(readRussianParaphrase("политика вашингтона не сработала")).toBe("политика вашингтона провалилась");
    expectVerdicts([["Путин сказал, что политика Вашингтона в регионе не увенчалась успехом", "paraphrase"]]);
  });
});

describe("long input", () => {
  it("reads every new pattern in linear time", () => {
    const start = performance.now();
    readContactWords(`${"the kremlin refused to ".repeat(10000)}x`);
    readContactWords(`${"kremlin won ".repeat(10000)}x`);
    readRussianContactWords(`${"отказывается общаться ".repeat(10000)}x`);
    wholeOfItsOwn(`${"all the western ".repeat(10000)}x`, "y");
    wholeOfItsOwn(`${"со всем западным ".repeat(10000)}x`, "y");
    wholeOfItsOwn(`${"all over the ".repeat(10000)}x`, "y");
    readContactWords(`${"keeps up open ".repeat(10000)}x`);
    prescriptionsOfFault(`${"the us must not ".repeat(10000)}x`, "Putin criticizes Washington for x");
    withoutRanking(`${"more about the ".repeat(10000)}x`);
    withoutRanking(`${"closer, ".repeat(10000)}than`);
    readRussianParaphrase(`${"не удалась не ".repeat(10000)}x`);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
