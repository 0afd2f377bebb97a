// quality-ru43's kinds through the bot (bot.handleUpdate, real engine and dialogue): the story's names in Latin
// letters and slang inside Russian, the spread in other verbs, wanting the war fought "до победы" (No: a ceasefire),
// another ministry in the Foreign Ministry's place (No: the Foreign Ministry), a summary asked in chat words, and
// Russian keywords typed in Latin letters. An off-topic question after chatter stays refused.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("quality-ru43 through the bot", () => {
  it.each([
    ["кто кроме рашки состоит в Quartet?", /ООН/],
    ["есть страх, что конфликт расползётся по всему региону?", /за пределы|выйти/],
    ["Путин призывал воевать до победы?", /прекращени/],
    ["Это генштаб заявлял про координацию региональных игроков?", /МИД/],
    ["лень читать простыню, накидай суть", /Путин/],
    ["putin rossiya provalnaya politika ssha", /США/],
  ])("answers '%s'", async (q, expected) => {
    const t = realBot();
    await t.send(q);
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/В статье об этом нет/);
    expectValidOutput(t.api);
  });

  it("says No to a call for fighting on, with the ceasefire he called for", async () => {
    const t = realBot();
    await t.send("Путин призывал воевать до победы?");
    expect(visibleText(t.api.lastReply())).toMatch(/(?:^|\n)Нет\./);
  });

  it("still refuses an off-topic question after chatter", async () => {
    const t = realBot();
    await t.send("На работе скучно, все ушли обедать. Какой курс доллара сегодня?");
    expect(visibleText(t.api.lastReply())).toMatch(/В статье об этом нет/);
    expectValidOutput(t.api);
  });
});
