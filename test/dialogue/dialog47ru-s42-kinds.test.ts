// dialog47ru (session 42): kinds wave BV's Russian dialogues (dialogues112) missed — who placed the call asked by
// «сам»/«первым»/«лично» after the one phoned ("путин звонил эрдогану сам?": a false «Да.», call-initiator.ts).
// A party the article never quotes agreeing, asked after the call («а эрдоган с ним согласен?»: read as "what did
// Putin say about Erdogan agreeing", no verdict line; reaction.ts), and «что,» after the subject as a particle of
// surprise, not "what" («а эрдоган что, согласился?», what-particle-ru.ts). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { swappedObjectRu } from "../../src/dialogue/topic-swap-ru.js";
import { withoutWhatParticleRu } from "../../src/dialogue/what-particle-ru.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

describe("who placed the call, asked by «сам», «первым», «лично», 'himself'", () => {
  it("is doesn't say (the article never says who dialled), while whether they spoke stays Yes", () => {
    expectChatRows(lastVerdict, [
      [["эрдогану путин позвонил сам или нет?"], "not-said"],
      [["путин набрал эрдогана первым?"], "not-said"],
      [["путин лично звонил эрдогану?"], "not-said"],
      [["did putin phone erdogan himself?"], "not-said"],
      [["did erdogan call putin personally?"], "not-said"],
      [["путин звонил эрдогану?"], "yes"],
      [["did putin call for a ceasefire himself?"], "yes"],
    ]);
  });
});

describe("a party the article never quotes agreeing, asked after the call", () => {
  it("is doesn't say, read as its own yes/no, not a switch to the last voice's words", () => {
    expectChatRows(
      (m) => lastVerdict(m, "ru"),
      [
        [["кому звонил путин?", "а эрдоган с ним согласен?"], "not-said"],
        [["с кем говорил путин?", "а турецкий лидер согласен?"], "not-said"],
        [["с кем путин говорил по телефону?", "и о чём?", "а эрдоган что, согласился?"], "not-said"],
        [["путин звонил эрдогану?", "эрдоган согласился с ним?"], "not-said"],
      ],
    );
  });
});

describe("«что,» after the subject, a particle of surprise", () => {
  it("is taken out, so the question stays a yes/no; «что» as 'what' or 'that' is kept", () => {
    expectRows(withoutWhatParticleRu, [
      ["а эрдоган что, согласился?", "а эрдоган согласился?"],
      ["путин что, сам звонил эрдогану?", "путин сам звонил эрдогану?"],
      ["а сша что, виноваты?", "а сша виноваты?"],
      ["что путин сказал про сша?", null],
      ["путин сказал, что сша виноваты?", null],
      ["а эрдоган что сказал?", null],
    ]);
  });
  it("keeps the verdict of the question under it", () => {
    expectChatRows(
      (m) => lastVerdict(m, "ru"),
      [
        [["путин что, сам звонил эрдогану?"], "not-said"],
        [["а путин что, за прекращение огня?"], "yes"],
      ],
    );
  });
});

describe("«а про X?» after a Russian yes/no: the last question with its object swapped", () => {
  it("keeps the verb of saying after the object, and the question mark of a yes/no", () => {
    expectRows(
      (q) => swappedObjectRu(q, "путин про ", "переговоры", true),
      [
        ["путин про прекращение огня что-то говорил", "путин про переговоры что-то говорил?"],
        ["путин про сша упоминал?", "путин про переговоры упоминал?"],
        ["путин про прекращение огня", "путин про переговоры?"],
      ],
    );
    expect(swappedObjectRu("что сказал путин про сша", "что сказал путин про ", "израиль", false)).toBe(
      "что сказал путин про израиль",
    );
  });
  it("asks the yes/no again of the new topic, English words too", () => {
    expectChatRows(
      (m) => lastVerdict(m, "ru"),
      [
        [["путин говорил про прекращение огня?", "а про negotiations?"], "yes"],
        [["путин говорил про прекращение огня?", "а про переговоры?"], "yes"],
      ],
    );
  });
});
