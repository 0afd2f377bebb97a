// verdict42 (session 41) through bot.handleUpdate: the first line of a stand-alone yes/no question's reply. Rows of
// (question → what the first reply shows / must not show), test/helpers/real-chat.ts; our own phrasings of the kinds
// wave BS showed (test/dialogue/verdict42-s41-kinds.test.ts has the readers).
import { describe, it } from "vitest";
import { expectReplies } from "../helpers/real-chat.js";

const YES = /^Yes\b/m;
const DA = /^Да(?!\p{L})/mu;
const NO = /^No\b/m;
const NET = /^Нет(?!\p{L})/mu;
const NOT_SAID = /doesn.t say/;
const NE_SKAZANO = /не сказано/;

describe("verdict42: the yes/no line the article settles for the subject asked", () => {
  it("says Да on the ceasefire card to a wish to stop the fire in Gaza", async () => {
    await expectReplies([
      ["путин призывает прекратить огонь в газе?", [DA, /прекращени/], [NE_SKAZANO]],
      ["Путин требует прекратить стрельбу или нет?", [DA, /прекращени/], [NE_SKAZANO]],
      ["is putin pushing for the fighting in gaza to end right away?", [YES, /ceasefire/]],
    ]);
  }, 120_000);

  it("reads the question after the asker's remark or tone", async () => {
    await expectReplies([
      ["Ладно. Серьёзно, Путин сказал, что политика США провалилась?", [DA, /провал/], [NE_SKAZANO]],
      ["Come on, did Putin really say the US policy failed?", [YES, /failed|failure/]],
    ]);
  }, 120_000);

  it("takes Turkey or the Turks for the Turkish leader on the call, not a party never named", async () => {
    await expectReplies([
      ["Путин с турками созванивался?", [DA, /Эрдоган/], [NE_SKAZANO]],
      ["did russia and turkey have a phone call?", [YES, /Erdogan/]],
      ["Путин с египтянами созванивался?", [NE_SKAZANO, /Эрдоган/], [DA]],
      ["did putin phone the egyptians?", [NOT_SAID, /Erdogan/], [YES]],
    ]);
  }, 120_000);

  it("refuses a question about something the article never names instead of a No on the call's card", async () => {
    await expectReplies([
      [
        "Is the Rafah border crossing with Egypt closed?",
        [/does not mention Egypt|doesn.t cover/],
        [NO, /Erdogan/],
      ],
      ["was the phone call with Netanyahu?", [NO, /Erdogan/]],
    ]);
  }, 120_000);

  it("gives Peskov or the ministry no verdict from Putin's silence", async () => {
    await expectReplies([
      ["песков упоминал квартет?", [NE_SKAZANO], [NET]],
      ["а мид упоминал квартет?", [NE_SKAZANO], [NET]],
      ["путин упоминал роль россии в квартете?", [NET]],
    ]);
  }, 120_000);

  it("never says Yes to a charge put on a party Putin is not reported to blame", async () => {
    await expectReplies([
      ["did putin blame erdogan for the escalation?", [/United States/], [YES]],
      ["Правда ли, что Путин обвинил Эрдогана в эскалации?", [/США/], [DA]],
    ]);
  }, 120_000);
});
