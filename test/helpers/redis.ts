// The real Redis the tests use: REDIS_URL_TEST, which .ci/run sets after starting redis-server on a free
// loopback port. In CI a missing Redis fails the tests that need it; elsewhere they are skipped, visibly.
import { randomUUID } from "node:crypto";

export const REDIS_URL_TEST = process.env.REDIS_URL_TEST?.trim() || undefined;

const inCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";

if (REDIS_URL_TEST === undefined) {
  if (inCi)
    throw new Error(
      "REDIS_URL_TEST is not set: .ci/run starts redis-server and sets it; the Redis tests cannot run without it",
    );
  console.warn(
    "SKIPPING the Redis tests: REDIS_URL_TEST is not set. Start one (apt-get install -y redis-server; " +
      "redis-server --port 6390 --save '' &) and run with REDIS_URL_TEST=redis://127.0.0.1:6390",
  );
}

/** True when the Redis tests should be skipped (never in CI: there the module throws instead). */
export const noRedis = REDIS_URL_TEST === undefined;

/** A key prefix no other test uses, so tests share one Redis without seeing each other's keys. */
export function uniquePrefix(): string {
  return `test:${randomUUID()}:`;
}
