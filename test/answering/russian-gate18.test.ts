// The kinds quality-ru18 fixed, in words of our own: the roster of voices asked by a people noun or "who from
// Russia", a stance word against a speaker's own demand, fuss words and chat lead-ins asking for the summary, a verb
// spelt by ear, a bare "мирные", chat glue. Guards: strangers' roles and topics stay refused or apart.
import { describe, expect, it } from "vitest";
import { withCiviliansNamed } from "../../src/answering/russian/bare-civilians.js";
import { asksFightingOnRu } from "../../src/answering/russian/fighting-on.js";
import { heardVerbVariants } from "../../src/answering/russian/heard-verb.js";
import { asksAgainstOwnDemandRu, asRussianOwnDemand } from "../../src/answering/russian/own-demand.js";
import { isRussianMentionWord, isRussianPeopleWord } from "../../src/answering/russian/roster-words.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("the roster of voices (roster-words.ts, intents.ts)", () => {
  it.each([
    "каких российских должностных лиц упоминает автор",
    "кто из представителей кремля высказывается",
    "кто от москвы что говорил",
    "покажи российских чиновников из текста",
  ])("answers '%s' with who said what", (q) => {
    expect(ask(q).kind).toBe("quotes");
  });

  it.each(["кто из турецких чиновников упоминается", "кто из российских спортсменов упоминается"])(
    "does not list the voices for '%s'",
    (q) => {
      expect(ask(q).kind).not.toBe("quotes");
    },
  );

  it("tells people nouns and mention verbs by their start", () => {
    expect(isRussianPeopleWord("чиновников")).toBe(true);
    expect(isRussianPeopleWord("политика")).toBe(false);
    expect(isRussianMentionWord("фигурируют")).toBe(true);
    expect(isRussianMentionWord("обвиняет")).toBe(false);
  });
});

describe("a stance against the speaker's own demand (own-demand.ts)", () => {
  it.each([
    ["владимир путин выступает против перемирия?", "ceasefire-call"],
    ["а москва против возобновления мирных переговоров", "ceasefire-call"],
    ["песков против мирного урегулирования?", "kremlin-settlement-role"],
    ["министерство иностранных дел против координации региональных игроков?", "foreign-ministry-position"],
    ["кремль за урегулирование или нет", "kremlin-settlement-role"],
  ])("answers '%s' with the reported call", (q, id) => {
    const a = ask(q);
    expect(a.kind).toBe("entry");
    expect(a.entry?.id).toBe(id);
  });

  it("answers 'против' No through the grounded verdicts, 'за или против' by the call alone", () => {
    expect(asksFightingOnRu("кремль против урегулирования?")).toBe(true);
    expect(asksAgainstOwnDemandRu("путин за перемирие или против")).toBe(false);
    expect(asRussianOwnDemand("путин за перемирие или против")).toBe("призывает ли путин к прекращению огня");
  });

  it.each(["путин против сша?", "хамас против переговоров?", "путин против нато?", "песков против санкций"])(
    "leaves '%s' as typed",
    (q) => {
      expect(asRussianOwnDemand(q)).toBe(q);
    },
  );
});

describe("the summary in chat (brief-request.ts)", () => {
  it.each([
    "из-за чего вся шумиха",
    "что за кипиш",
    "ну короче а о чем текст",
    "слушай, о чём вообще новость",
  ])("answers '%s' with the summary", (q) => {
    expect(ask(q).kind).toBe("summary");
  });

  it("refuses a fuss the article does not have", () => {
    expect(ask("короче что за шум про выборы").kind).not.toBe("summary");
  });
});

describe("spelling by ear and chat words", () => {
  it("tries a verb's а as о, verbs of the -ить class only", () => {
    expect(heardVerbVariants("пазванил")).toContain("позвонил");
    expect(heardVerbVariants("стала")).toEqual([]);
    expect(ask("путин пазвонил эрдогану зачем").entry?.id).toBe("putin-erdogan-call");
  });

  it("reads a bare plural 'мирные' as the civilians, not the peace talks", () => {
    expect(withCiviliansNamed("кремль сочувствует мирным?")).toBe("кремль сочувствует мирных жителей?");
    expect(withCiviliansNamed("мирные переговоры будут?")).toBe("мирные переговоры будут?");
    expect(ask("путину жалко мирных?").entry?.id).toBe("putin-civilian-casualties");
  });

  it("takes 'скинули статью, лень читать' as chat around the question", () => {
    expect(ask("мне скинули статью, лень читать, кого винит путин").entry?.id).toBe("putin-blames-us");
  });
});
