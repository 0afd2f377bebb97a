// The kinds quality-ru31 fixed, in words of our own: a count of points without "в" as the size of a summary; an
// audience ("как для пенсионера") as glue beside a topic; Russia's view of the war named by its sides; the
// imperfective in -щать read as its perfective; a transliterated word's dropped final soft sign; one group
// ("в одном формате") as the Quartet; talking directly as direct dialogue; praise of the US in Putin's voice; what
// Russia offers against the spread. Guards: a party or place the article never names stays refused.
import { describe, expect, it } from "vitest";
import { withDirectTalk } from "../../src/answering/russian/direct-talk.js";
import { fromTranslit } from "../../src/answering/russian/normalise.js";
import { asRussianOneGroup } from "../../src/answering/russian/one-group.js";
import { asRussianOppositeSupport } from "../../src/answering/russian/opposite-support.js";
import { asRussianSpreadPrevention } from "../../src/answering/russian/spread-prevention.js";
import { russianVerbVariant } from "../../src/answering/russian/verb-forms.js";
import { withoutWarSides } from "../../src/answering/russian/war-named-by-sides.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? (a.entry?.id ?? null) : a.kind) : null;
};

describe("a count of points as the size of a summary (russian/brevity.ts)", () => {
  it("asks for the story in brief, in either order, with or without 'в'", () => {
    expect(entryOf("кратко о статье, тезиса четыре")).toBe("summary");
    expect(entryOf("суть в 3 пунктах")).toBe("summary");
    expect(entryOf("главное, два пункта")).toBe("summary");
    expect(entryOf("summary по русски, пунктов пять")).toBe("summary");
  });

  it("beside a name the article never uses, stays refused", () => {
    expect(entryOf("три пункта про трампа")).toBe(null);
  });
});

describe("an audience as glue beside a topic (russian/audience.ts)", () => {
  it("leaves the topic's answer sure", () => {
    expect(entryOf("объясни для школьника, что кремль думает о войне")).toBe("russia-position");
    expect(entryOf("как для чайника: кого винит путин")).toBe("putin-blames-us");
  });

  it("alone still asks for the story in brief", () => {
    expect(entryOf("объясни как для бабули")).toBe("summary");
  });
});

describe("Russia's view of the war named by its sides (russian/war-named-by-sides.ts)", () => {
  it("is Russia's position", () => {
    expect(entryOf("как москва смотрит на войну между израилем и хамасом")).toBe("russia-position");
    expect(entryOf("позиция кремля по конфликту израиля и палестинцев")).toBe("russia-position");
  });

  it("keeps the sides when whose side Russia takes is asked", () => {
    const q = "на чьей стороне россия в войне израиля и хамаса";
    expect(withoutWarSides(q)).toBe(q);
    expect(entryOf(q)).toBe("is-russia-neutral");
  });

  it("leaves another war as typed, so it stays refused", () => {
    expect(entryOf("что россия думает о войне в сирии")).toBe(null);
  });
});

describe("the imperfective in -щать (russian/verb-forms.ts)", () => {
  it("is read as its perfective", () => {
    expect(russianVerbVariant("прекращать")).toBe("прекратить");
    expect(russianVerbVariant("прекращаются")).toBe("прекратить");
    expect(russianVerbVariant("прекращение")).toBe(null);
    expect(entryOf("путин хочет, чтобы стрельбу прекращали сразу?")).toBe("ceasefire-call");
  });
});

describe("a transliterated word's dropped final soft sign (russian/translit-endings.ts)", () => {
  it("comes back where only with it the word is Russian", () => {
    expect(fromTranslit("prekrashchat ogon")).toBe("прекращать огон");
    expect(fromTranslit("shtat")).toBe("штат");
    expect(entryOf("nuzhno li prekrashchat ogon, po mneniyu putina")).toBe("ceasefire-call");
  });
});

describe("one group as the Quartet (russian/one-group.ts)", () => {
  it("is the Quartet's members", () => {
    expect(entryOf("с кем москва была в одной связке по израилю и палестине")).toBe("quartet-members");
    expect(asRussianOneGroup("россия в одном формате с оон?")).toBe("россия в квартете с оон");
  });

  it("needs a party of the story", () => {
    expect(asRussianOneGroup("в одном формате с друзьями")).toBe("в одном формате с друзьями");
  });
});

describe("talking directly as direct dialogue (russian/direct-talk.ts)", () => {
  it("is the Foreign Ministry's call", () => {
    expect(entryOf("мид за то, чтобы израильтяне и палестинцы беседовали напрямую?")).toBe(
      "foreign-ministry-position",
    );
    expect(withDirectTalk("пусть напрямую говорят")).toBe("пусть вели прямой диалог");
  });

  it("of a pair the article never names stays refused", () => {
    expect(entryOf("мид хочет, чтобы индия и пакистан общались напрямую?")).toBe(null);
  });
});

describe("praise of the US in Putin's voice (russian/opposite-support.ts)", () => {
  it("is his view of US policy", () => {
    expect(entryOf("путин говорит, что вашингтон блестяще справляется?")).toBe("putin-on-us");
    expect(entryOf("путин похвалил американцев?")).toBe("putin-on-us");
  });

  it("leaves a negated praise and the US praising Putin as typed", () => {
    expect(asRussianOppositeSupport("путин сказал что сша не справляются хорошо?")).toBe(
      "путин сказал что сша не справляются хорошо?",
    );
    expect(asRussianOppositeSupport("сша хвалят путина?")).toBe("сша хвалят путина?");
  });

  it("of a party the article never names stays refused", () => {
    expect(entryOf("путин хвалит индию?")).toBe(null);
  });
});

describe("what Russia offers against the spread (russian/spread-prevention.ts)", () => {
  it("is the Foreign Ministry's position", () => {
    expect(entryOf("как москва хочет не допустить, чтобы война расползлась по региону?")).toBe(
      "foreign-ministry-position",
    );
    expect(
      entryOf(
        "слышал, что всё может перерасти в войну на весь ближний восток. что кремль предлагает, чтобы этого не было?",
      ),
    ).toBe("foreign-ministry-position");
  });

  it("leaves Putin's own proposals and a fear without a proposal as typed", () => {
    const putin = "что путин предлагает, чтобы война не расползлась?";
    expect(asRussianSpreadPrevention(putin)).toBe(putin);
    const fear = "боятся ли в россии, что война перекинется на регион?";
    expect(asRussianSpreadPrevention(fear)).toBe(fear);
  });
});
