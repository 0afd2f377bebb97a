// Telegram API faults injected through the recording client: the bot waits, retries, resends or stays quiet,
// and the user gets the reply whenever Telegram can take it.
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.js";
import { createLogger } from "../../src/logger.js";
import { textMessageUpdate } from "../../src/transports/local-updates.js";
import { WEBHOOK_MAX_RETRY_DELAY_SECONDS } from "../../src/transports/webhook.js";
import { WEBHOOK_RESPONSE_TIMEOUT_MS } from "../../src/transports/webhook-updates.js";
import { ASK, createFakeEngine } from "../helpers/fake-engine.js";
import { fixtureKnowledgeBase } from "../helpers/fixture-kb.js";
import {
  BOT_INFO,
  buttonsOf,
  createTestBot,
  GROUP,
  PRIVATE,
  TEST_TOKEN,
  visibleText,
} from "../helpers/harness.js";
import { LogCapture } from "../helpers/log-capture.js";
import { RecordingApi } from "../helpers/recording-api.js";
import { EN } from "../helpers/texts.js";

type TestBot = ReturnType<typeof createTestBot>;
const logsAt = (t: TestBot, level: string) => t.logs.entries().filter((e) => e.level === level);
const answered = (t: TestBot) => t.api.replies().some((c) => visibleText(c).startsWith("Did Putin call"));

const serverError = { error_code: 502, description: "Bad Gateway" };
const blocked = { error_code: 403, description: "Forbidden: bot was blocked by the user" };

describe("429 Too Many Requests", () => {
  it("waits retry_after seconds, sends again, and the reply arrives", async () => {
    const t = createTestBot();
    t.api.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests",
      parameters: { retry_after: 1 },
    });
    const started = performance.now();
    await t.send(ASK.answered);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(t.api.of("sendMessage")).toHaveLength(2);
    expect(answered(t)).toBe(true);
  });

  it("in webhook mode waits no longer than leaves time to answer Telegram's request", async () => {
    // The transient retries' pauses (500 ms doubling, three times) plus the longest 429 wait fit in the timeout.
    expect(WEBHOOK_MAX_RETRY_DELAY_SECONDS * 1000 + 500 + 1000 + 2000).toBeLessThan(
      WEBHOOK_RESPONSE_TIMEOUT_MS,
    );
    const kb = fixtureKnowledgeBase();
    const api = new RecordingApi(BOT_INFO);
    const logs = new LogCapture();
    const bot = createBot({
      token: TEST_TOKEN,
      kb,
      engine: createFakeEngine(kb),
      logger: createLogger({ level: "info", destination: logs }),
      botInfo: BOT_INFO,
      client: { fetch: api.fetch },
      retry: { maxRetryAttempts: 3, maxDelaySeconds: WEBHOOK_MAX_RETRY_DELAY_SECONDS, firstBackoffMs: 1 },
      rateLimit: false,
    });
    const tooLong = { error_code: 429, description: "Too Many Requests", parameters: { retry_after: 60 } };
    api.failNext("sendMessage", tooLong, 2);
    const started = performance.now();
    await bot.handleUpdate(textMessageUpdate(1, 1, PRIVATE, ASK.answered));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(logs.text()).toContain("an update failed");
  });
});

describe("5xx and network errors", () => {
  it("retries a 502 with backoff, and the reply arrives", async () => {
    const t = createTestBot();
    t.api.failNext("sendMessage", serverError, 2);
    await t.send(ASK.answered);
    expect(t.api.of("sendMessage")).toHaveLength(3);
    expect(answered(t)).toBe(true);
    expect(logsAt(t, "error")).toEqual([]);
  });

  it("retries after ECONNRESET, and the reply arrives", async () => {
    const t = createTestBot();
    t.api.failNetworkNext("sendMessage", 2);
    await t.send(ASK.answered);
    expect(answered(t)).toBe(true);
    expect(logsAt(t, "warn").map((e) => e.msg)).toContain("the request to Telegram failed; retrying");
    expect(logsAt(t, "error")).toEqual([]);
  });

  it("gives up after the configured retries, logs it, and keeps serving", async () => {
    const t = createTestBot();
    t.api.failNext("sendMessage", serverError, 6);
    await t.send(ASK.answered);
    // 1 + 2 retries for the card, 1 + 2 for the apology.
    expect(t.api.of("sendMessage")).toHaveLength(6);
    expect(logsAt(t, "error").map((e) => e.msg)).toEqual(["an update failed"]);
    await t.send(ASK.answered);
    expect(answered(t)).toBe(true);
  });

  it("retries inside the /ask conversation too", async () => {
    const t = createTestBot();
    await t.send("/ask");
    t.api.failNext("sendMessage", serverError);
    t.api.failNetworkNext("sendMessage");
    await t.send(ASK.answered);
    expect(answered(t)).toBe(true);
  });
});

