// quality-en50's single questions through bot.handleUpdate: the article asked whether it is about another topic
// (No, with what it is about; English and Russian), a check of which war it covers with a guess after it (one
// question, not two), a praise of the US put in Putin's voice (No), a long message asking what he said "and to
// whom" behind a plea to clear it up (the call, no yes/no line), and an unquoted party's agreement with a person
// (doesn't say, with that party's unreported reaction, not who the person is). Rows of (question → what the reply
// shows / must not show), test/helpers/real-chat.ts.
import { describe, it } from "vitest";
import { expectReplies, type ReplyRow } from "../helpers/real-chat.js";

const ROWS: readonly (readonly [title: string, row: ReplyRow])[] = [
  [
    "says No to the article being about another topic",
    ["wait, is this the piece about the floods in pakistan?", [/^No\b/m, /Gaza/]],
  ],
  ["says Нет to «это текст про …» of another topic", ["это текст про выборы в сша?", [/^Нет\./m, /Газ/]]],
  [
    "answers which war with a wrong guess as one question",
    ["which conflict is this article about? venezuela?", [/^No\b/m], [/doesn.t cover/]],
  ],
  [
    "says No to Putin praising the US",
    ["so putin reckons the americans did a top job in the region?", [/^No\b/m, /fail/]],
  ],
  [
    "answers what he said and to whom after a story",
    [
      "my coworker keeps insisting putin only went after hamas and said nothing else, but i remember there was a phone call with some leader and something about a truce. could you sort it out, what did he really say and to whom?",
      [/Erdogan/, /ceasefire/],
      [/^(?:No|Yes|The article doesn.t say)\b/m],
    ],
  ],
  [
    "does not answer who Putin is when asked whether Erdogan agreed with him",
    [
      "did erdogan agree with putin?",
      [/doesn.t report anything Erdogan said/],
      [/identifies Vladimir Putin/],
    ],
  ],
];

describe("quality-en50's single questions in the chat", () => {
  it.each(ROWS)("%s", async (_title, row) => {
    await expectReplies([row]);
  });
});
