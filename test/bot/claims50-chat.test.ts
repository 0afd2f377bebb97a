// claims50 through bot.handleUpdate: the article's English words under a Russian attribution are shown word for
// word as that speaker's (russian-lead.ts), and a country's possessive before another speaker's name keeps right
// words from being confirmed in the wrong mouth (speaker-possessor.ts). Claims written for this test. Rows of
// (claim → what the reply shows / must not show), test/helpers/real-chat.ts.
import { describe, it } from "vitest";
import { expectReplies } from "../helpers/real-chat.js";

describe("/check with a Russian attribution and a possessive", () => {
  it("confirms the Foreign Ministry's English words under «МИД России:»", async () => {
    await expectReplies([
      [
        '/check МИД России: "stresses the importance of coordinating regional players"',
        [/Word for word in the article|Слово в слово как в статье/, /coordinating regional players/],
      ],
    ]);
  });

  it("does not confirm Putin's words as Turkey's Erdogan's", async () => {
    await expectReplies([
      [
        "/check Turkey's Erdogan criticized Washington for monopolizing peace efforts.",
        [/Putin/],
        [/in other words|word for word/i],
      ],
    ]);
  });
});
