// SIGINT/SIGTERM: the first stops taking updates and lets what is in flight finish (exit 0, or 1 if that takes
// longer than the grace period); a second one exits at once.
import type { Logger } from "../logger.js";

export const SHUTDOWN_GRACE_MS = 10_000;

export interface ShutdownOptions {
  logger: Logger;
  graceMs?: number;
  /** The process by default; tests pass an emitter and a fake exit. */
  signals?: Pick<NodeJS.Process, "once" | "removeListener">;
  exit?: (code: number) => void;
}

/** Installs the handlers; returns a function that removes them. */
export function exitGracefullyOnSignals(stop: () => Promise<void>, options: ShutdownOptions): () => void {
  const { logger, graceMs = SHUTDOWN_GRACE_MS, signals = process } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal }, "stopping: no new updates, finishing the ones in hand");
    // A second signal must still reach us while we wait.
    signals.once("SIGINT", onSignal);
    signals.once("SIGTERM", onSignal);
    const force = setTimeout(() => {
      logger.warn({ grace_ms: graceMs }, "updates still in hand after the grace period: exiting anyway");
      exit(1);
    }, graceMs);
    force.unref();
    stop().then(
      () => {
        clearTimeout(force);
        logger.info("stopped");
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(force);
        logger.error({ err: error }, "stopping failed");
        exit(1);
      },
    );
  };

  signals.once("SIGINT", onSignal);
  signals.once("SIGTERM", onSignal);
  return () => {
    signals.removeListener("SIGINT", onSignal);
    signals.removeListener("SIGTERM", onSignal);
  };
}
