// dialog34b (session 34): follow-ups read in context, issue 11 — «пчм», the emphatic «-то», a voice asked on the
// last topic («а путин что по этому поводу»), the story's main figure, a country's officeholder or facts asked
// mid-chat (refused), and "which country does he run" after a question on the two people of the call.
import { describe, expect, it } from "vitest";
import { withoutEmphaticTo } from "../../src/dialogue/emphatic-to.js";
import { mainFigureOf } from "../../src/dialogue/main-figure.js";
import { offStoryAsked } from "../../src/dialogue/off-story-asked.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { voiceOnThatOf } from "../../src/dialogue/voice-on-that.js";
import { wrongThereOf } from "../../src/dialogue/wrong-there.js";
import { lastAnswer, lastEntry } from "../helpers/dialogue.js";
import { realKb } from "../helpers/engine.js";
import { expectFast } from "../helpers/long-input.js";

const speakers = new SpeakerNames(realKb);
const refusal = (messages: string[], lang: "en" | "ru" = "en") => {
  const a = lastAnswer(messages, lang);
  return !a.answer.answered && a.answer.reason === "out-of-scope";
};

describe("a Russian why in chat shorthand", () => {
  it("«пчм» after whom Putin blames asks why", () => {
    const a = lastAnswer(["кого путин винит в эскалации", "пчм"], "ru");
    expect(a.followUp).toBe("why");
    expect(a.answer.answer).toMatch(/провал/);
  });
});

describe("the emphatic «-то»", () => {
  it("comes off a word, not off an indefinite pronoun", () => {
    expect(withoutEmphaticTo("ну а о чем говорили-то")).toBe("ну а о чем говорили");
    expect(withoutEmphaticTo("а путин-то что")).toBe("а путин что");
    expect(withoutEmphaticTo("он что-то сказал? кто-то звонил?")).toBe("он что-то сказал? кто-то звонил?");
  });
  it("leaves «о чем говорили-то» the call's content", () => {
    expect(lastEntry(["это путин звонил эрдогану или наоборот?", "ну а о чем говорили-то"], "ru")).toBe(
      "putin-erdogan-call",
    );
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      withoutEmphaticTo(`${"ы".repeat(20000)}-т`);
      withoutEmphaticTo("ы-то ".repeat(4000));
    }, 200);
  });
});

describe("a voice asked on the last topic", () => {
  it("is that voice's words on it", () => {
    expect(lastEntry(["сколько людей погибло в газе", "а путин что по этому поводу"], "ru")).toBe(
      "putin-civilian-casualties",
    );
    expect(lastEntry(["много ли погибших среди мирного населения", "а путин-то что"], "ru")).toBe(
      "putin-civilian-casualties",
    );
    expect(lastEntry(["how many civilians were killed", "and what does putin say about that"])).toBe(
      "putin-civilian-casualties",
    );
  });
  it("is left alone where the engine finds no words of that voice on the topic", () => {
    const context = {
      entryId: "putin-erdogan-call",
      question: "who did putin call",
      speakerId: "putin",
      otherPersonId: "erdogan",
      topic: "call",
      lang: "en",
      at: 0,
      buttons: 0,
    } satisfies DialogueContext;
    const find = () => ({ answered: true, quotes: [] }) as never;
    expect(voiceOnThatOf("and what did peskov say about that", context, speakers, "en", find)).toBeNull();
    expect(voiceOnThatOf("and what did biden say about that", context, speakers, "en", find)).toBeNull();
  });
  it("stays fast on long input", () => {
    const context = { topic: "x" } as DialogueContext;
    const find = () => ({ answered: false, quotes: [] }) as never;
    expectFast(() => {
      voiceOnThatOf(`${"а ".repeat(5000)}путин что`, context, speakers, "ru", find);
      voiceOnThatOf(`${"and ".repeat(5000)}what does`, context, speakers, "en", find);
    }, 200);
  });
});

