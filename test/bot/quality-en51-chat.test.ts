// quality-en51's single questions through bot.handleUpdate: whether the article praises the US (No, with Putin's
// criticism), a wrong member of the Quartet with the article named after the group (No, with the real members, not
// "the article does not mention <the whole phrase>"), a story voice asked to have called for a ceasefire (No, with
// Putin's call), and a Russian negated statement answered by its positive fact («путин не упомянул …?» — «Нет, не
// упомянул.», the convention since session 39; a rhetorical «разве … не …?» Нет; English "he didn't…, did he?" "No,
// he didn't"). Rows of (question → what the reply shows / must not show), test/helpers/real-chat.ts.
import { describe, it } from "vitest";
import { expectReplies, type ReplyRow } from "../helpers/real-chat.js";

const ROWS: readonly (readonly [title: string, rows: readonly ReplyRow[]])[] = [
  [
    "says No to the article praising the US",
    [["so is washington praised in the text or not", [/^No\b/m, /fail/]]],
  ],
  [
    "says No to a wrong Quartet member, naming the members",
    [
      [
        "is india one of the members of the quartet mentioned in the article?",
        [/^No\b/m, /European Union/],
        [/does not mention india one of/i],
      ],
    ],
  ],
  [
    "says No to Peskov pushing for a truce, with Putin's call",
    [["did peskov push for a truce?", [/^No\b/m, /Putin/]]],
  ],
  [
    "answers a Russian negated statement by its positive fact, echoed",
    [["путин не упомянул роль россии в мирном процессе?", [/^Нет, не упомянул\./m]]],
  ],
  [
    "keeps Нет for a rhetorical разве and No for an English tag",
    [
      ["разве путин не упомянул роль россии?", [/^Нет[.,]/m]],
      ["putin didn't mention russia's role, did he?", [/^No\b/m]],
    ],
  ],
];

describe("quality-en51's single questions in the chat", () => {
  it.each(ROWS)("%s", async (_title, rows) => {
    await expectReplies(rows);
  });
});
