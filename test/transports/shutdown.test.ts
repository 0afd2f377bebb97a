import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { createLogger } from "../../src/logger.js";
import { exitGracefullyOnSignals, type ShutdownOptions } from "../../src/transports/shutdown.js";
import { LogCapture } from "../helpers/log-capture.js";

function setup(graceMs = 1000) {
  const signals = new EventEmitter();
  const exit = vi.fn<(code: number) => void>();
  const logs = new LogCapture();
  const options: ShutdownOptions = {
    logger: createLogger({ level: "info", destination: logs }),
    graceMs,
    signals: signals as unknown as ShutdownOptions["signals"],
    exit,
  };
  return { signals, exit, logs, options };
}

describe("exitGracefullyOnSignals", () => {
  it("on the first signal, stops and exits 0 once the work in hand is done", async () => {
    const { signals, exit, options } = setup();
    let finish!: () => void;
    const stop = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    exitGracefullyOnSignals(stop, options);
    signals.emit("SIGTERM", "SIGTERM");
    expect(stop).toHaveBeenCalledOnce();
    await new Promise((r) => setTimeout(r, 10));
    expect(exit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
  });

  it("exits at once on a second signal", () => {
    const { signals, exit, options } = setup();
    exitGracefullyOnSignals(() => new Promise(() => {}), options);
    signals.emit("SIGINT", "SIGINT");
    signals.emit("SIGINT", "SIGINT");
    expect(exit).toHaveBeenCalledWith(1);
  });

  it("exits anyway when stopping takes longer than the grace period", async () => {
    const { signals, exit, options, logs } = setup(20);
    exitGracefullyOnSignals(() => new Promise(() => {}), options);
    signals.emit("SIGTERM", "SIGTERM");
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(1));
    expect(logs.text()).toContain("grace period");
  });

  it("can be removed", () => {
    const { signals, exit, options } = setup();
    const stop = vi.fn(async () => {});
    exitGracefullyOnSignals(stop, options)();
    signals.emit("SIGINT", "SIGINT");
    expect(stop).not.toHaveBeenCalled();
    expect(exit).not.toHaveBeenCalled();
  });
});
