// knowledge/voices.ts's further names (voices45): the other forms, titles and people of Russia's voices, their
// Russian genitives and stems, and the rule that a voice's call is Russia's — and the six readers that kept a list
// each of Russia's names and now build it from the table (mediator-fit, trust-reason, self-image, stance-for,
// remedy-asked, support-asked), in both languages, with the named exceptions that keep answers as they were.
import { describe, expect, it } from "vitest";
import { asMediatorFit } from "../../src/answering/mediator-fit.js";
import { asSelfImage } from "../../src/answering/self-image.js";
import { asRussianTrustReason, asTrustReason } from "../../src/answering/trust-reason.js";
import type { Answer } from "../../src/answering/types.js";
import { remedyAsked } from "../../src/dialogue/remedy-asked.js";
import { forAsSupportOf } from "../../src/dialogue/stance-for.js";
import { supportVerdict } from "../../src/dialogue/support-asked.js";
import {
  CALLS_COUNT_AS_RUSSIAS,
  genitiveNames,
  nominativeOf,
  type RussianVoice,
  stemsAlternation,
  VOICE_NAMES,
  voiceNames,
  withBareForms,
} from "../../src/knowledge/voices.js";
import { realKb } from "../helpers/engine.js";
import { expectRows } from "../helpers/kind-table.js";

const VOICES = Object.keys(VOICE_NAMES) as RussianVoice[];

describe("the voices table: further names", () => {
  it("takes its other forms, titles and people from the knowledge base's speakers (or their bare forms)", () => {
    for (const voice of VOICES) {
      const speaker = realKb.speakerById.get(voice)!;
      const known = withBareForms([speaker.name, ...speaker.aliases].map((a) => a.toLowerCase()));
      const { also, titles, people } = VOICE_NAMES[voice];
      // "the russian leadership" is self-image.ts's own name of Russia, no alias of the knowledge base's.
      for (const name of [...also.en, ...titles.en, ...people.en].filter(
        (n) => n !== "the russian leadership",
      ))
        expect(known, `${voice}: ${name}`).toContain(name);
    }
  });

  it("has every Russian genitive start with a stem of its voice, and read back to a name of it", () => {
    for (const voice of VOICES)
      for (const [genitive, nominative] of VOICE_NAMES[voice].genitive) {
        expect(
          VOICE_NAMES[voice].stems.some((s) => genitive.split(" ").at(-1)!.startsWith(s)),
          genitive,
        ).toBe(true);
        expect([...VOICE_NAMES[voice].ru, ...VOICE_NAMES[voice].also.ru]).toContain(nominative);
        expect(nominativeOf(genitive)).toBe(nominative);
      }
    expect(nominativeOf("эрдогана")).toBeUndefined();
  });

  it("lists names with the further kinds asked, bare forms, genitives and stems", () => {
    expect(voiceNames(["putin"], "en", "also", "titles")).toEqual([
      "putin",
      "vladimir putin",
      "the russian president",
      "the russian leader",
    ]);
    expect(voiceNames(["putin"], "en")).toEqual(["putin"]);
    expect(withBareForms(["the kremlin", "kremlin", "russia"])).toEqual(["the kremlin", "kremlin", "russia"]);
    expect(genitiveNames(["peskov", "foreign-ministry"])).toEqual(["пескова", "мида", "российского мида"]);
    expect(new RegExp(`^${stemsAlternation(["kremlin"])}$`, "u").test("кремлю")).toBe(true);
  });

  it("counts a call of each voice that speaks for Russia as Russia's, and Russia is no voice calling", () => {
    expect(CALLS_COUNT_AS_RUSSIAS).toEqual(["putin", "kremlin", "peskov", "foreign-ministry"]);
  });
});

const answer = (id: string) => ({ answered: true, entry: { id } }) as unknown as Answer;

describe("the readers on the table, English and Russian", () => {
  it("reads why any voice of Russia's, its people too, thinks it fit to mediate (mediator-fit.ts)", () => {
    expectRows(asMediatorFit, [
      ["why do the russians think they can mediate", "why is russia a good mediator"],
      ["why does the kremlin think it's well placed to mediate", "why is russia a good mediator"],
      ["why does hamas think it can mediate", "why does hamas think it can mediate"],
    ]);
  });

  it("reads why a side would trust Russia by any of its names, in Russian any case form (trust-reason.ts)", () => {
    expectRows(asTrustReason, [
      ["why would israel trust the kremlin", "what ties does russia have with israel"],
      [
        "lol why would the palestinians listen to the russians",
        "what ties does russia have with the palestinians",
      ],
      ["why would israel trust turkey", "why would israel trust turkey"],
    ]);
    expectRows(asRussianTrustReason, [
      ["с чего израилю вообще слушать рф", "какие связи у россии с израилем"],
      ["почему палестинцы доверяют кремлю", "какие связи у россии с палестинцами"],
      ["почему израиль доверяет турции", "почему израиль доверяет турции"],
    ]);
  });

  it("reads a pitch of Russia's, by a full name or bare form, as how it presents itself (self-image.ts)", () => {
    expectRows(asSelfImage, [
      ["how does dmitry peskov spin his role", "how does dmitry peskov present itself"],
      ["what is the russian leadership's pitch", "how does russian leadership present itself"],
      ["what is hamas's pitch", "what is hamas's pitch"],
    ]);
  });

  it("reads a voice 'for' a thing as its support, but not «рф» (stance-for.ts, named exception)", () => {
    expectRows(forAsSupportOf, [
      ["is vladimir putin for us policy?", "does vladimir putin support us policy?"],
      [
        "is the foreign ministry in favour of direct talks",
        "does the foreign ministry support direct talks?",
      ],
      ["мид россии за прямой диалог?", "мид россии поддерживает прямой диалог?"],
      ["рф за прекращение огня?", null],
      ["мид рф за прямой диалог?", null],
    ]);
  });

  it("reads what a voice thinks would help, a Russian genitive back to its name (remedy-asked.ts)", () => {
    expectRows(remedyAsked, [
      ["что, по мнению пескова, поможет?", "что песков предлагает для урегулирования конфликта?"],
      ["что поможет, по словам российского мида?", "что мид предлагает для урегулирования конфликта?"],
      ["что поможет, по словам путина?", "что путин предлагает для урегулирования конфликта?"],
      [
        "what would help, according to the kremlin?",
        "what does the kremlin propose to resolve the conflict?",
      ],
      ["what would help, according to hamas?", null],
    ]);
  });

  it("says Yes to Russia or a voice supporting what the voice calls for (support-asked.ts)", () => {
    const rows: readonly [string, string, "yes" | null][] = [
      ["does moscow support a ceasefire", "ceasefire-call", "yes"],
      ["поддерживает ли россия перемирие", "ceasefire-call", "yes"],
      ["does the russian president support a palestinian state", "palestinian-state", "yes"],
      ["does dmitry peskov back a settlement", "kremlin-settlement-role", "yes"],
      ["мид рф выступает за прямой диалог?", "foreign-ministry-position", "yes"],
      // Named exception: «российский мид» is left to the readers after this one.
      ["российский мид за прямой диалог?", "foreign-ministry-position", null],
      ["does hamas support a ceasefire", "ceasefire-call", null],
    ];
    for (const [question, entry, verdict] of rows)
      expect(supportVerdict(question, answer(entry), "en"), question).toBe(verdict);
  });
});
