// quality-r2-30's kinds (wave AO), unit by unit and through the engine: chat spellings of everyday words the readers
// match on (so this session's kinds survive "ppl", "u", "abt", "w/", "whats"), Russia's stake in one side, whom Russia
// has long-standing ties with, an outcome verb after a word of duty (RU), a ministry asked by «ведомство» (RU), and a
// run-on Russian message's closing question. Questions written for this test; the engine's figures are the probes'
// (probes-en62, probes-ru62 in test/eval/question-sets.test.ts).
import { describe, expect, it } from "vitest";
import { wantedAnswerType } from "../../src/answering/answer-type.js";
import { withChatWordsSpelt } from "../../src/answering/chat-words.js";
import { asRussianWhichOffice } from "../../src/answering/ministry-keywords.js";
import { rambleQuestionOf } from "../../src/answering/russian/ramble-question.js";
import { asStakeInSide } from "../../src/answering/stake-in-side.js";
import { answerChecks } from "../helpers/answering.js";

const en = answerChecks("en");
const ru = answerChecks("ru");

describe("chat spellings of everyday words", () => {
  it("spells them out for the readers", () => {
    expect(withChatWordsSpelt("how does russia want ppl to see it")).toBe(
      "how does russia want people to see it",
    );
    expect(withChatWordsSpelt("what did he say abt it")).toBe("what did he say about it");
    expect(withChatWordsSpelt("ties w/ both sides")).toBe("ties with both sides");
    expect(withChatWordsSpelt("does it want u to see it")).toBe("does it want you to see it");
    expect(withChatWordsSpelt("whats russias role, doesnt it say")).toBe(
      "what's russias role, doesn't it say",
    );
  });
  it("leaves words that only look like them", () => {
    expect(withChatWordsSpelt("w/o a ceasefire")).toBe("w/o a ceasefire");
    expect(withChatWordsSpelt("is the u.n. in it")).toBe("is the u.n. in it");
    expect(withChatWordsSpelt("whose side is he on")).toBe("whose side is he on");
  });
  it.each([
    "how does the kremlin want ppl to think of it",
    "how would moscow like u to view it",
    "what does russia hope ppl think of it",
  ])("%s → the impartial mediator", (q) => expect(en.ask(q).entry?.id).toBe("russia-impartial-mediator"));
});

describe("Russia's stake in one side", () => {
  it("reads it as the ties with that side", () => {
    expect(asStakeInSide("does russia have a real stake in the palestinian cause")).toBe(
      "what ties does russia have with the palestinians",
    );
    expect(asStakeInSide("is moscow invested in israel")).toBe("what ties does moscow have with israel");
    expect(asStakeInSide("does russia have a stake in the outcome")).toBe(
      "does russia have a stake in the outcome",
    );
  });
  it("answers with the ties, not the contacts card", () => {
    expect(en.ask("has the kremlin got any stake in the palestinians").entry?.id).toBe(
      "russia-palestinian-ties",
    );
  });
});

describe("whom Russia has long-standing ties with", () => {
  it.each(["which peoples does moscow have old ties with", "who does the kremlin have historic ties to"])(
    "%s → both named",
    (q) => {
      const answer = en.ask(q).answer ?? "";
      expect(answer).toMatch(/palestin/i);
      expect(answer).toMatch(/israel/i);
    },
  );
});

describe("Russian: an outcome after a word of duty, an office asked, a run-on ramble", () => {
  it("a duty is not an outcome asked", () => {
    expect(wantedAnswerType("какое соглашение должно быть подписано", "ru")).toBeNull();
    expect(wantedAnswerType("какое перемирие нужно заключено", "ru")).toBeNull();
    expect(wantedAnswerType("перемирие заключено", "ru")).toBe("outcome");
  });
  it("«какое ведомство …» asks which ministry", () => {
    expect(asRussianWhichOffice("какое ведомство хочет стабилизации")).toBe(
      "кто из министерств хочет стабилизации",
    );
    expect(asRussianWhichOffice("какие органы власти")).toBe("какие органы власти");
    expect(ru.ask("какое ведомство призывает к прямому диалогу палестинцев и израиля").answer).toMatch(/МИД/);
  });
  it.each(["как кремль хочет, чтобы его воспринимали", "каким путин хочет чтобы люди видели россию"])(
    "%s → the impartial mediator",
    (q) => expect(ru.ask(q).entry?.id).toBe("russia-impartial-mediator"),
  );
  it("reads the closing clause of a run-on message as its question", () => {
    const q = rambleQuestionOf(
      "короче я вообще не понимаю, вроде путин всё время говорит про мир и про переговоры а сам при этом ругает штаты, так за что именно он их ругает?",
    );
    expect(q).toMatch(/^так за что именно Путин их ругает\?$/);
  });
});
