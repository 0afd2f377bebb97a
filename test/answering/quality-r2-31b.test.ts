// Wave AR's Russian engine misses (quality-r2-31b), in wordings of our own, through the word steps and the engine:
// a ceasefire asked with the warring sides named («перемирие между X и Y»), a bare «министерство»/«ведомство» (the
// article's one ministry is the Foreign Ministry), «координировать действия», why the article mentions something.
// Off-story neighbours of each kind stay refused.
import { describe, expect, it } from "vitest";
import { withBareMinistryAsForeign } from "../../src/answering/russian/bare-ministry.js";
import { withoutCoordinatedActions } from "../../src/answering/russian/coordinated-actions.js";
import { withoutMentionWhy } from "../../src/answering/russian/mention-why.js";
import { withoutTruceSides } from "../../src/answering/russian/truce-between.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : null;
};
const words = (s: string) => s.split(" ");

describe("word steps of quality-r2-31b", () => {
  it("drops the sides after a ceasefire's «между», and only there", () => {
    expect(withoutTruceSides(words("кремль за перемирие между израильтянами и хамасом"))).toEqual(
      words("кремль за перемирие"),
    );
    expect(withoutTruceSides(words("прекращение огня между ними и путиным"))).toEqual(
      words("прекращение огня и путиным"),
    );
    const agreed = words("договорились ли израиль и хамас о перемирии");
    expect(withoutTruceSides(agreed)).toBe(agreed);
    const clash = words("бои между израилем и хамасом");
    expect(withoutTruceSides(clash)).toBe(clash);
  });
  it("reads a bare ministry as the Foreign Ministry, not one named by its field or country", () => {
    expect(withBareMinistryAsForeign("Какое ведомство названо в тексте?")).toBe("какое мид названо в тексте");
    expect(withBareMinistryAsForeign("что сказало министерство обороны")).toBe(
      "что сказало министерство обороны",
    );
    expect(withBareMinistryAsForeign("израильское министерство что говорит")).toBe(
      "израильское министерство что говорит",
    );
    expect(withBareMinistryAsForeign("министерство иностранных дел")).toBe("министерство иностранных дел");
  });
  it("drops «действия» beside a word of coordinating only", () => {
    expect(withoutCoordinatedActions(words("кто хочет координировать свои действия в регионе"))).toEqual(
      words("кто хочет координировать в регионе"),
    );
    const other = words("действия израиля в газе");
    expect(withoutCoordinatedActions(other)).toBe(other);
  });
  it("drops the article's mention verb from a why, not an omission", () => {
    expect(withoutMentionWhy(words("для чего в тексте фигурирует квартет"))).toEqual(
      words("для чего в тексте квартет"),
    );
    expect(withoutMentionWhy(words("с какой целью статья упоминает эрдогана"))).toEqual(
      words("зачем статья эрдогана"),
    );
    const omitted = words("почему в статье не упомянута турция");
    expect(withoutMentionWhy(omitted)).toBe(omitted);
  });
});

describe("the engine on quality-r2-31b's kinds", () => {
  it("answers the ceasefire with the sides named", () => {
    expect(entryOf("настаивает ли путин на перемирии между израилем и хамасом")).toBe("ceasefire-call");
  });
  it("answers which ministry from a bare word and refuses another ministry", () => {
    expect(entryOf("о каком министерстве идёт речь в статье")).toBe("foreign-ministry-position");
    expect(entryOf("что говорит министерство обороны израиля")).toBeNull();
  });
  it("answers who wants the regional players' actions coordinated", () => {
    expect(entryOf("кто хочет, чтобы региональные игроки координировали свои действия")).toBe(
      "foreign-ministry-position",
    );
  });
  it("answers why the former citizens come up and refuses one the article never names", () => {
    expect(entryOf("к чему в тексте упомянуты бывшие граждане россии")).toBe("russia-israel-ties");
    expect(entryOf("зачем в статье упомянут макрон")).toBeNull();
  });
});
