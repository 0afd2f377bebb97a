// knowledge/voices.ts, the one table of who speaks for whom among Russia's voices (voices44): its names are the
// knowledge base's own, its rules are the conventions of docs/conversation.md and docs/claims.md, and the readers
// that used to keep a list each now read it (a stance of the Kremlin's asked of Russia, Russia's statement as its
// voices', a denied mention with Moscow for Russia, praise asked of a voice silent on the US, the checker's actor).
import { describe, expect, it } from "vitest";
import { sameActorOrTerm } from "../../src/claims/actors.js";
import { deniedMention } from "../../src/dialogue/denied-mention.js";
import { asRussiasStance } from "../../src/dialogue/kremlin-stance.js";
import { praiseOfSilentVoice } from "../../src/dialogue/silent-voice-praise.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import { russianVoicesFor } from "../../src/dialogue/yes-no-ru.js";
import {
  MENTION_NAMES_RUSSIA,
  namesAlternation,
  ONE_ACTOR,
  PUTIN_SPEAKS_FOR,
  QUOTES_ANSWER_FOR,
  RUSSIA_SPEAKS_THROUGH,
  type RussianVoice,
  SILENT_ON_US,
  STANCE_COUNTS_AS,
  VOICE_NAMES,
  voiceNames,
} from "../../src/knowledge/voices.js";
import { realKb, realParties } from "../helpers/engine.js";
import { expectRows } from "../helpers/kind-table.js";

const VOICES = Object.keys(VOICE_NAMES) as RussianVoice[];
const speakerNames = new SpeakerNames(realKb);
const russia = realParties.find((p) => p.id === "russia");

/** A Russian form of the parties table ("росси*") covers a name ("россия"). */
const covers = (form: string, name: string) =>
  form.endsWith("*") ? name.startsWith(form.slice(0, -1)) : form === name;

describe("the voices table: names", () => {
  it("names each voice as the knowledge base's speaker of that id does (English)", () => {
    for (const voice of VOICES) {
      const speaker = realKb.speakerById.get(voice);
      expect(speaker, voice).toBeDefined();
      const known = [speaker!.name, ...speaker!.aliases].map((a) => a.toLowerCase());
      for (const name of [...VOICE_NAMES[voice].en, VOICE_NAMES[voice].say.en])
        expect(known, `${voice}: ${name}`).toContain(name);
    }
  });

  it("names each voice in Russian as the Russia row of knowledge/parties.json does", () => {
    expect(russia).toBeDefined();
    for (const voice of VOICES) {
      const person = russia!.people.find((p) => p.speaker === voice);
      const forms = voice === "russia" ? [...russia!.names.ru, ...(person?.ru ?? [])] : (person?.ru ?? []);
      for (const name of [...VOICE_NAMES[voice].ru, VOICE_NAMES[voice].say.ru])
        expect(
          forms.some((f) => covers(f, name)),
          `${voice}: ${name}`,
        ).toBe(true);
    }
  });

  it("builds one escaped alternation of names, in order, any spacing when asked", () => {
    expectRows(
      (input: string) => namesAlternation(input.split(",")),
      [
        ["russia,moscow", "(?:russia|moscow)"],
        ["u.s.,the kremlin", "(?:u\\.s\\.|the kremlin)"],
      ],
    );
    expect(namesAlternation(VOICE_NAMES.kremlin.en, "\\s+")).toBe("(?:the\\s+kremlin|kremlin)");
    expect(voiceNames(["kremlin", "putin"], "ru")).toEqual(["кремль", "путин"]);
  });
});

