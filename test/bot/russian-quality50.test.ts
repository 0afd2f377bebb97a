// quality-ru50's kinds through the bot (bot.handleUpdate, real engine and dialogue): criticism in a colloquial verb
// (who "наезжает" on the US: Putin), Putin said to be silent on the Palestinians (No, with what he said of them),
// a dispute closed by "кто прав?" (the claim answered), the call asked of Peskov (doesn't say, with Putin's call),
// why Russia is in the story. A dispute off the story stays refused. Rows of (question → what the reply shows /
// must not show), test/helpers/real-chat.ts.
import { describe, it } from "vitest";
import { expectReplies } from "../helpers/real-chat.js";

/** Neither "not in the article" nor the Russian-role silence these questions used to get. */
const MISREAD = /В статье об этом нет|собственную роль России/;

describe("quality-ru50 through the bot", () => {
  it.each([
    ["а кто в этой заметке катит бочку на америку?", /Путин/],
    // A negated question answers the positive fact (docs/conversation.md, session 39): he did speak of them.
    ["путин про палестинцев вообще ни слова не сказал?", /(?:^|\n)Да, сказал\.[\s\S]*палестин/],
    [
      "пишу из офиса: начальник уверяет, что россия в квартет не входит, а я думаю входит. кто из нас прав?",
      /(?:^|\n)Да, входит\.[\s\S]*Россия/,
    ],
    // A wrong caller of the reported call is No naming Putin (docs/conversation.md, dialog50's tally: writers 2/2).
    ["Песков созванивался с Эрдоганом?", /(?:^|\n)Нет\.[\s\S]*Путин/],
    ["а москва тут каким боком?", /конструктивн/],
  ])("answers '%s'", async (q, expected) => {
    await expectReplies([[q, [expected], [MISREAD]]]);
  });

  it("still refuses a dispute off the story", async () => {
    await expectReplies([
      ["кум говорит, что спартак возьмёт кубок, а я нет. кто прав?", [/В статье об этом нет/]],
    ]);
  });
});
