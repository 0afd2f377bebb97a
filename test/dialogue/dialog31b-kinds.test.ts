// dialog31b (session 31): follow-ups read in context — a party or "потом" put before «что», the grounds of the last
// answer asked as "how", «с кем ещё» after a membership asked without a verb, a remedy "to do about that", a bare
// past talk with a leader the article never names, and the question kept after "not sure which" with nothing before.
import { describe, expect, it } from "vitest";
import { followUpFormOf } from "../../src/dialogue/follow-up-forms.js";
import { groundsAskedOf } from "../../src/dialogue/grounds-asked.js";
import { othersInGroupOf } from "../../src/dialogue/others-in-group.js";
import type { Parties } from "../../src/knowledge/parties.js";
import { lastEntry, lastVerdict } from "../helpers/dialogue.js";

const noParties: Parties = [];

describe("a Russian topic put before «что»", () => {
  it("is asked in the order the switch and 'more' readers know", () => {
    expect(followUpFormOf("а Израиль что", noParties)).toBe("а что Израиль?");
    expect(followUpFormOf("ну а после что?", noParties)).toBe("а что после?");
  });
  it("leaves a question word or a verb alone", () => {
    expect(followUpFormOf("а кто что", noParties)).toBeNull();
    expect(followUpFormOf("а он сказал что", noParties)).toBeNull();
  });
  it("reads «и Вашингтон что?» after the state as Putin's charge against the US", () => {
    expect(
      lastEntry(["путин поддерживает создание палестинского государства?", "и Вашингтон что?"], "ru"),
    ).toBe("putin-on-us");
  });
});

describe("the grounds of the last answer asked as 'how'", () => {
  it("is the why follow-up", () => {
    expect(groundsAskedOf("and how does the kremlin justify this position?")).toBe("why?");
    expect(groundsAskedOf("а чем кремль это подкрепляет?")).toBe("почему?");
    expect(groundsAskedOf("how does it work")).toBeNull();
  });
  it("finds what the mediator claim rests on", () => {
    expect(lastEntry(["does russia want to look like a fair broker", "how do they prove it"])).toBe(
      "russia-impartial-mediator",
    );
  });
});

describe("the group's other members, membership asked without a verb", () => {
  it("asks who is in the group", () => {
    expect(othersInGroupOf("с кем ещё?", "а евросоюз тоже в квартете?")).toBe("кто в квартете?");
    expect(othersInGroupOf("who else", "is the un one of the quartet's members?")).toBe(
      "who is in the quartet?",
    );
  });
});

describe("a bare past talk with a leader the article never names", () => {
  it("is the reported call, not said", () => {
    expect(lastVerdict(["so putin chatted with macron?"])).toBe("not-said");
  });
});

describe("the question kept after 'not sure which' with nothing before", () => {
  it("lets a pronoun read its topic", () => {
    expect(lastEntry(["when does the truce kick in", "ok who is pushing for it"])).toBe("ceasefire-call");
  });
});
