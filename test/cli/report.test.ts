import { createClient } from "@redis/client";
import { describe, expect, it } from "vitest";
import { createCuration } from "../../src/curation/index.js";
import { DAY_MS } from "../../src/curation/report.js";
import { openRedisStore, type Store } from "../../src/storage/index.js";
import { sqliteTestStore } from "../helpers/curation.js";
import { realEngine } from "../helpers/engine.js";
import { noRedis, REDIS_URL_TEST } from "../helpers/redis.js";
import { runCli } from "./run.js";

/** A week of questions and votes, written as the bot would, at known times before now. */
async function seed(store: Store): Promise<void> {
  const now = Date.now();
  let clock = now;
  const curation = createCuration({ store, reader: realEngine, voterKey: "k", now: () => clock });
  const asked: [string, number][] = [
    ["who did putin call", 0.2],
    ["who did putin call", 1],
    ["is russia neutral", 2],
    ["why does moscow host hamas", 2],
    ["why does moscow host hamas", 3],
    ["what did biden say about putin", 4],
    ["moscow today", 12], // before the 7 days
  ];
  for (const [q, daysAgo] of asked) {
    clock = now - daysAgo * DAY_MS;
    await curation.recordQuestion(q, realEngine.findAnswer(q));
  }
  clock = now - DAY_MS;
  await curation.vote("c1", 1, "putin-erdogan-call", "up");
  await curation.vote("c2", 1, "is-russia-neutral", "down");
}

const EXPECTED = {
  days: 7,
  asked: 6,
  answered: 5,
  didYouMean: 0,
  doesntSay: 0,
  refused: 1,
  byLanguage: { en: 6 },
  feedback: [
    { entry: "putin-erdogan-call", up: 1, down: 0 },
    { entry: "russia-palestinian-ties", up: 0, down: 0 },
    { entry: "is-russia-neutral", up: 0, down: 1 },
  ],
  failed: [
    {
      question: "why does moscow host hamas",
      count: 2,
      reason: "low-confidence",
      nearest: "russia-palestinian-ties",
      action: "add as a phrasing of russia-palestinian-ties",
    },
    {
      question: "what did biden say about putin",
      count: 1,
      reason: "out-of-scope",
      nearest: "putin-silent-on-russia-role",
      action: "off-topic",
    },
  ],
};

describe("npm run report", () => {
  it("prints one JSON object with --json, from the SQLite file in DATA_DIR", async () => {
    const { store, dataDir } = sqliteTestStore();
    await seed(store);
    await store.close();
    const { status, stdout, stderr } = runCli("report.ts", ["--json"], {
      env: { DATA_DIR: dataDir, REDIS_URL: "" },
    });
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      "days",
      "asked",
      "answered",
      "didYouMean",
      "doesntSay",
      "refused",
      "byLanguage",
      "feedback",
      "failed",
    ]);
    expect(report).toEqual(EXPECTED);
  });

  it("prints a readable table over the days asked for", async () => {
    const { store, dataDir } = sqliteTestStore();
    await seed(store);
    await store.close();
    const { status, stdout } = runCli("report.ts", ["--days", "30"], {
      env: { DATA_DIR: dataDir, REDIS_URL: "" },
    });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Report: the last 30 days \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\)$/m);
    expect(stdout).toMatch(/^Questions asked: 7$/m);
    expect(stdout).toMatch(/^ {2}answered +5 +71\.4%$/m);
    expect(stdout).toMatch(/^ {2}did you mean +1 +14\.3%$/m);
    expect(stdout).toMatch(/^Most asked entries +asked +👍 +👎$/m);
    expect(stdout).toMatch(/^ {2}is-russia-neutral +1 +0 +1$/m);
    expect(stdout).toMatch(/^ +2× {2}"why does moscow host hamas"$/m);
    expect(stdout).toContain(
      'npm run kb:add-phrasing -- russia-palestinian-ties "why does moscow host hamas"',
    );
  });

  it("explains a bad argument", () => {
    const { status, stderr } = runCli("report.ts", ["--days", "0"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /^--days takes a whole number of days from 1 to 3650 \(got "0"\)\nUsage: npm run report/,
    );
  });

  it.skipIf(noRedis)("reads the same from Redis when REDIS_URL is set", async () => {
    // A database of its own on the test server: the program's key prefix is fixed, so no other test may share it.
    const url = `${REDIS_URL_TEST!.replace(/\/\d*$/, "")}/9`;
    const raw = createClient({ url });
    await raw.connect();
    await raw.flushDb();
    await raw.close();
    const store = await openRedisStore({ url });
    await seed(store);
    await store.close();
    const { status, stdout, stderr } = runCli("report.ts", ["--json"], { env: { REDIS_URL: url } });
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(EXPECTED);
  });
});
