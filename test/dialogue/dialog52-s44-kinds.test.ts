// dialog52 of session 44: kinds wave BZ's English dialogues missed — a thing put first and a wh-question taking it
// up by a pronoun (fronted-topic-asked.ts), "and X?" after a yes/no card that answered a wh-question
// (and-thing-on-card.ts), a report tag after the clause and a negated statement with a pronoun object and a
// positive tag (tagged-follow-up.ts). Our own phrasings.
import { describe, expect, it } from "vitest";
import { frontedTopicAskedOf } from "../../src/dialogue/fronted-topic-asked.js";
import { taggedFollowUpOf } from "../../src/dialogue/tagged-follow-up.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

const verdictOf = (chat: string[]) => lastAnswer(chat).verdict ?? null;
const ruVerdictOf = (chat: string[]) => lastAnswer(chat, "ru").verdict ?? null;
const textOf = (chat: string[]) => lastAnswer(chat).answer.answer;
/** Chats of several turns through the real engine: slow on a shared machine. */
const SLOW = 120_000;

describe("a thing put first, then a wh-question that takes it up", () => {
  it(
    "reads the thing into the pronoun's place; not chat glue, a person or a question of its own",
    () => {
      expectRows(frontedTopicAskedOf, [
        ["truce - who called for one?", "who called for a truce?"],
        ["a palestinian state: who backs it?", "who backs a palestinian state?"],
        ["talks — who is pushing for them?", "who is pushing for talks?"],
        ["the US - what does putin blame it for?", "what does putin blame the US for?"],
        ["ok, who wants one?", null],
        ["putin - who did he call?", null],
        ["so what is it?", null],
      ]);
      expectChatRows(textOf, [
        [["truce - who is asking for one?"], expect.stringMatching(/Putin/)],
        [["a ceasefire, who wants one?"], expect.stringMatching(/Putin/)],
      ]);
    },
    SLOW,
  );
});

describe("'and X?' after a yes/no card that answered a wh-question", () => {
  it(
    "is Yes where the card's evidence names the thing, then a detail of it is Yes too",
    () => {
      expectChatRows(verdictOf, [
        [["who is pushing for a ceasefire?", "and the negotiation process?"], "yes"],
        [["truce - who wants one?", "and negotiations?"], "yes"],
        [["who is pushing for a ceasefire?", "and negotiations?", "urgent?"], "yes"],
      ]);
    },
    SLOW,
  );
  it(
    "leaves a thing the card never names, and a party, to the switch",
    () => {
      expectChatRows(verdictOf, [
        [["who is pushing for a ceasefire?", "and sanctions?"], null],
        [["who is pushing for a ceasefire?", "and hamas?"], null],
      ]);
    },
    SLOW,
  );
});

describe("a statement tagged as a follow-up question", () => {
  it("reads a report tag and a negated statement's tag back into the question", () => {
    expectRows(taggedFollowUpOf, [
      ["so the kremlin will help, he says?", "so he says the kremlin will help?"],
      ["значит, кремль готов помочь, говорит он?", "значит, он говорит, что кремль готов помочь?"],
      ["he doesn't mention it, does he?", "does he mention it?"],
      ["putin didn't raise that, did he?", "did putin raise that?"],
      ["Putin didn't blame the US, did he?", null],
      ["russia is part of the quartet, isn't it?", null],
      ["who is he, they say?", null],
    ]);
  });
  it(
    "gives the verdicts in context: Putin's silence on Russia's role No, Peskov's help Yes",
    () => {
      expectChatRows(verdictOf, [
        [["is russia in the quartet?", "putin doesn't mention that, does he?"], "no"],
        [["is russia one of the quartet?", "putin didn't bring it up, did he?"], "no"],
        [["what does peskov say?", "so moscow is willing to assist, he says?"], "yes"],
        [["what did peskov say?", "so russia wants to help find a settlement, he said?"], "yes"],
      ]);
      expectChatRows(ruVerdictOf, [
        [["что говорит песков?", "значит, россия готова помочь, говорит он?"], "yes"],
      ]);
    },
    SLOW,
  );
});

it("keeps 'does the article give the date?' a No (the article gives no date: a question about the article)", () => {
  expect(verdictOf(["does the article give a date for the talks between putin and erdogan?"])).toBe("no");
});
