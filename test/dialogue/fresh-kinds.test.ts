// dialog6's kinds: a yes/no question about what the article does not cover refuses; a yes/no question with its
// auxiliary dropped ("kremlin willing to help?") or a Russian "есть опасения, что…" one gets its verdict; a place
// word's verdict; a party's "position" after a plain answer refuses; "between whom?" asks a detail of the last
// answer; more chat glue. Our own phrasings, from the article; each kind also checks its opposite case.
import { describe, expect, it } from "vitest";
import { fold, wordsFor } from "../../src/dialogue/language.js";
import { isYesNoQuestion } from "../../src/dialogue/yes-no-question.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";

const yesNo = (text: string, lang: "en" | "ru" = "en") =>
  isYesNoQuestion(text, fold(text).replace(/[?!.]+$/, ""), wordsFor(lang), lang);

describe("a yes/no question about something the article does not cover", () => {
  it("is refused, not answered with 'doesn't say so in those words'", () => {
    for (const q of ["did erdogan lose the presidential vote", "was Erdogan beaten at the polls?"]) {
      const reply = lastAnswer([q]);
      expect(reply.answer.answered, q).toBe(false);
    }
    expect(lastAnswer(["проиграл ли Эрдоган выборы?"], "ru").answer.answered).toBe(false);
  });

  it("one about the story still gets its verdict", () => {
    expect(lastVerdict(["did Putin criticise Washington?"])).toBe("yes");
    expect(lastVerdict(["правда ли, что Путин созванивался с Эрдоганом?"], "ru")).toBe("yes");
  });
});

describe("a yes/no question with its auxiliary dropped", () => {
  it("is read as yes/no in English, and a question word keeps it a question", () => {
    expect(yesNo("kremlin willing to assist?")).toBe(true);
    expect(yesNo("putin upset about civilian deaths?")).toBe(true);
    expect(yesNo("so the UN involved too?")).toBe(true);
    expect(yesNo("who is putin blaming?")).toBe(false);
    expect(yesNo("putin erdogan phone call?")).toBe(false);
    expect(yesNo("putin worried about what exactly?")).toBe(false);
  });

  it("gets the article's verdict", () => {
    expect(lastVerdict(["kremlin willing to assist?"])).toBe("yes");
    expect(lastVerdict(["putin upset about civilian deaths?"])).toBe("yes");
  });

  it("Russian 'есть опасения, что…?' is yes/no; 'что' as a question word is not", () => {
    expect(yesNo("есть опасения что кризис перекинется на соседей?", "ru")).toBe(true);
    expect(yesNo("есть риск что война расползётся по региону?", "ru")).toBe(true);
    expect(yesNo("что есть риск расширения войны?", "ru")).toBe(false);
    expect(lastVerdict(["есть опасения что кризис перекинется на соседей?"], "ru")).toBe("yes");
  });
});

describe("a place word pointing at the last topic", () => {
  it("the verdict is read on the question as typed when the substituted words leave none", () => {
    expect(
      lastVerdict(
        ["Россия состоит в квартете?", "а кто ещё туда включён?", "а Путин упоминал свою роль там?"],
        "ru",
      ),
    ).toBe("no");
    expect(lastVerdict(["who makes up the Quartet?", "did Putin mention Russia's part there?"])).toBe("no");
  });
});

describe("a party's stance the article never gives", () => {
  it("after a plain answer is a refusal naming the party", () => {
    const reply = lastAnswer(["what did Putin discuss with Erdogan?", "and Japan's stance?"]);
    expect(reply.answer.answered).toBe(false);
    expect(reply.answer.answer).toMatch(/Japan/);
    expect(lastAnswer(["с кем говорил Путин?", "а позиция Японии?"], "ru").answer.answered).toBe(false);
  });

  it("a party the article does name is answered", () => {
    expect(
      lastAnswer(["what did Putin discuss with Erdogan?", "and the view of the United States?"]).answer
        .answered,
    ).toBe(true);
  });

  it("after a yes on a full list it is a No with the list as evidence", () => {
    const reply = lastAnswer(["Is the EU in the Quartet?", "and Japan's role?"]);
    expect(reply.verdict).toBe("no");
    expect(reply.answer.answered).toBe(true);
  });
});

describe("a preposition and a question word ask a detail of the last answer", () => {
  it("gives the last answer's evidence again", () => {
    const first = lastAnswer(["what does the Foreign Ministry want?"]);
    const reply = lastAnswer(["what does the Foreign Ministry want?", "between whom?"]);
    expect(reply.answer.entry?.id).toBe(first.answer.entry?.id);
    expect(reply.answer.answer).toMatch(/Palestinian/);
    const ru = lastAnswer(["что предлагает МИД России?", "а между кем?"], "ru");
    expect(ru.answer.answered).toBe(true);
    expect(ru.answer.answer).toMatch(/палестин/i);
  });

  it("with no last answer it is not answered", () => {
    expect(lastAnswer(["with whom?"]).answer.answered).toBe(false);
  });
});

describe("chat glue", () => {
  it("'never mind', 'nvm', 'проехали' lead a question without changing it", () => {
    expect(lastEntry(["nvm, who did Putin phone?"])).toBe("putin-erdogan-call");
    expect(lastEntry(["never mind. who did Putin phone?"])).toBe("putin-erdogan-call");
    expect(lastEntry(["проехали. с кем созванивался Путин?"], "ru")).toBe("putin-erdogan-call");
  });
});

// The lead's mend after both waves were merged: the shared Russian set's "China's position" question was answered "Да".
describe("a Russian stance asked for by its noun ('мнение X о Y?') is a what-question, not a yes/no one", () => {
  it("is not read as yes/no; an intonation question with a verb still is", () => {
    expect(yesNo("мнение Пекина о войне?", "ru")).toBe(false);
    expect(yesNo("а реакция Ирана на звонок?", "ru")).toBe(false);
    expect(yesNo("точка зрения Индии насчёт прекращения огня?", "ru")).toBe(false);
    expect(yesNo("Песков поддержал Путина?", "ru")).toBe(true);
  });

  it("an unknown party's stance gets no Yes", () => {
    const reply = lastAnswer(["мнение Пекина о войне?"], "ru");
    expect(reply.verdict ?? null).toBeNull();
    expect(reply.answer.answered).toBe(false);
  });
});
