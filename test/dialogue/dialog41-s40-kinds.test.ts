// dialog41 of session 40: who made the call asked after it ("did erdogan make the call?", «а звонок сделал путин?»:
// doesn't say); a voice favouring a thing it stresses the need for ("does it advocate direct talks?": Yes); direct
// talks between "the parties" / the sides negotiating directly, and a mention of "direct talks", as the ministry's
// direct dialogue; a lone detail of the last answer ("immediate?", «немедленному?»); "what country's he from?" as
// "is". Our own phrasings, not the development sets'.
import { beforeAll, describe, it } from "vitest";
import { callInitiatorAsked } from "../../src/dialogue/call-initiator.js";
import { withIsUncontracted } from "../../src/dialogue/is-contraction.js";
import { twoSidesDialogueOf } from "../../src/dialogue/two-sides-dialogue.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

beforeAll(() => {
  lastAnswer(["who is in the quartet"]);
}, 120_000);

const ru = (messages: string[]) => (/[а-яё]/iu.test(messages.at(-1) ?? "") ? "ru" : "en");
const verdictOf = (messages: string[]) => lastAnswer(messages, ru(messages)).verdict;
const entryOf = (messages: string[]) => lastAnswer(messages, ru(messages)).answer.entry?.id ?? null;

describe("the readers' patterns", () => {
  it("reads who made the call, not a call made for something", () => {
    expectRows(
      (q) => callInitiatorAsked(q, /[а-яё]/iu.test(q) ? "ru" : "en", true),
      [
        ["did erdogan make the call", true],
        ["so did putin do that call", true],
        ["has putin placed the phone call", true],
        ["а звонок сделал путин", true],
        ["путин сделал этот звонок", true],
        ["did putin make the call for a ceasefire", false],
        ["did putin call erdogan", false],
        ["путин звонил эрдогану", false],
      ],
    );
  });
  it("puts the sides of direct talks as the article's peoples, and a mention of direct talks as its dialogue", () => {
    expectRows(twoSidesDialogueOf, [
      [
        "does it want direct talks between the parties?",
        "does it want direct talks between Israelis and Palestinians?",
      ],
      [
        "do they want the two sides to negotiate directly?",
        "do they want direct talks between Israelis and Palestinians?",
      ],
      ["does the article mention direct negotiations?", "does the article mention direct dialogue?"],
      ["does putin want talks between the parties?", null],
      ["did the sides talk?", null],
    ]);
  });
  it("reads a noun's 's before a subject pronoun as 'is'", () => {
    expectRows(withIsUncontracted, [
      ["what country's he from?", "what country is he from?"],
      ["which party's she with?", "which party is she with?"],
      ["what country's leader did he call?", "what country's leader did he call?"],
    ]);
  });
});

describe("verdicts in context", () => {
  it("the one who dialled is unsaid; that they spoke stays Yes", () => {
    expectChatRows(verdictOf, [
      [["who did putin talk to on the phone?", "did erdogan make the call?"], "not-said"],
      [["what did putin and erdogan discuss?", "so did putin make that call?"], "not-said"],
      [["с кем говорил путин по телефону?", "а звонок сделал путин?"], "not-said"],
      [["did putin call erdogan?"], "yes"],
    ]);
  });
  it("favouring what a voice stresses the need for is Yes; a proposal or force is not", () => {
    expectChatRows(verdictOf, [
      [["What does the Russian Foreign Ministry call for?", "does it advocate direct talks?"], "yes"],
      [
        ["what's the foreign ministry's position?", "does it want the two sides to negotiate directly?"],
        "yes",
      ],
      [["does the article mention direct talks?"], "yes"],
      [["does the article mention direct talks between israel and hamas?"], "not-said"],
      [["does putin advocate military action?"], "no"],
      [["does peskov advocate sanctions?"], "not-said"],
    ]);
  });
  it("a lone detail of the last answer is confirmed; one it does not hold is not", () => {
    expectChatRows(verdictOf, [
      [["what did putin want in the call?", "an urgent one?"], "yes"],
      [["кто призвал к прекращению огня?", "немедленному?"], "yes"],
      [["who called for a ceasefire", "permanent?"], null],
      // A contracted subject makes a clause, a fact asked: Moscow only presents itself as impartial.
      [["how does moscow try to come across in this conflict", "so they're neutral?"], "not-said"],
    ]);
    expectChatRows(entryOf, [[["who did putin speak with?", "what country's he from?"], "who-is-erdogan"]]);
  });
});
