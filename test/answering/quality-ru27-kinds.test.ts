// The kinds quality-ru27 fixed, in words of our own: colloquial verbs of saying ("наговорил", "вещал", "наплёл")
// read as "сказал"; a size in the accusative ("саммари в три пункта"); a digest asked with the story's two names
// ("выжимка про путина и газу"); several of the story's points asked as a list ("нужна выжимка: кто …, кто …"; three
// questions and "по пунктам") answered with the story in brief; whole questions transliterated by their shape
// ("konstruktivnaya"); Russians in Israel as the former citizens, and no false "Нет" to whether they are mentioned;
// the officials asked as one alias ("российские официальные лица"); sympathy words as the concern. Guards: an
// unknown speaker beside a slang verb stays refused, one name beside a digest stays the engine's, an off-topic
// question among listed ones keeps the list from the summary, English words with like endings stay English.
import { describe, expect, it } from "vitest";
import { looksTransliterated } from "../../src/answering/russian/normalise.js";
import { storyPointsAsked } from "../../src/answering/russian/points-asked.js";
import { mentionAsked } from "../../src/dialogue/mentions.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine as engine } from "../helpers/engine.js";

const read = (q: string) => engine.findAnswer(q);
const entryOf = (q: string) => {
  const a = read(q);
  return a.answered ? (a.kind === "entry" ? (a.entry?.id ?? null) : a.kind) : null;
};

describe("colloquial verbs of saying (russian/slang-saying.ts)", () => {
  it("ask what was said", () => {
    expect(entryOf("и чего путин наговорил про вашингтон")).toBe("putin-on-us");
    expect(entryOf("что там путин опять вещал про мирных жителей")).toBe("putin-civilian-casualties");
    expect(entryOf("чё путин наплёл про газу")).toBe("putin-civilian-casualties");
  });

  it("beside someone the article never names, stay refused", () => {
    expect(read("что там макрон наговорил про газу").answered).toBe(false);
    expect(read("чего путин вещал про вакцины").answered).toBe(false);
  });
});

describe("the story in brief asked by size or by its names", () => {
  it("takes a count in the accusative as a size", () => {
    expect(entryOf("сделай саммари в четыре строки")).toBe("summary");
    expect(entryOf("позиция москвы в два предложения")).toBe("russia-position");
  });

  it("reads a digest named by two of the story's names as the story", () => {
    expect(entryOf("выжимка по путину и израилю")).toBe("summary");
    expect(entryOf("сводка: что там у путина с газой")).toBe("summary");
    expect(entryOf("выжимка про путина и биткоин")).toBeNull();
  });
});

describe("several of the story's points asked as a list (russian/points-asked.ts)", () => {
  const digest = "нужна сводка к уроку: кто кому звонил, кого винит путин и чего хочет кремль. спасибо";
  const three =
    "доброе утро, не могу разобраться. с кем созванивался путин? что он предлагает? и почему досталось вашингтону? если можно по пунктам";

  it("finds the questions", () => {
    expect(storyPointsAsked(digest)?.length).toBe(3);
    expect(storyPointsAsked(three)?.length).toBe(3);
    expect(storyPointsAsked("кто входит в квартет? по пунктам")).toBeNull();
  });

  it("answers with the story in brief", () => {
    expect(read(digest).kind).toBe("summary");
    expect(read(three).kind).toBe("summary");
  });

  it("not when the questions are mostly not the story's", () => {
    const offTopic =
      "по пунктам пожалуйста: какой курс рубля? сколько стоит биткоин? и кто выиграл чемпионат по хоккею?";
    expect(read(offTopic).kind).not.toBe("summary");
  });
});

describe("whole questions transliterated, told by their words' shape (russian/normalise.ts)", () => {
  it("reads them in Russian", () => {
    expect(looksTransliterated("kreml konstruktivnaya rol")).toBe(true);
    expect(entryOf("putin i prekrashchenie ognya")).toBe("ceasefire-call");
    expect(entryOf("peskov konstruktivnaya rol")).toBe("kremlin-settlement-role");
  });

  it("leaves English with like letters English", () => {
    expect(looksTransliterated("what happened to prigozhin and wagner")).toBe(false);
    expect(looksTransliterated("is papaya mentioned")).toBe(false);
  });
});

describe("Russians in Israel are the former citizens", () => {
  it("the engine finds the ties", () => {
    expect(entryOf("россияне в израиле")).toBe("russia-israel-ties");
  });

  it("asked whether they are mentioned, never a false 'Нет'", () => {
    for (const q of [
      "русские в израиле упоминаются?",
      "бывшие граждане россии в израиле упоминаются?",
      "выходцы из россии в израиле упоминаются?",
    ]) {
      const reply = lastAnswer([q], "ru");
      expect(reply.answer.entry?.id, q).toBe("russia-israel-ties");
      expect(reply.verdict, q).not.toBe("no");
    }
  });

  it("a thing the article never names still gets its 'Нет'", () => {
    expect(lastVerdict(["японцы в израиле упоминаются?"], "ru")).toBe("no");
  });

  it("a mention question opened by a question word is the engine's", () => {
    expect(mentionAsked("какие российские политики упомянуты", "ru")).toBeNull();
  });
});

describe("the officials asked as one alias (russian/roster-words.ts)", () => {
  it("lists the voices", () => {
    expect(entryOf("какие российские официальные лица упоминаются")).toBe("quotes");
    expect(entryOf("турецкий лидер упоминается?")).toBe("who-is-erdogan");
  });
});

describe("sympathy words are the concern (knowledge/ru/synonyms.json)", () => {
  it("finds Putin's concern", () => {
    expect(entryOf("путин как-то сочувственно высказался?")).toBe("putin-civilian-casualties");
  });
});
