// dialog44 of session 41: false verdicts in context and old leftovers, in our own phrasings — another voice asked
// "too" (voice-too.ts), a long story's final question (story-question.ts), who voiced that, why they bother, the
// direct talks "between the sides" and an object put first in Russian (object-first-ru.ts).
import { describe, it } from "vitest";
import type { Lang } from "../../src/answering/index.js";
import { asksWhyBother } from "../../src/dialogue/bother-why.js";
import { directDialogueRu } from "../../src/dialogue/direct-dialogue-ru.js";
import { objectFirstRuOf } from "../../src/dialogue/object-first-ru.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realKb } from "../helpers/engine.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

const langOf = (messages: string[]): Lang => (/\p{Script=Cyrillic}/u.test(messages.join(" ")) ? "ru" : "en");
const speakers = new SpeakerNames(realKb);
const verdictOf = (messages: string[]) => lastVerdict(messages, langOf(messages)) ?? null;

describe("another voice asked 'too' after a card quoting only other voices (voice-too.ts)", () => {
  it("is doesn't say, never the false Yes", () => {
    expectChatRows(verdictOf, [
      [["what did putin say about the united states?", "the kremlin too?"], "not-said"],
      [["what did putin say about the united states?", "and peskov too?"], "not-said"],
      [["что путин говорит о сша?", "а кремль тоже?"], "not-said"],
      [["в чём Путин обвиняет США?", "и МИД тоже?"], "not-said"],
      [["что сказал Песков?", "и МИД тоже?"], "not-said"],
    ]);
  });
  it("leaves the spokesman's body to body-too.ts: Yes", () => {
    expectChatRows(verdictOf, [[["what did peskov say?", "the kremlin too?"], "yes"]]);
  });
});

describe("a long story's final question has its verdict read alone (story-question.ts)", () => {
  it("is the question's, not the story's claim", () => {
    expectChatRows(verdictOf, [
      [
        [
          "so my cousin keeps saying the russians are just staying out of it and dont care about the middle east at all. is the kremlin actually saying anything about wanting to help?",
        ],
        "yes",
      ],
      [
        [
          "my brother says putin doesnt care about civilians in gaza at all and never talks about them, he is really sure about it. did putin voice concern over civilian casualties?",
        ],
        "yes",
      ],
    ]);
  });
});

describe("why they bother (bother-why.ts)", () => {
  it("is a bare why for a pronoun or a Russian voice", () => {
    expectRows(
      (t: string) => asksWhyBother(t, speakers),
      [
        ["why does moscow bother?", true],
        ["why would they even bother with it?", true],
        ["зачем москве это?", true],
        ["why does israel bother?", false],
        ["why does erdogan care?", false],
      ],
    );
  });
});

describe("the direct talks between the sides (direct-dialogue-ru.ts) and the object put first (object-first-ru.ts)", () => {
  it("drops the sides after the direct dialogue", () => {
    expectRows(directDialogueRu, [
      ["а прямые переговоры между сторонами он поддерживает?", "а прямой диалог он поддерживает?"],
      ["мид за прямые переговоры обеих сторон?", "мид за прямой диалог?"],
    ]);
  });
  it("asks in plain order, and leaves a question word or a named subject alone", () => {
    expectRows(objectFirstRuOf, [
      ["а прямой диалог он поддерживает?", "а он поддерживает прямой диалог?"],
      ["и переговоры они хотят?", "и они хотят переговоры?"],
    ]);
    expectRows(objectFirstRuOf, [
      ["что он поддерживает?", null],
      ["а мид поддерживает диалог?", null],
    ]);
  });
  it("gives the ministry's Yes in context", () => {
    expectChatRows(verdictOf, [
      [["на чём настаивает мид россии?", "а прямые переговоры между сторонами он поддерживает?"], "yes"],
    ]);
  });
});
