// dialog51 of session 44: kinds wave BY's English dialogues missed — who dialled asked as "place / make the call to
// X" (call-initiator.ts: doesn't say, was Yes), Peskov's readiness to help (readiness-as-seeks.ts: Yes, was a
// misattributed No), what was missing from Washington's efforts (lacking-asked.ts), how Moscow backs up its image
// (means-asked.ts), and "topic?" after a question on the call (call-topic-fragment.ts). Our own phrasings.
import { describe, expect, it } from "vitest";
import { expectVerdicts } from "../helpers/claims.js";
import { lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows } from "../helpers/kind-table.js";

const verdictOf = (chat: string[]) => lastAnswer(chat).verdict ?? null;
const ruVerdictOf = (chat: string[]) => lastAnswer(chat, "ru").verdict ?? null;
const textOf = (chat: string[]) => lastAnswer(chat).answer.answer;
const ruTextOf = (chat: string[]) => lastAnswer(chat, "ru").answer.answer;

describe("who placed the call, asked with 'to' the one phoned", () => {
  it("is not said; a plain 'did putin call erdogan?' keeps its Yes", () => {
    expectChatRows(verdictOf, [
      [["did erdogan place the call to putin?"], "not-said"],
      [["did putin make the call to erdogan?"], "not-said"],
      [["did erdogan initiate the call to the russian president?"], "not-said"],
      [["did putin place a call to erdogan?"], "not-said"],
      [["did putin call erdogan?"], "yes"],
    ]);
  });
});

describe("readiness to help in the voice of the one who speaks of the help", () => {
  it("Peskov's 'seeks to assist' confirms his 'ready/willing to help'; Putin's stays misattributed", () => {
    expectVerdicts([
      ["Peskov says russia is ready to help", "paraphrase"],
      ["Peskov says Moscow is willing to assist", "paraphrase"],
      ["Peskov said russia is ready to help find a settlement", "paraphrase"],
      ["Putin says russia is ready to help", "misattributed"],
      ["Putin said Moscow is willing to assist in a settlement", "misattributed"],
      ["The Foreign Ministry says russia is ready to help", "misattributed"],
    ]);
    expectChatRows(verdictOf, [
      [["and peskov?", "so he says russia is ready to help, right?"], "yes"],
      [["does peskov say the kremlin is ready to help?"], "yes"],
    ]);
  });
});

describe("what was missing, after an answer that names a lack", () => {
  it("gives the compromises and the Palestinians again; not after an answer with no lack", () => {
    expectChatRows(textOf, [
      [
        ["what's putin's problem with the american peace efforts?", "what did they leave out, in his view?"],
        expect.stringMatching(/compromis/i),
      ],
      [
        ["why does putin blame the us?", "so what was lacking?"],
        expect.stringMatching(/compromis|Palestin/i),
      ],
    ]);
    expectChatRows(ruTextOf, [
      [
        ["за что путин критикует вашингтон?", "а чего не хватало?"],
        expect.stringMatching(/компромисс|палестин/i),
      ],
    ]);
    expectChatRows(textOf, [
      [["who is peskov?", "so what was lacking?"], expect.not.stringMatching(/^This is what/)],
    ]);
  });
});

describe("how the last answer's doer goes about it", () => {
  it("gives Moscow's 'by highlighting its relationships' again", () => {
    expectChatRows(textOf, [
      [
        ["how does russia portray itself?", "how do they make that case?"],
        expect.stringMatching(/Israel[\s\S]*Palestin/),
      ],
      [["does moscow claim to be neutral?", "how does it support that?"], expect.stringMatching(/Palestin/)],
      [
        ["how does moscow want to come across?", "how does it back that up?"],
        expect.stringMatching(/Israel/),
      ],
    ]);
    expectChatRows(ruTextOf, [
      [["как москва себя позиционирует?", "чем она это подкрепляет?"], expect.stringMatching(/палестин/i)],
    ]);
    expectChatRows(textOf, [
      [["who is peskov?", "how does he back that up?"], expect.not.stringMatching(/^This is how/)],
    ]);
  });
});

describe("'topic?' after a question on the call", () => {
  it("is the call's content; not after the call for a ceasefire or another topic", () => {
    expectChatRows(textOf, [
      [["putin erdogan call date?", "topic?"], expect.stringMatching(/ceasefire/)],
      [["when did putin phone erdogan?", "subject?"], expect.stringMatching(/ceasefire/)],
      [["who called whom?", "content?"], expect.stringMatching(/ceasefire/)],
      [["who is peskov?", "topic?"], expect.not.stringMatching(/phone call with/)],
      [["does putin call for a ceasefire?", "topic?"], expect.not.stringMatching(/phone call with Turkish/)],
    ]);
    expectChatRows(ruTextOf, [
      [["когда был звонок путина эрдогану?", "тема?"], expect.stringMatching(/огня/)],
    ]);
    expectChatRows(ruVerdictOf, [[["когда был звонок путина эрдогану?", "тема?"], null]]);
  });
});
