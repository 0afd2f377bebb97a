import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { TEST_TOKEN } from "./helpers/harness.js";
import { LogCapture } from "./helpers/log-capture.js";

describe("the logger", () => {
  it("logs a failed Bot API call by method, code and description, without the payload (a user's words)", () => {
    const logs = new LogCapture();
    const logger = createLogger({ level: "info", secrets: [TEST_TOKEN], destination: logs });
    const error = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 400, description: "Bad Request: chat not found" },
      "sendMessage",
      { chat_id: 1, text: "my secret question about the story" },
    );
    logger.error({ err: error }, "an update failed");
    const [entry] = logs.entries();
    expect(entry!.err).toMatchObject({
      method: "sendMessage",
      error_code: 400,
      description: "Bad Request: chat not found",
    });
    expect(logs.text()).not.toContain("my secret question");
  });

  it("writes one JSON object per line, with a level name and a time", () => {
    const logs = new LogCapture();
    createLogger({ level: "info", destination: logs }).warn({ chat_id: 1 }, "hello");
    expect(logs.entries()).toEqual([{ level: "warn", time: expect.any(String), chat_id: 1, msg: "hello" }]);
  });
});
