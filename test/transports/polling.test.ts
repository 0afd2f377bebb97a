import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { textMessageUpdate } from "../../src/transports/local-updates.js";
import { runPolling } from "../../src/transports/polling.js";
import type { ShutdownOptions } from "../../src/transports/shutdown.js";
import { ASK } from "../helpers/fake-engine.js";
import { createTestBot, PRIVATE, visibleText } from "../helpers/harness.js";

describe("runPolling", () => {
  it("sets the menu, polls for messages and buttons, answers, and stops on SIGINT with exit 0", async () => {
    const t = createTestBot();
    const signals = new EventEmitter();
    const exit = vi.fn<(code: number) => void>();
    t.api.queueUpdate(textMessageUpdate(1, 1, PRIVATE, ASK.answered));

    const polling = runPolling(t.bot, t.logger, {
      signals: signals as unknown as ShutdownOptions["signals"],
      exit,
    });
    await vi.waitFor(() => expect(t.api.of("sendMessage")).toHaveLength(1));
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
    expect(t.api.of("setMyCommands")).toHaveLength(2); // English by default, Russian for language_code ru
    expect(t.api.of("deleteWebhook")).toHaveLength(1);
    expect(t.api.of("getUpdates")[0]!.payload.allowed_updates).toEqual([
      "message",
      "callback_query",
      "inline_query",
    ]);

    signals.emit("SIGINT", "SIGINT");
    await polling;
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    // The last getUpdates confirms the handled update, so Telegram does not send it again.
    expect(t.api.of("getUpdates").at(-1)!.payload.offset).toBe(2);
  });
});
