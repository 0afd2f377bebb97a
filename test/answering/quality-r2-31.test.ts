// The engine's round-2 kinds (quality-r2-31), in wordings of our own: «такой» slipped in a short who-is question
// ("кто такй эрдоган"), a bare keyword query of a Russian voice, a warring side and the ceasefire ("putin gaza
// hamas truce"), Russia mattering to a side (the ties, the other way round), and the cause of "the crisis" (the
// conflict's cause, not the fear that it spreads). Neighbours of each kind keep their own reading.
import { describe, expect, it } from "vitest";
import { asCeasefireKeywords, asRussianCeasefireKeywords } from "../../src/answering/ceasefire-keywords.js";
import { withoutForOrAgainst } from "../../src/answering/for-or-against.js";
import { asRussianWhoIsSlip } from "../../src/answering/russian/who-is-slip.js";
import { realEngine as engine } from "../helpers/engine.js";

/** The entry a reply comes from, a not-in-article gap's included ("the article does not say what Hamas said"). */
const entryOf = (q: string) => engine.findAnswer(q).entry?.id ?? null;

describe("readers of quality-r2-31", () => {
  it("reads a slipped «такой» before one of the story's people as who he is, and nothing more asked", () => {
    expect(asRussianWhoIsSlip("кто таков песков")).toBe("кто такой песков");
    expect(asRussianWhoIsSlip("Кто токой Путин?")).toBe("кто такой путин");
    expect(asRussianWhoIsSlip("кто такй макрон")).toBe("кто такй макрон");
    expect(asRussianWhoIsSlip("кто такй песков и что он сказал")).toBe("кто такй песков и что он сказал");
  });
  it("drops the sides from a bare voice-side-ceasefire query, not from a side's own stance", () => {
    expect(asCeasefireKeywords("russia hamas ceasefire")).toBe("russia ceasefire");
    expect(asCeasefireKeywords("hamas ceasefire")).toBe("hamas ceasefire");
    expect(asCeasefireKeywords("hamas reaction to putin ceasefire")).toBe(
      "hamas reaction to putin ceasefire",
    );
    expect(asRussianCeasefireKeywords("кремль израиль хамас перемирие")).toBe("кремль перемирие");
    expect(asRussianCeasefireKeywords("что хамас думает о перемирии путина")).toBe(
      "что хамас думает о перемирии путина",
    );
  });
});

describe("a stance offered both ways", () => {
  it("drops the offered other answer, not a second thing asked", () => {
    expect(withoutForOrAgainst("is putin for or against a palestinian state")).toBe(
      "is putin for a palestinian state",
    );
    expect(withoutForOrAgainst("Is Russia for a ceasefire, or is it against it?")).toBe(
      "Is Russia for a ceasefire?",
    );
    expect(withoutForOrAgainst("did putin call for a ceasefire or for talks")).toBe(
      "did putin call for a ceasefire or for talks",
    );
  });
});

describe("the engine on quality-r2-31's kinds", () => {
  it.each([
    ["кто такй эрдоган", "who-is-erdogan"],
    ["кто тако песков?", "who-is-peskov"],
    ["putin gaza hamas truce", "ceasefire-call"],
    ["россия хамас прекращение огня", "ceasefire-call"],
    ["why would russia matter so much to the israelis", "russia-israel-ties"],
    ["is russia important to israel", "russia-israel-ties"],
    ["what's the root cause of this crisis", "us-policy-failure"],
    ["what are the reasons for the crisis", "us-policy-failure"],
    ["what caused the crisis", "violence-trigger"],
    ["will the crisis spread", "crisis-spread-fears"],
    ["hamas ceasefire", "hamas-statement"],
    ["is putin for or against a palestinian state", "palestinian-state"],
    ["is russia for a ceasefire or against it", "ceasefire-call"],
  ])("%s → %s", (q, id) => {
    expect(entryOf(q)).toBe(id);
  });
  it.each(["what caused the crisis in venezuela", "кто такй макрон", "is russia important to china"])(
    "keeps %s refused",
    (q) => {
      expect(engine.findAnswer(q).answered).toBe(false);
    },
  );
});

describe("an either-or answered by a yes/no card", () => {
  it.each([
    "is the call for a truce putin's or peskov's",
    "does moscow speak only with hamas or with israel too",
  ])("%s opens without the card's Yes", (q) => {
    expect(engine.findAnswer(q).answer).not.toMatch(/^Yes\./);
  });
  it("keeps the Yes of a yes/no with 'or not'", () => {
    expect(engine.findAnswer("is putin urging a ceasefire or not").answer).toMatch(/^Yes\./);
  });
});
