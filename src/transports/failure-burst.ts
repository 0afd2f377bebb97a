// A run of failures of one recurring call (getUpdates), reported as an operator wants it: one warning when it
// starts, one line with the count when it ends, and a reminder each minute while it lasts; never the token
// (the logger redacts it). Also says how long to wait before the next try.
import { GrammyError, HttpError } from "grammy";
import type { Logger } from "../logger.js";

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;
const REMIND_EVERY_MS = 60_000;

export class FailureBurst {
  private count = 0;
  private startedAt = 0;
  private remindedAt = 0;

  constructor(
    private readonly logger: Logger,
    private readonly call: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a failure; returns how long to wait before retrying (429: Telegram's retry_after). */
  failed(error: unknown): number {
    this.count++;
    const now = this.now();
    const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
    const waitMs =
      retryAfter !== undefined
        ? retryAfter * 1000
        : Math.min(FIRST_RETRY_MS * 2 ** Math.min(this.count - 1, 10), MAX_RETRY_MS);
    const fields = { call: this.call, failures: this.count, reason: describe(error), retry_in_ms: waitMs };
    if (this.count === 1) {
      this.startedAt = this.remindedAt = now;
      this.logger.warn(fields, `${this.call} failed; retrying (further failures are counted, not logged)`);
    } else if (now - this.remindedAt >= REMIND_EVERY_MS) {
      this.remindedAt = now;
      this.logger.warn(
        { ...fields, for_ms: now - this.startedAt },
        `${this.call} is still failing; retrying`,
      );
    }
    return waitMs;
  }

  succeeded(): void {
    if (this.count === 0) return;
    this.logger.warn(
      { call: this.call, failures: this.count, for_ms: this.now() - this.startedAt },
      `${this.call} works again after ${this.count} failure${this.count === 1 ? "" : "s"}`,
    );
    this.count = 0;
  }
}

/** The reason in a few words: Telegram's code and description, or the network error; no URL, no token. */
export function describe(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code} ${error.description}`;
  if (error instanceof HttpError) {
    const inner = error.error instanceof Error ? error.error.message : String(error.error);
    return `network: ${inner}`;
  }
  return error instanceof Error ? error.message : String(error);
}
