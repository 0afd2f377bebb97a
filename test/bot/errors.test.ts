import { describe, expect, it } from "vitest";
import { createLogger, REDACTED } from "../../src/logger.js";
import { ASK, createFakeEngine } from "../helpers/fake-engine.js";
import { fixtureKnowledgeBase } from "../helpers/fixture-kb.js";
import { createTestBot, TEST_TOKEN, visibleText } from "../helpers/harness.js";
import { LogCapture } from "../helpers/log-capture.js";
import { EN } from "../helpers/texts.js";

const rateLimited = {
  error_code: 429,
  description: "Too Many Requests: retry after 0",
  parameters: { retry_after: 0 },
};

describe("the error boundary", () => {
  it("apologises to the user whose message failed, and logs the error with the update id", async () => {
    const t = createTestBot();
    await t.send(ASK.crash);
    expect(visibleText(t.api.lastReply())).toBe(EN("apology"));
    const error = t.logs.entries().find((e) => e.level === "error");
    expect(error).toMatchObject({ msg: "an update failed", update_id: 1, chat_id: 42, update: "message" });
    expect(error?.err.message).toBe("the engine broke");
  });

  it("apologises in the button's notice when a button press fails", async () => {
    const kb = fixtureKnowledgeBase();
    const engine = {
      ...createFakeEngine(kb),
      answerForEntry: () => {
        throw new Error("no entries today");
      },
    };
    const t = createTestBot({ kb, engine });
    await t.press("v1:a:ceasefire-call");
    expect(t.api.of("answerCallbackQuery")[0]!.payload.text).toBe(EN("apology"));
    expect(t.api.of("sendMessage")).toEqual([]);
  });

  it("keeps working after an error", async () => {
    const t = createTestBot();
    await t.send(ASK.crash);
    await t.send(ASK.answered);
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
  });

  it("never logs the token, even when the network error carries the URL", async () => {
    const t = createTestBot();
    t.api.failNetwork("sendMessage");
    await t.send(ASK.answered);
    const log = t.logs.text();
    expect(log).toContain("an update failed");
    expect(log).toContain("could not apologise");
    expect(log).not.toContain(TEST_TOKEN);
    expect(log).not.toContain(TEST_TOKEN.split(":")[1]);
  });
});

describe("auto-retry", () => {
  it("sends again after a 429 with retry_after", async () => {
    const t = createTestBot();
    t.api.failNext("sendMessage", rateLimited);
    await t.send(ASK.answered);
    const sends = t.api.of("sendMessage");
    expect(sends).toHaveLength(2);
    expect(sends[0]!.payload).toEqual(sends[1]!.payload);
    expect(t.logs.entries().filter((e) => e.level === "error")).toEqual([]);
  });

  it("gives up after the configured attempts, and the user gets the apology", async () => {
    const t = createTestBot();
    t.api.failNext("sendMessage", rateLimited, 3);
    await t.send(ASK.answered);
    expect(t.api.of("sendMessage")).toHaveLength(4);
    expect(visibleText(t.api.lastReply())).toBe(EN("apology"));
  });
});

describe("createLogger", () => {
  it("replaces the token wherever it appears: message, error, nested fields, URL-encoded", () => {
    const logs = new LogCapture();
    const logger = createLogger({ level: "info", secrets: [TEST_TOKEN], destination: logs });
    const error = new Error(`request to https://api.telegram.org/bot${TEST_TOKEN}/getMe failed`);
    logger.error(
      { err: error, url: `https://x/bot${encodeURIComponent(TEST_TOKEN)}/` },
      `token ${TEST_TOKEN}`,
    );
    const text = logs.text();
    expect(text).not.toContain(TEST_TOKEN);
    expect(text).not.toContain(encodeURIComponent(TEST_TOKEN));
    expect(text.split(REDACTED).length).toBeGreaterThanOrEqual(4);
  });

  it("logs nothing below its level", () => {
    const logs = new LogCapture();
    const logger = createLogger({ level: "warn", destination: logs });
    logger.info("hello");
    logger.debug("details");
    expect(logs.lines).toEqual([]);
  });
});