describe("the voices table: who speaks for whom", () => {
  it("has Russia, which the article never quotes, speak through voices it does quote", () => {
    expect(realKb.speakerById.get("russia")?.quoted).toBe(false);
    for (const voice of RUSSIA_SPEAKS_THROUGH)
      expect(realKb.speakerById.get(voice)?.quoted, voice).toBe(true);
    expect(RUSSIA_SPEAKS_THROUGH).toEqual(["kremlin", "foreign-ministry"]);
  });

  it("has Putin speak for Russia and the Kremlin, never for Peskov or the ministry", () => {
    expect(PUTIN_SPEAKS_FOR).toEqual(["russia", "kremlin"]);
    expect(STANCE_COUNTS_AS.kremlin).toBe("russia");
  });

  it("answers for each voice with its own quotes, and for Russia with any of its voices'", () => {
    for (const voice of VOICES) expect(QUOTES_ANSWER_FOR[voice], voice).toContain(voice);
    expect([...QUOTES_ANSWER_FOR.russia].sort()).toEqual([...VOICES].sort());
    expect(QUOTES_ANSWER_FOR.kremlin).toContain("peskov");
    expect(QUOTES_ANSWER_FOR.putin).toEqual(["putin"]);
  });

  it("agrees with the knowledge base on whom the spokesman speaks for (his role, spokesman-stance.ts)", () => {
    const role = realKb.speakerById.get("peskov")?.role.toLowerCase() ?? "";
    expect(role).toContain(
      `for the ${realKb.speakerById.get("kremlin")?.name.toLowerCase().replace(/^the /, "")}`,
    );
    expect(QUOTES_ANSWER_FOR.kremlin).toContain("peskov");
    expect(QUOTES_ANSWER_FOR.peskov).toContain("kremlin");
  });

  it("keeps the ones silent on the US apart from Putin and those he speaks for", () => {
    for (const voice of SILENT_ON_US) expect([...PUTIN_SPEAKS_FOR, "putin"], voice).not.toContain(voice);
  });

  it("keeps the ministry out of the checker's one actor (claims40) and Moscow in denied mentions", () => {
    expect(ONE_ACTOR.flat()).not.toContain("foreign-ministry");
    expect(MENTION_NAMES_RUSSIA).toEqual(["the kremlin", "kremlin", "moscow"]);
  });
});

describe("the readers of the table", () => {
  it("asks the Kremlin's stance of Russia, in either language", () => {
    expectRows(
      (q: string) => asRussiasStance(q, /[а-я]/u.test(q) ? "ru" : "en"),
      [
        [
          "does the kremlin back an independent palestinian state?",
          "does russia back an independent palestinian state?",
        ],
        ["is the  kremlin really for a ceasefire", "is russia really for a ceasefire"],
        ["so would kremlin want talks", "so would russia want talks"],
        ["кремль за палестинское государство?", "россия за палестинское государство?"],
        ["поддерживает ли кремль прямой диалог?", "поддерживает ли россия прямой диалог?"],
        ["does the kremlin blame the us?", null],
        ["does peskov support a ceasefire?", null],
        ["кремль обвиняет сша?", null],
      ],
    );
  });

  it("reads Russia's Russian statement as the Kremlin's and the ministry's", () => {
    expectRows(
      (s: string) => russianVoicesFor(s),
      [
        [
          "россия хочет помочь с урегулированием",
          ["кремль хочет помочь с урегулированием", "мид россии хочет помочь с урегулированием"],
        ],
        ["правительство россии готово помочь", ["кремль готово помочь", "мид россии готово помочь"]],
        ["путин хочет помочь", []],
      ],
    );
  });

  it("reads Moscow and the Kremlin as Russia in a mention the article denies", () => {
    const evidence =
      "However, Putin makes no mention of Russia’s own role in the peace process during his remarks.";
    expectRows(
      (claim: string) => deniedMention(claim, evidence),
      [
        ["did putin mention moscow's own role in the peace process?", true],
        ["did putin mention the kremlin's own role in the peace process?", true],
        ["did putin mention russia's own role in the peace process?", true],
      ],
    );
  });

  it("finds praise of the US asked of a voice silent on it, never of Putin or those he speaks for", () => {
    expectRows(
      (q: string) => praiseOfSilentVoice(q, /[а-я]/u.test(q) ? "ru" : "en", speakerNames),
      [
        ["did peskov praise the us?", true],
        ["has the foreign ministry praised washington?", true],
        ["песков хвалил сша?", true],
        ["мид похвалил америку?", true],
        ["did putin praise the us?", false],
        ["did the kremlin praise the us?", false],
        ["did moscow praise america?", false],
      ],
    );
  });

  it("counts Russia and the Kremlin as one actor for the checker, the ministry as another", () => {
    expect(sameActorOrTerm("@russia", "@kremlin")).toBe(true);
    expect(sameActorOrTerm("@russia", "@foreign-ministry")).toBe(false);
    expect(sameActorOrTerm("@kremlin", "@putin")).toBe(false);
  });
});
