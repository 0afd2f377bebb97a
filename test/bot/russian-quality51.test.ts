// quality-ru51's kinds through the bot (bot.handleUpdate, real engine and dialogue): a flare-up in slang asked of
// Putin's view (his blame of the US), an act of force he is said to have proposed (No, with the ceasefire), the
// Quartet given a wrong list (No, with the UN and the EU), the ministry's dialogue with a wrong pair (No, with the
// Palestinians), the last paragraph asked by position. A blast elsewhere stays refused. Rows of (question → what the
// reply shows / must not show), test/helpers/real-chat.ts.
import { describe, it } from "vitest";
import { expectReplies, type ReplyRow } from "../helpers/real-chat.js";

/** Not a refusal nor a doubt. */
const ANSWERED = [/В статье об этом нет|Не уверен/u];

const ANSWERS: readonly ReplyRow[] = [
  ["а почему, как считает путин, там опять всё бахнуло?", [/США[\s\S]*провал|провал[\s\S]*США/u], ANSWERED],
  // An act the article never names is "not said" (as the blind sets label peacekeepers), with what he does want.
  [
    "путин предлагал направить туда миротворцев?",
    [/(?:^|\n)В статье об этом не сказано\.[\s\S]*прекращени\p{L}* огня/u],
    ANSWERED,
  ],
  ["квартет это россия, сша, канада и австралия?", [/(?:^|\n)Нет\.[\s\S]*ООН/u], ANSWERED],
  [
    "МИД призвал к прямому диалогу Израиля с Саудовской Аравией?",
    [/(?:^|\n)Нет\.[\s\S]*палестин/u],
    ANSWERED,
  ],
  ["в чём главная мысль последнего абзаца?", [/всеобъемлющ|инклюзивн/u], ANSWERED],
];

describe("quality-ru51 through the bot", () => {
  it.each(ANSWERS.map((row) => [row[0], row] as const))("answers '%s'", async (_question, row) => {
    await expectReplies([row]);
  });

  it("still refuses a blast elsewhere", async () => {
    await expectReplies([["почему в порту бейрута всё рвануло?", [/В статье об этом нет/u]]]);
  });
});
