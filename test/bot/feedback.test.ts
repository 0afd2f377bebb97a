import type { Message } from "grammy/types";
import { afterEach, describe, expect, it, vi } from "vitest";
import { encodeButton } from "../../src/bot/keyboards/callback-data.js";
import { createCuration } from "../../src/curation/index.js";
import { createLogger } from "../../src/logger.js";
import type { LocalChat } from "../../src/transports/local-updates.js";
import { openTestSqliteStore } from "../helpers/curation.js";
import { realEngine, realKb } from "../helpers/engine.js";
import {
  buttonsOf,
  createTestBot,
  expectValidOutput,
  GROUP,
  GROUP_OTHER_USER,
  PRIVATE,
  visibleText,
} from "../helpers/harness.js";
import { LogCapture } from "../helpers/log-capture.js";

const UP = encodeButton({ kind: "feedback", entryId: "putin-erdogan-call", vote: "up" });
const DOWN = encodeButton({ kind: "feedback", entryId: "putin-erdogan-call", vote: "down" });

function setup() {
  const store = openTestSqliteStore();
  const curationLogs = new LogCapture();
  const logger = createLogger({ level: "debug", destination: curationLogs });
  const curation = createCuration({ store, reader: realEngine, voterKey: "test-key", logger });
  const t = createTestBot({ kb: realKb, engine: realEngine, curation });
  /** The card as Telegram would send it back in a callback query: with the buttons it shows now. */
  let card: Message | undefined;
  const ask = async (question: string, where: LocalChat = PRIVATE) => {
    await t.send(question, where);
    const sent = t.api.lastReply();
    card = { ...(sent.result as Message), chat: where.chat } as Message;
    return sent;
  };
  const tap = async (data: string, where: LocalChat = PRIVATE) => {
    t.api.clear();
    await t.press(data, where, card);
    const edit = t.api.of("editMessageReplyMarkup").at(-1);
    if (edit && card) card = { ...card, reply_markup: edit.payload.reply_markup } as Message;
    return {
      toast: t.api.of("answerCallbackQuery").at(-1)?.payload.text as string | undefined,
      edited: edit !== undefined,
    };
  };
  const votes = async () =>
    (await curation.report(7)).report.feedback.find((f) => f.entry === "putin-erdogan-call");
  /** Past the double-tap guard's 2 s window, as a person tapping again later would be. */
  const later = () => vi.setSystemTime(Date.now() + 3_000);
  return {
    t,
    store,
    curation,
    curationLogs,
    ask,
    tap,
    votes,
    later,
    buttons: () => card?.reply_markup?.inline_keyboard ?? [],
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("👍/👎 under answer cards", () => {
  it("puts the row under every answer card, keeping its other buttons", async () => {
    const s = setup();
    const sent = await s.ask("who did putin call");
    const labels = buttonsOf(sent).map((b) => b.text);
    expect(labels).toContain("📄 Show in article");
    expect(labels.slice(-2)).toEqual(["👍", "👎"]);
    expect(
      buttonsOf(sent)
        .slice(-2)
        .map((b) => b.data),
    ).toEqual([UP, DOWN]);
    // A related question's card, opened by its button, has the row too.
    const related = buttonsOf(sent).find((b) => b.data.startsWith("v1:a:"))!;
    await s.t.press(related.data);
    expect(
      buttonsOf(s.t.api.lastReply())
        .slice(-2)
        .map((b) => b.text),
    ).toEqual(["👍", "👎"]);
    expectValidOutput(s.t.api);
  });

  it("has no row under a refusal, a 'did you mean' or a summary", async () => {
    const s = setup();
    for (const q of ["what did biden say about putin", "weather in moscow", "summary please"]) {
      const labels = buttonsOf(await s.ask(q)).map((b) => b.text);
      expect(labels).not.toContain("👍");
    }
  });

  it("counts one tap, thanks, and keeps the other buttons", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const s = setup();
    await s.ask("who did putin call");
    const before = s.buttons();
    const { toast, edited } = await s.tap(UP);
    expect(toast).toBe("Thanks for your feedback!");
    expect(edited).toBe(true);
    const after = s.buttons();
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)!.map((b) => b.text)).toEqual(["👍 Thanks!", "👎"]);
    expect(await s.votes()).toEqual({ entry: "putin-erdogan-call", up: 1, down: 0 });
  });

  it("a double tap, and a repeat tap later, add nothing", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const s = setup();
    await s.ask("who did putin call");
    await s.tap(UP);
    expect((await s.tap(UP)).edited).toBe(false);
    s.later();
    const repeat = await s.tap(UP);
    expect(repeat).toEqual({ toast: "You already voted 👍.", edited: false });
    expect(await s.votes()).toEqual({ entry: "putin-erdogan-call", up: 1, down: 0 });
  });

  it("a second tap on the other button changes the vote, never adds one", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const s = setup();
    await s.ask("who did putin call");
    await s.tap(UP);
    s.later();
    expect((await s.tap(DOWN)).toast).toBe("Changed to 👎. Thanks!");
    expect(
      s
        .buttons()
        .at(-1)!
        .map((b) => b.text),
    ).toEqual(["👍", "👎 Thanks!"]);
    expect(await s.votes()).toEqual({ entry: "putin-erdogan-call", up: 0, down: 1 });
    s.later();
    await s.tap(UP);
    expect(await s.votes()).toEqual({ entry: "putin-erdogan-call", up: 1, down: 0 });
  });

  it("counts each person once in a group, on the same card", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const s = setup();
    await s.ask("@StoryQaBot who did putin call", GROUP);
    await s.tap(UP, GROUP);
    await s.tap(UP, GROUP_OTHER_USER);
    s.later();
    await s.tap(UP, GROUP);
    await s.tap(DOWN, GROUP_OTHER_USER);
    expect(await s.votes()).toEqual({ entry: "putin-erdogan-call", up: 1, down: 1 });
    // The same person on another card of the same entry: another vote.
    await s.ask("@StoryQaBot who did putin phone", GROUP);
    await s.tap(UP, GROUP);
    expect(await s.votes()).toEqual({ entry: "putin-erdogan-call", up: 2, down: 1 });
  });

  it("thanks a Russian-speaking voter in Russian", async () => {
    const s = setup();
    const ivan: LocalChat = {
      chat: { id: 55, type: "private", first_name: "Иван" },
      user: { id: 55, is_bot: false, first_name: "Иван", language_code: "ru" },
    };
    await s.ask("who did putin call", ivan);
    expect((await s.tap(UP, ivan)).toast).toBe("Спасибо за отзыв!");
    expect(
      s
        .buttons()
        .at(-1)!
        .map((b) => b.text),
    ).toEqual(["👍 Спасибо!", "👎"]);
  });

  it("still answers when the store fails, and says a vote could not be saved", async () => {
    const s = setup();
    await s.ask("who did putin call");
    await s.store.close();
    const sent = await s.ask("who did putin phone");
    expect(visibleText(sent)).toMatch(/Erdogan/);
    expect((await s.tap(UP)).toast).toBe(
      "Sorry, your vote could not be saved just now. Please try again later.",
    );
    const warnings = (logs: LogCapture) =>
      logs
        .entries()
        .filter((e) => e.level === "warn")
        .map((e) => e.msg);
    expect(warnings(s.curationLogs)).toEqual([expect.stringMatching(/^could not record a question/)]);
    expect(warnings(s.t.logs)).toEqual(["could not save a feedback vote"]);
  });

  it("covers a question asked through /ask too", async () => {
    const s = setup();
    await s.t.send("/ask");
    const sent = await s.ask("who did putin call");
    expect(
      buttonsOf(sent)
        .slice(-2)
        .map((b) => b.text),
    ).toEqual(["👍", "👎"]);
    expect((await s.curation.report(7)).report.asked).toBe(1);
  });

  it("records each question asked, and nothing when no curation loop is given", async () => {
    const s = setup();
    await s.ask("who did putin call");
    await s.ask("what did biden say about putin");
    const { report } = await s.curation.report(7);
    expect(report).toMatchObject({ asked: 2, answered: 1, refused: 1 });
    expect(report.failed.map((f) => f.question)).toEqual(["what did biden say about putin"]);

    const plain = createTestBot({ kb: realKb, engine: realEngine });
    await plain.send("who did putin call");
    expect(buttonsOf(plain.api.lastReply()).map((b) => b.text)).not.toContain("👍");
    expect(visibleText(plain.api.lastReply())).toMatch(/Erdogan/);
  });
});
