// Wave V's single-question kinds (quality45), through the readers and the engine: an off-story person with a first
// name as the speaker, another country's leader by office as Putin's talk partner, a person placed in another
// country in Russian, a tie asked with a reason of the asker's, how Moscow wants to look in Russian, "в итоге"
// beside "кому", "the skinny". Questions written for this test; off-story neighbours of each kind stay refused.
import { describe, expect, it } from "vitest";
import { asRussianSelfImage } from "../../src/answering/russian/self-image.js";
import { asRussianTieReason, asTieReason } from "../../src/answering/tie-reason.js";
import { withoutWrongParty } from "../../src/answering/wrong-party.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : null;
};

describe("an off-story party with a first name or by office (wrong-party.ts)", () => {
  const offStory = (w: string) =>
    ["antony", "blinken", "sergei"].includes(w)
      ? "name"
      : /^(?:egypt|egyptian|iran's)$/.test(w)
        ? "place"
        : null;
  it("keeps the first name with the party in the speaker's slot", () => {
    const read = withoutWrongParty(
      "Was it Antony Blinken who said Moscow wants a settlement?",
      "en",
      offStory,
    );
    expect(read?.party).toBe("blinken");
    expect(read?.rest).not.toMatch(/antony/);
  });
  it("reads a talk with another country's leader by office as the reported call", () => {
    for (const q of ["Did Putin speak with the president of Egypt?", "did he talk to iran's leader?"])
      expect(withoutWrongParty(q, "en", offStory)).toMatchObject({
        rest: "who did putin talk to on the phone",
        slot: "call",
      });
    // One more talk ("also") is the one phoned of a call the article does not report (quality-en46): "doesn't say".
    expect(
      withoutWrongParty("Did Putin also speak with the president of Egypt?", "en", offStory),
    ).toMatchObject({
      slot: "call",
    });
  });
  it("answers through the engine with the call and the speaker", () => {
    expect(entryOf("Did Putin talk to the prime minister of India?")).toBe("putin-erdogan-call");
    expect(entryOf("Эрдоган это который из Катара?")).toBe("who-is-erdogan");
    expect(entryOf("Was it Antony Blinken who said the Kremlin seeks to help find a settlement?")).toBe(
      "kremlin-settlement-role",
    );
    expect(entryOf("Did Macron speak with the president of Egypt?")).toBeNull();
  });
});

describe("a tie asked with the asker's own reason (tie-reason.ts)", () => {
  it("reads it as the tie's own question unless the reason is the article's", () => {
    expect(asTieReason("Is Russia's bond with Israel because of weapons?")).toBe(
      "what ties does russia have with israel",
    );
    expect(asTieReason("Is Russia close to Israel because of the former citizens there?")).toMatch(/because/);
    expect(asRussianTieReason("Москва дружит с палестинцами из-за нефти?")).toBe(
      "какие связи у россии с палестинцами",
    );
    expect(asRussianTieReason("Россия близка с Израилем из-за бывших граждан?")).toMatch(/из-за/);
  });
  it("answers with the tie's card", () => {
    expect(entryOf("Are Moscow's ties with Israel driven by trade?")).toBe("russia-israel-ties");
    expect(entryOf("Россия дружит с Израилем из-за оружия?")).toBe("russia-israel-ties");
    expect(entryOf("Is the French economy explained by tourism?")).toBeNull();
  });
});

describe("Russian self-image, 'в итоге', the skinny, a Palestinian state ruled out", () => {
  it("reads how Moscow wants to look as how it presents itself", () => {
    expect(asRussianSelfImage("как масква хочит выглядить в конфлекте")).toBe(
      "как москва представляет себя в конфлекте",
    );
    expect(asRussianSelfImage("как выглядит Газа?")).toBe("как выглядит Газа?");
    expect(entryOf("кем Кремль старается казаться?")).toBe("russia-impartial-mediator");
    expect(entryOf("как Москва хочет выглядеть в глазах Китая?")).toBeNull();
  });
  it("answers the rest through the engine", () => {
    expect(entryOf("кому в итоге звонил Путин?")).toBe("putin-erdogan-call");
    expect(entryOf("give me the skinny")).toBe("summary");
    expect(entryOf("what's the skinny on Putin's diet?")).toBeNull();
    expect(entryOf("Did Putin rule out a Palestinian state?")).toBe("palestinian-state");
  });
});
