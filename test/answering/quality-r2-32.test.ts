// quality-r2-32's kinds, in wordings of our own: a party's position asked with a register word ("official",
// "government's"), a summary asked of one voice's position, plain support of a Russian voice's own demand
// («выступает за», «высказывается за», «поддерживает»), the danger of the escalation. Each reader stays linear on long input.
import { describe, expect, it } from "vitest";
import { asOfficialPosition } from "../../src/answering/official-position.js";
import { asOkWith } from "../../src/answering/ok-with.js";
import { asRussianFearedEscalation } from "../../src/answering/russian/feared-escalation.js";
import { asRussianOwnDemand } from "../../src/answering/russian/own-demand.js";
import { asRussianVoiceSummary } from "../../src/answering/russian/voice-summary.js";
import { asVoiceSummary } from "../../src/answering/voice-summary.js";
import { asPeaceWanted } from "../../src/answering/wants-peace.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectEachInputFast } from "../helpers/long-input.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `-${a.reason}`;
};

describe("a party's position asked with a register word", () => {
  it("reads the register off", () => {
    expect(asOfficialPosition("what is the official position of egypt on the war")).toBe(
      "what is egypt's position on the war",
    );
    expect(asOfficialPosition("the official jordanian view?")).toBe("the jordanian view?");
    expect(asOfficialPosition("what's russia's official line")).toBe("what's russia's position");
    expect(asOfficialPosition("which official is peskov")).toBe("which official is peskov");
  });
  it.each([
    "what's the official stance of qatar on gaza",
    "what is japan's government position on the fighting",
    "the official korean reaction to the war?",
    "what's beijing's official take on hamas",
  ])("refuses a party the article never names: %s", (q) => {
    expect(entryOf(q)).toMatch(/^-/);
  });
  it("leaves Russia's own position and a named party's gap", () => {
    expect(entryOf("what's moscow's official stance on the fighting")).toBe("russia-position");
    // Hamas's gap entry: the article reports no statement of Hamas (a gap answers as "not in the article").
    expect(entryOf("what's hamas's official position on the war")).toMatch(/hamas-statement|-not-in-article/);
  });
});

describe("a summary asked of one voice's position", () => {
  it("reads it as that voice's position", () => {
    expect(asVoiceSummary("please sum up the kremlin's view on the crisis quickly")).toBe(
      "what is the kremlin's view on the crisis",
    );
    expect(asVoiceSummary("summarize the article")).toBe("summarize the article");
    expect(asRussianVoiceSummary("коротко изложи точку зрения путина по газе")).toBe(
      "какова позиция путина по газе",
    );
    expect(asRussianVoiceSummary("перескажи позицию статьи")).toBe("перескажи позицию статьи");
  });
  it.each([
    [
      "give me a short rundown of putin's position on the violence",
      /russia-position|what-putin-wants|us-policy-failure/,
    ],
    ["вкратце опиши позицию путина", /what-putin-wants|russia-position/],
  ])("%s", (q, entry) => {
    expect(entryOf(q)).toMatch(entry);
  });
  it("refuses a voice the article never quotes", () => {
    expect(entryOf("summarize macron's stance on the war quickly")).toMatch(/^-/);
    expect(entryOf("кратко перескажи позицию макрона")).toMatch(/^-/);
  });
});

describe("plain support of a voice's own demand", () => {
  it("reads «за» forms as the demand", () => {
    expect(asRussianOwnDemand("москва выступает за прекращение огня?")).toBe(
      "призывает ли путин к прекращению огня",
    );
    expect(asRussianOwnDemand("одобряет ли путин перемирие")).toBe("призывает ли путин к прекращению огня");
    expect(asRussianOwnDemand("путин высказывается за независимое палестинское государство?")).toBe(
      "поддерживает ли путин создание палестинского государства",
    );
    expect(asRussianOwnDemand("путин выступает за санкции?")).toBe("путин выступает за санкции?");
  });
  it("reads 'advocate' and 'push for' peace as wanting a ceasefire", () => {
    expect(asPeaceWanted("does moscow advocate a truce")).toBe("does moscow want a ceasefire");
    expect(asPeaceWanted("is the kremlin pushing for peace talks")).toBe(
      "is the kremlin pushing for peace talks",
    );
  });
  it.each([
    ["рф поддерживает перемирие?", /ceasefire-call/],
    ["высказывается ли мид за прямой диалог", /foreign-ministry-position/],
    ["does moscow advocate a ceasefire", /ceasefire-call/],
  ])("%s", (q, entry) => {
    expect(entryOf(q)).toMatch(entry);
  });
});

describe("a voice ok with what it calls for", () => {
  it("reads it as its support, the US left as typed", () => {
    expect(asOkWith("would moscow be fine with a palestinian state?")).toBe(
      "does moscow support a palestinian state?",
    );
    expect(asOkWith("is putin happy with the us")).toBe("is putin happy with the us");
  });
});

describe("the danger of the escalation", () => {
  it.each(["в чем риск эскалации", "почему опасно обострение", "какая угроза от эскалации насилия"])(
    "%s",
    (q) => {
      expect(entryOf(q)).toBe("crisis-spread-fears");
    },
  );
  it("keeps a danger for someone named as typed", () => {
    expect(asRussianFearedEscalation("чем опасна эскалация для россии")).toBe(
      "чем опасна эскалация для россии",
    );
  });
});

describe("quality-r2-32's readers stay linear on long input", () => {
  const inputs = [
    "a ".repeat(2048),
    "official ".repeat(500),
    `the position of ${"the ".repeat(45)}`,
    `summarize ${"putin's ".repeat(22)}`,
    `кратко ${"кратко ".repeat(20)}`,
    "путин выступает за ".repeat(300),
    "опасна эскалация ".repeat(300),
    `is putin ok with ${"the ".repeat(44)}`,
  ];
  it.each([
    ["official position", asOfficialPosition],
    ["voice summary", asVoiceSummary],
    ["russian voice summary", asRussianVoiceSummary],
    ["russian own demand", asRussianOwnDemand],
    ["russian danger", asRussianFearedEscalation],
    ["peace wanted", asPeaceWanted],
    ["ok with", asOkWith],
  ])("%s", (_name, read) => {
    expectEachInputFast(read, inputs, 500);
  });
});
