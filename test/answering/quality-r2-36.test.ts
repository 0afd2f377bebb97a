// quality-r2-36's kinds, in wordings of our own: the engine's own verdict (owned-verdict.ts, owned-points.ts) on a
// card's point asked with a chat tail ("… or nah", "… lol"), with "look"/"seem" for Moscow's impartial pose, with a
// Palestinian state "of their own"; Putin's call with Erdogan and its ceasefire point (Yes; a topic or an agreement
// asked is left alone); Putin speaking of compromises (Yes); a Palestinian state rejected (No); another Quartet member
// asked as working on peace beside Russia (Yes). «отвергает идею X» reads as «против X». Readers stay linear.
import { describe, expect, it } from "vitest";
import { ownedVerdict } from "../../src/answering/owned-verdict.js";
import { asPlanAsked } from "../../src/answering/plan-asked.js";
import { asRussianMembership } from "../../src/answering/russian/membership.js";
import { asRussianRejectedIdea } from "../../src/answering/russian/rejected-idea.js";
import { asVoiceSummary } from "../../src/answering/voice-summary.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectEachInputFast } from "../helpers/long-input.js";

const verdictOf = (q: string, lang: "en" | "ru", entry: string) =>
  ownedVerdict(q, lang, entry)?.verdict ?? null;

describe("the engine's own verdict, round 2", () => {
  it("reads a chat tail as the yes/no it closes", () => {
    expect(
      verdictOf("is putin troubled by the civilian deaths or nah", "en", "putin-civilian-casualties"),
    ).toBe("yes");
    expect(
      verdictOf("does moscow seem to want to look impartial lol", "en", "russia-impartial-mediator"),
    ).toBe("yes");
  });
  it("says Yes to a Palestinian state of their own, No to it rejected", () => {
    expect(verdictOf("does putin reckon palestinians need their own state?", "en", "palestinian-state")).toBe(
      "yes",
    );
    expect(verdictOf("does putin say the palestinians need a state?", "en", "palestinian-state")).toBe("yes");
    expect(verdictOf("does putin oppose a palestinian state?", "en", "palestinian-state")).toBe("no");
    expect(verdictOf("путин отрицает палестинское государство?", "ru", "palestinian-state")).toBe("no");
    expect(verdictOf("путин не отвергает палестинское государство?", "ru", "palestinian-state")).toBe(null);
  });
  it("says Yes to the call with Erdogan and to its ceasefire point, not to a topic or a deal asked", () => {
    expect(verdictOf("did putin ring erdogan", "en", "putin-erdogan-call")).toBe("yes");
    expect(verdictOf("путин созвонился с турецким президентом?", "ru", "putin-erdogan-call")).toBe("yes");
    expect(verdictOf("did putin and erdogan discuss a truce?", "en", "putin-erdogan-call")).toBe("yes");
    expect(verdictOf("did putin call erdogan about gas?", "en", "putin-erdogan-call")).toBe(null);
    expect(verdictOf("did putin and erdogan agree on a truce?", "en", "putin-erdogan-call")).toBe(null);
    expect(verdictOf("путин звонил эрдогану насчет газа?", "ru", "putin-erdogan-call")).toBe(null);
  });
  it("says Yes to Putin speaking of compromises, leaves the US asked to the No", () => {
    expect(verdictOf("путин заговорил о компромисах?", "ru", "us-monopolizing-peace")).toBe("yes");
    expect(verdictOf("did putin bring up compromises?", "en", "us-monopolizing-peace")).toBe("yes");
    expect(
      verdictOf("did putin mention that the us considered compromises?", "en", "us-monopolizing-peace"),
    ).toBe("no");
  });
  it("reads another member working on peace beside Russia as the Quartet", () => {
    expect(asRussianMembership("евросоюз работает над урегулированием вместе с москвой?")).toBe(
      "кто входит в квартет",
    );
    expect(asRussianMembership("китай работает над урегулированием вместе с москвой?")).not.toBe(
      "кто входит в квартет",
    );
    expect(
      verdictOf("is the eu working on the peace process together with russia?", "en", "quartet-members"),
    ).toBe("yes");
    expect(asRussianRejectedIdea("кремль отвергает саму идею переговоров?")).toBe(
      "кремль против переговоров?",
    );
  });
  it("answers on the engine", () => {
    expect(engine.findAnswer("путин отклоняет идею палестинского государства?").answer).toMatch(/^Нет\./u);
    expect(engine.findAnswer("сша вместе с россией участвуют в мирном процессе?").answer).toMatch(/^Да\./u);
    expect(engine.findAnswer("did putin speak with erdogan?").answer).toMatch(/^Yes\./u);
  });
});

describe("a voice's summary with a length, the ministry's plan", () => {
  it("reads a summary asked in so many sentences, possessive without its apostrophe", () => {
    expect(asVoiceSummary("pls sum up peskovs stance in 3 sentences")).toBe("what is peskov's stance");
    expect(asVoiceSummary("summarize the kremlin's view in a couple of lines")).toBe(
      "what is the kremlin's view",
    );
  });
  it("reads the ministry's plan as what it proposes; a plan for a place keeps the refusal", () => {
    expect(asPlanAsked("so what's the russian foreign ministry's recipe to calm the situation?")).toBe(
      "what does the russian foreign ministry propose?",
    );
    expect(asPlanAsked("what is the foreign ministry's plan for gaza")).toBe(
      "what is the foreign ministry's plan for gaza",
    );
  });
});

describe("quality-r2-36's readers stay linear on long input", () => {
  const inputs = [
    "a ".repeat(2048),
    `путин ${"отвергает ".repeat(1000)}идею`,
    `оон ${"вместе с ".repeat(1000)}россией`,
    `did putin ${"call ".repeat(30)}erdogan`,
    `${"к".repeat(150)}?`,
    `summarize ${"putins ".repeat(30)}position`,
    `summarize ${"p".repeat(190)}s view`,
    `whats the foreign ministry's ${"plan ".repeat(15)}`,
  ];
  it.each([
    ["owned verdict (en)", (s: string) => ownedVerdict(s, "en", "putin-erdogan-call")],
    ["owned verdict (ru)", (s: string) => ownedVerdict(s, "ru", "palestinian-state")],
    ["russian membership", asRussianMembership],
    ["russian rejected idea", asRussianRejectedIdea],
    ["voice summary", asVoiceSummary],
    ["ministry plan", asPlanAsked],
  ])("%s", (_name, read) => {
    expectEachInputFast(read, inputs, 500);
  });
});