describe("the story's main figure", () => {
  it("is the summary's lead, Putin", () => {
    expect(lastEntry(["о чем статья вкратце", "кто там главный персонаж"], "ru")).toBe("who-is-putin");
    expect(lastEntry(["кто главный герой статьи"], "ru")).toBe("who-is-putin");
    expect(lastEntry(["what is it about", "who's the main character here"])).toBe("who-is-putin");
  });
  it("stays fast on long input", () => {
    const find = () => ({ answer: "" }) as never;
    expectFast(() => {
      mainFigureOf(`${"а ".repeat(5000)}кто`, null, speakers, "ru", find);
      mainFigureOf(`${"so ".repeat(5000)}who`, null, speakers, "en", find);
    }, 200);
  });
});

describe("a country's officeholder or facts asked mid-chat", () => {
  it("is refused, whatever the last answer was", () => {
    expect(refusal(["Is Turkey mentioned in the article at all?", "whats turkey's inflation rate rn"])).toBe(
      true,
    );
    expect(refusal(["does russia talk with hamas", "who is the president of palestine"])).toBe(true);
    expect(refusal(["who does putin blame", "who runs gaza right now"])).toBe(true);
    expect(refusal(["кто такой эрдоган", "кто сейчас президент палестины"], "ru")).toBe(true);
    expect(refusal(["кто такой эрдоган", "а какая инфляция в турции сейчас"], "ru")).toBe(true);
  });
  it("leaves the leaders the article names, questions of no place, and yes/no questions", () => {
    expect(lastEntry(["who leads russia now"])).toBe("who-is-putin");
    expect(lastEntry(["who is the turkish leader"])).toBe("who-is-erdogan");
    expect(offStoryAsked("who leads the peace efforts", "en", speakers)).toBe(false);
    expect(offStoryAsked("who heads the foreign ministry", "en", speakers)).toBe(false);
    expect(offStoryAsked("who is their leader", "en", speakers)).toBe(false);
    expect(offStoryAsked("does the war hurt israel's economy?", "en", speakers)).toBe(false);
    expect(offStoryAsked("погоди, кто такой эрдоган, напомни", "ru", speakers)).toBe(false);
    expect(offStoryAsked("кто руководит переговорами", "ru", speakers)).toBe(false);
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      offStoryAsked(`who is the president of ${"x ".repeat(50)}`, "en", speakers);
      offStoryAsked(`${"and ".repeat(5000)}who runs`, "en", speakers);
      offStoryAsked(`${"а ".repeat(5000)}кто президент`, "ru", speakers);
      offStoryAsked(`what ${"погод".repeat(4000)}`, "ru", speakers);
    }, 200);
  });
});

describe("which country 'he' runs", () => {
  it("after a question on both people of the call is the one the answer brought in", () => {
    expect(
      lastEntry(["who did putin call", "what did they talk about?", "which country does he run btw"]),
    ).toBe("who-is-erdogan");
  });
  it("after one person is that person's card, not the card on Russia's role", () => {
    expect(lastEntry(["who is putin", "what country is he from"])).toBe("who-is-putin");
    expect(lastEntry(["кто такой путин", "из какой он страны?"], "ru")).toBe("who-is-putin");
  });
});

describe("'there' after a wrong-doing", () => {
  const context = (topic: string) => ({ topic }) as DialogueContext;
  it("is the last topic when that topic is a matter", () => {
    expect(wrongThereOf("what did the us do wrong there", context("palestinian state"))).toBe(
      "what did the us do wrong on the palestinian state",
    );
    expect(
      lastEntry([
        "does putin support a palestinian state?",
        "and what did the americans do wrong there according to him",
      ]),
    ).toBe("us-ignores-palestinian-interests");
  });
  it("stays a place after a place", () => {
    expect(wrongThereOf("what did israel do wrong there", context("gaza"))).toBeNull();
    expect(wrongThereOf("what happened there", context("palestinian state"))).toBeNull();
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      wrongThereOf(`${"do ".repeat(50)}wrong`, context("x"));
      wrongThereOf(`${"fail ".repeat(30)}`, context("x"));
    }, 200);
  });
});