describe("403 Forbidden (the user blocked the bot)", () => {
  it("is logged once per chat and swallowed: no error, no apology", async () => {
    const t = createTestBot();
    t.api.failNext("sendMessage", blocked, 3);
    await t.send(ASK.answered);
    await t.send("/start");
    await t.press("v1:a:us-policy");
    expect(t.api.of("sendMessage")).toHaveLength(3);
    const notes = t.logs.entries().filter((e) => e.msg === "the chat cannot be reached; not sending there");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      level: "info",
      chat_id: PRIVATE.chat.id,
      description: blocked.description,
    });
    expect(logsAt(t, "error")).toEqual([]);
  });
});

describe("400 Bad Request", () => {
  it("'can't parse entities': sends the card again as plain text, keyboard and all", async () => {
    const t = createTestBot();
    t.api.failNext("sendMessage", {
      error_code: 400,
      description: "Bad Request: can't parse entities: Unsupported start tag",
    });
    await t.send(ASK.escaped);
    const [html, plain] = t.api.of("sendMessage");
    expect(plain!.payload.parse_mode).toBeUndefined();
    expect(plain!.payload.text).toBe(visibleText(html!));
    expect(plain!.payload.text).toContain("What does Putin say about <US> policy?");
    expect(buttonsOf(plain!)).toEqual(buttonsOf(html!));
    expect(logsAt(t, "warn").map((e) => e.msg)).toContain(
      "Telegram could not parse the HTML; sending it as plain text",
    );
    expect(logsAt(t, "error")).toEqual([]);
  });

  it("'can't parse entities' inside the /ask conversation: resent as plain text there too", async () => {
    const t = createTestBot();
    await t.send("/ask");
    t.api.failNext("sendMessage", { error_code: 400, description: "Bad Request: can't parse entities" });
    await t.send(ASK.answered);
    const last = t.api.lastReply();
    expect(last.payload.parse_mode).toBeUndefined();
    expect(String(last.payload.text)).toMatch(/^Did Putin call for a ceasefire\?/);
  });

  it("'message to be replied not found': sends it again without the reply", async () => {
    const t = createTestBot();
    t.api.failNext("sendMessage", {
      error_code: 400,
      description: "Bad Request: message to be replied not found",
    });
    await t.send("/summary", GROUP);
    const [first, second] = t.api.of("sendMessage");
    expect(first!.payload.reply_parameters).toBeDefined();
    expect(second!.payload.reply_parameters).toBeUndefined();
    expect(visibleText(second!)).toBe(visibleText(first!));
    expect(logsAt(t, "error")).toEqual([]);
  });

  it("'query is too old' for a button pressed long ago: nothing to do, no error", async () => {
    const t = createTestBot();
    t.api.failNext("answerCallbackQuery", {
      error_code: 400,
      description: "Bad Request: query is too old and response timeout expired or query ID is invalid",
    });
    await t.press("v1:a:us-policy");
    expect(t.api.of("sendMessage")).toHaveLength(1);
    expect(logsAt(t, "error")).toEqual([]);
  });

  it("any other 400 still fails the update, and the user gets the apology", async () => {
    const t = createTestBot();
    t.api.failNext("sendMessage", { error_code: 400, description: "Bad Request: chat not found" });
    await t.send(ASK.answered);
    expect(visibleText(t.api.lastReply())).toBe(EN("apology"));
    expect(logsAt(t, "error")).toHaveLength(1);
  });
});
