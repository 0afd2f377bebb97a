// claims-r2-37: a feeling the article never reports (added-feeling.ts), a silence where the speaker's passage names
// the topic (silence-of-said.ts), "voiced" read as the article's "expresses" (phrasal.ts), remedies prescribed with
// the prescription negated or a lack word turned, and considering prescribed in Russian (prescribed-remedy.ts,
// approval-words.ts). Claims written for this test (none from a set); every new pattern on long input.
import { describe, expect, it } from "vitest";
import { feelingOfItsOwn } from "../../src/claims/added-feeling.js";
import { prescribedPractice } from "../../src/claims/approval-words.js";
import { joinPhrasalVerbs } from "../../src/claims/phrasal.js";
import { namesAll, silenceTopic } from "../../src/claims/silence-of-said.js";
import { expectVerdicts } from "../helpers/claims.js";

describe("a feeling the article never reports", () => {
  it("names anger and contentment the passage has no word for", () => {
    expect(feelingOfItsOwn("Putin is furious with Washington", "Putin criticizes Washington")).toBe(
      "furious",
    );
    expect(feelingOfItsOwn("Путин зол на Вашингтон", "Путин критикует Вашингтон")).toBe("зол");
    expect(feelingOfItsOwn("Putin is not happy with the US", "Putin blames the US")).toBeNull();
    expect(feelingOfItsOwn("Putin is worried about the casualties", "deep concern")).toBeNull();
  });

  it("alters a confirmed claim that adds one", () => {
    expectVerdicts([
      ["Putin is outraged at Washington for monopolizing peace efforts", "altered"],
      ["Путин в ярости из-за того, что Вашингтон монополизирует мирные усилия", "altered"],
      ["Putin is concerned about the growing civilian death toll in Israel and Gaza", "paraphrase"],
    ]);
  });
});

describe("a silence where the speaker's passage names the topic", () => {
  it("reads the topic's stems", () => {
    expect(silenceTopic("Putin never talked about the ceasefire")).toEqual(["cease"]);
    expect(silenceTopic("Путин умолчал о переговорах")).toEqual(["перег"]);
    expect(silenceTopic("Putin praised the ceasefire")).toBeNull();
    expect(namesAll(["cease"], "an immediate ceasefire")).toBe(true);
  });

  it("alters the silence the article contradicts and keeps the others", () => {
    expectVerdicts([
      ["Putin said nothing whatsoever about the Gaza Strip", "altered"],
      ["Путин ничего не сказал о прекращении огня", "altered"],
      ["Peskov kept quiet about the Quartet", "not-in-article"],
      ["In his remarks Putin kept silent about Russia's own part in the peace process", "paraphrase"],
    ]);
  });
});

describe("voiced as expressed", () => {
  it("rewrites the verb, not the noun", () => {
    expect(joinPhrasalVerbs("the Kremlin voiced its readiness")).toBe("the Kremlin expressed its readiness");
    expect(joinPhrasalVerbs("the voices of the Kremlin")).toBe("the voices of the Kremlin");
  });

  it("puts the Kremlin's readiness in another mouth as misattributed", () => {
    expectVerdicts([
      ["The Foreign Ministry voiced Moscow's readiness to help reach a settlement", "misattributed"],
    ]);
  });
});

describe("remedies prescribed", () => {
  it("reads a negated prescription as no practice prescribed", () => {
    expect(
      prescribedPractice("Вашингтон не должен монополизировать мирные усилия", /монопол/iu, "ru"),
    ).toBeNull();
    expect(
      prescribedPractice("Вашингтон должен монополизировать мирные усилия", /монопол/iu, "ru"),
    ).not.toBeNull();
  });

  it("agrees with the remedy and alters the fault", () => {
    expectVerdicts([
      ["Вашингтон не должен монополизировать мирные усилия", "paraphrase"],
      ["Washington must not overlook the interests of the Palestinians", "paraphrase"],
      ["США должны учесть компромиссы, приемлемые для обеих сторон", "paraphrase"],
      ["Вашингтон не должен учитывать компромиссы, приемлемые для обеих сторон", "altered"],
      ["Washington should overlook the interests of the Palestinians", "altered"],
    ]);
  });
});

describe("a short Russian place by all but its ending", () => {
  it("reads «в Газе» as the passage's Gaza Strip, and a ranking of it as altered", () => {
    expectVerdicts([
      ["Путин выразил обеспокоенность гибелью мирных жителей в Газе", "paraphrase"],
      ["Путин сильнее переживает за жертвы в Газе, чем за жертвы в Израиле", "altered"],
      ["Путин выразил обеспокоенность жертвами в Дамаске", "altered"],
    ]);
  });
});

describe("long input", () => {
  it("reads every new pattern in linear time", () => {
    const start = performance.now();
    feelingOfItsOwn(`${"not very happy ".repeat(10000)}x`, "y");
    feelingOfItsOwn(`${"в ярости зол ".repeat(10000)}x`, "y");
    silenceTopic(`${"said nothing at all ".repeat(10000)}x`);
    silenceTopic(`${"никогда не упоминал ".repeat(10000)}x`);
    joinPhrasalVerbs(`${"voiced voices ".repeat(10000)}x`);
    prescribedPractice(`${"не должны ".repeat(10000)}монополизировать`, /монопол/iu, "ru");
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
