// dialog50: kinds wave AA's dialogues missed — the wrong caller of the reported call (wrong-caller.ts), "did he
// say that to X?" after the caller's words and «а X он это говорил?» (call-party.ts), "he … him" as the two on
// the call (pronoun-reading.ts), "at least" as a concession (yes-no.ts), "right, but"/"ok then." leads,
// "is the article about syria?" answered with the summary (topic-denied.ts), «а он разве не X?» (identity-ru.ts),
// "who's the … guy putin phoned" as a who-question (answered-person.ts), "where does the un come in?"
// (party-part.ts), "did he say it at the un?" (said-where.ts). Our own phrasings, from the article. Rows of
// (chat → what its last answer is), test/helpers/kind-table.ts; the bot's reply, test/helpers/real-chat.ts.
import { describe, expect, it } from "vitest";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { expectChatRows } from "../helpers/kind-table.js";
import { expectReplies } from "../helpers/real-chat.js";

const ruVerdict = (chat: string[]) => lastVerdict(chat, "ru");
/** The last answer's verdict and text (rows match the text with expect.stringMatching). */
const verdictAndText = (chat: string[]) => {
  const a = lastAnswer(chat);
  return { verdict: a.verdict, text: a.answer.answer };
};
const answerText = (chat: string[]) => lastAnswer(chat).answer.answer;

describe("the reported call asked with another caller", () => {
  it("is No with the call quoted, in both languages; a plain talk stays doesn't say", () => {
    expectChatRows(verdictAndText, [
      [["did the foreign ministry phone erdogan?"], { verdict: "no", text: expect.stringMatching(/putin/i) }],
    ]);
    expectChatRows(ruVerdict, [[["песков звонил эрдогану?"], "no"]]);
    expectChatRows(lastVerdict, [
      [["did putin call erdogan?"], "yes"],
      [["did peskov speak to erdogan?"], "not-said"],
    ]);
  });
});

describe("the wrong caller through the bot", () => {
  it("opens with No and names Putin", async () => {
    await expectReplies([["did peskov call erdogan?", [/\nNo\. [\s\S]*Putin/]]]);
  });
});

describe("the caller's words said to someone else", () => {
  it("'he … him' is the two on the call, and 'did he say that to X?' is No", () => {
    expectChatRows(answerText, [
      [
        ["who did putin talk to on the phone?", "what did he tell him?"],
        expect.stringMatching(/cease-?fire/i),
      ],
    ]);
    expectChatRows(lastVerdict, [
      [["who did putin talk to on the phone?", "what did he tell him?", "did he tell that to macron?"], "no"],
    ]);
    expectChatRows(ruVerdict, [[["что путин сказал эрдогану?", "а макрону он это говорил?"], "no"]]);
  });
});

describe("chat words around a yes/no", () => {
  it("'at least' and a 'right, but' lead leave the entry's Yes", () => {
    expectChatRows(lastVerdict, [
      [["how many people died?", "right, but is putin at least concerned for civilians?"], "yes"],
    ]);
  });

  it("'is the article about syria?' after a refusal is No with the summary", () => {
    expectChatRows(lastVerdict, [
      [["who won the last world cup?", "ok then. is the article about syria?"], "no"],
    ]);
    expectChatRows((chat) => lastVerdict(chat) !== "no", [[["is the article about israel?"], true]]);
  });
});

describe("offices, parts and places", () => {
  it("«а он разве не X?» asks the office: No for another, Yes for his own", () => {
    expectChatRows(ruVerdict, [
      [["что говорит песков?", "а он разве не министр обороны?"], "no"],
      [["кто такой путин?", "он разве не президент россии?"], "yes"],
    ]);
  });

  it("'who's the … guy putin phoned' makes 'he' the answer's person", () => {
    expectChatRows(verdictAndText, [
      [
        ["who's the leader putin rang?", "is he the king of jordan?"],
        { verdict: "no", text: expect.stringMatching(/turkish/i) },
      ],
    ]);
  });

  it("'where does the eu come in?' is the EU's part: the Quartet", () => {
    expectChatRows(answerText, [
      [
        ["does the kremlin talk to both sides?", "where does the eu come in?"],
        expect.stringMatching(/quartet/i),
      ],
    ]);
  });

  it("'did he say it at the un?' is doesn't say: the article gives no place", () => {
    expectChatRows(lastVerdict, [
      [
        ["who said the kremlin wants a constructive role?", "did he say it at a press conference?"],
        "not-said",
      ],
    ]);
  });
});
