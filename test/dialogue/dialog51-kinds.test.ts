// dialog51: kinds wave AB's dialogues missed — follow-ups carried on from the last entry (carried-asks.ts): an
// attribute added ("an independent one?"), "both sides or just X?", the remedy asked passively or in Russian,
// «и X тоже?» after Putin's wants, Putin offering Russia as mediator, "did X come up…?", "and hamas?" after the
// Kremlin's contacts; the article's topic asked mid-dialogue (follow-up.ts); a mention "on that call"
// (mentioned-by.ts). Our own phrasings, from the article. Rows of (chat → what its last answer is),
// test/helpers/kind-table.ts.
import { describe, expect, it } from "vitest";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, visibleText } from "../helpers/harness.js";
import { expectChatRows } from "../helpers/kind-table.js";

const ruVerdict = (chat: string[]) => lastVerdict(chat, "ru");
/** The last answer's verdict and text (rows match the text with expect.stringMatching). */
const verdictAndText = (chat: string[]) => {
  const a = lastAnswer(chat);
  return { verdict: a.verdict ?? null, text: a.answer.answer };
};
const answerText = (chat: string[]) => lastAnswer(chat).answer.answer;
const ruAnswerText = (chat: string[]) => lastAnswer(chat, "ru").answer.answer;

describe("an attribute added to the last question", () => {
  it("'an independent one?' after the Palestinian state is Yes with 'independent'; Russian too", () => {
    expectChatRows(verdictAndText, [
      [
        ["what's putin's view of palestinian statehood?", "an independent one?"],
        { verdict: "yes", text: expect.stringMatching(/independent/i) },
      ],
    ]);
    expectChatRows(ruVerdict, [[["путин за палестинское государство?", "а независимое?"], "yes"]]);
  });
});

describe("both sides or one", () => {
  it("'on both sides or just gaza?' after the casualties names Israel and Gaza, with no yes/no", () => {
    expectChatRows(verdictAndText, [
      [
        ["is putin bothered by the civilian deaths?", "on both sides or just gaza?"],
        { verdict: null, text: expect.stringMatching(/Israel[\s\S]*Gaza|Gaza[\s\S]*Israel/) },
      ],
    ]);
  });
});

describe("the remedy and the wants carried on", () => {
  it("the remedy after the feared spread, asked passively and in Russian, is the Foreign Ministry's", () => {
    expectChatRows(answerText, [
      [
        ["could this spread to the wider region?", "what's being proposed to deal with that?"],
        expect.stringMatching(/regional/i),
      ],
    ]);
    expectChatRows(ruAnswerText, [
      [
        ["кризис может выйти за пределы региона?", "и что с этим предлагают делать?"],
        expect.stringMatching(/регион/i),
      ],
    ]);
  });

  it("«и переговоры возобновить тоже?» after what Putin wants is Да", () => {
    expectChatRows(ruVerdict, [[["чего хочет путин?", "и переговоры возобновить тоже?"], "yes"]]);
  });
});

describe("Putin asked to have offered Russia as the mediator", () => {
  it("is No: he makes no mention of Russia's own role", () => {
    expectChatRows(verdictAndText, [
      [
        ["did putin offer russia as a mediator?"],
        { verdict: "no", text: expect.stringMatching(/no mention/i) },
      ],
    ]);
    expectChatRows(ruVerdict, [
      [["кого винит путин?", "это правда что он предлагал россию как посредника?"], "no"],
    ]);
  });
});

describe("a side after the Kremlin's contacts", () => {
  it("'and hamas?' after 'did the kremlin cut contact with israel? — No' is No naming Hamas", () => {
    expectChatRows(verdictAndText, [
      [
        ["has the kremlin broken off contact with israel?", "and hamas?"],
        { verdict: "no", text: expect.stringMatching(/Hamas/) },
      ],
    ]);
  });
});

describe("a mention on the call", () => {
  it("what the call's quote holds is Yes; the US, said beside the call, is doesn't say — never an empty Yes", () => {
    expectChatRows(lastVerdict, [
      [["who did putin phone?", "did he bring up a ceasefire on that call?"], "yes"],
    ]);
    expectChatRows(verdictAndText, [
      [
        ["who did putin phone?", "did he bring up the us on that call?"],
        { verdict: "not-said", text: expect.stringMatching(/US/) },
      ],
    ]);
  });
});

describe("the article's topic asked mid-dialogue", () => {
  it("«а статья вообще про сирию?» after the Quartet is Нет through the bot", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine });
    await t.send("кто входит в квартет?");
    await t.send("а статья вообще про сирию?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Нет\. Статья не об этом/m);
  });
});
