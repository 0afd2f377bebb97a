import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { createCuration, QUESTIONS_LOG, readReport, VOTES_LOG } from "../../src/curation/index.js";
import { DAY_MS } from "../../src/curation/report.js";
import type { LocalChat } from "../../src/transports/local-updates.js";
import { redisTestStore, sqliteTestStore, type TestStore } from "../helpers/curation.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { buttonsOf, createTestBot } from "../helpers/harness.js";
import { noRedis } from "../helpers/redis.js";

/** Someone whose every identifier is distinctive, so the test can look for any trace of them in the store. */
const ZELDA: LocalChat = {
  chat: { id: -100555666777, type: "supergroup", title: "Zelda's Newsroom" },
  user: { id: 987654321, is_bot: false, first_name: "Zelda", last_name: "Quimby", username: "zelda_q" },
};
const ZELDA_PRIVATE: LocalChat = {
  chat: { id: 987654321, type: "private", first_name: "Zelda", username: "zelda_q" },
  user: ZELDA.user,
};
const TRACES = ["987654321", "100555666777", "Zelda", "Quimby", "zelda_q"];

const backends: { name: string; skip: boolean; open: () => Promise<TestStore> }[] = [
  { name: "SQLite", skip: false, open: async () => sqliteTestStore() },
  { name: "Redis", skip: noRedis, open: redisTestStore },
];

const opened: TestStore[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.store.close();
});

describe.each(backends)("the curation loop on $name", ({ skip, open }) => {
  const openStore = async () => {
    const s = await open();
    opened.push(s);
    return s;
  };

  it.skipIf(skip)(
    "records every question and the failed ones' text, with nothing that identifies a person",
    async () => {
      const { store, dump } = await openStore();
      const curation = createCuration({ store, reader: realEngine, voterKey: "bot-token" });
      const t = createTestBot({ kb: realKb, engine: realEngine, curation });
      await t.send("who did putin call", ZELDA_PRIVATE);
      await t.send("what did biden say about putin? ask @zelda_q", ZELDA_PRIVATE);
      await t.send("@StoryQaBot moscow today", ZELDA);
      await t.send("@StoryQaBot why does moscow host hamas", ZELDA);
      const up = buttonsOf(t.api.lastReply()).find((b) => b.text === "👍")!;
      await t.press(up.data, ZELDA);

      const { report } = await curation.report(1);
      expect(report).toMatchObject({ asked: 4, answered: 2, didYouMean: 1, refused: 1 });
      expect(report.failed.map((f) => f.question).sort()).toEqual([
        "moscow today",
        "what did biden say about putin? ask <username>",
        "why does moscow host hamas",
      ]);
      expect(report.feedback.find((f) => f.entry === "russia-palestinian-ties")).toMatchObject({
        up: 1,
        down: 0,
      });

      const everything = await dump();
      expect(everything).toContain("moscow today");
      for (const trace of TRACES) expect(everything).not.toContain(trace);
      const questions = (await store.readLog(QUESTIONS_LOG, 0)).map((r) => JSON.parse(r.record));
      for (const q of questions) {
        expect(Object.keys(q).sort()).toEqual(
          q.failed ? ["entry", "failed", "lang", "outcome", "t"] : ["entry", "lang", "outcome", "t"],
        );
      }
      expect(questions.find((q) => q.outcome === "answered" && !q.failed)).toEqual({
        t: expect.any(Number),
        lang: "en",
        outcome: "answered",
        entry: "putin-erdogan-call",
      });
    },
  );

  it.skipIf(skip)("keeps at most the newest rows", async () => {
    const { store } = await openStore();
    const curation = createCuration({ store, reader: realEngine, voterKey: "k", retention: { rows: 3 } });
    for (const q of [
      "peskov",
      "who is putin",
      "what is russia doing",
      "who did putin call",
      "is russia neutral",
    ]) {
      await curation.recordQuestion(q, realEngine.findAnswer(q));
    }
    for (const vote of ["up", "down", "up", "down"] as const)
      await curation.vote(`card-${vote}-${Math.random()}`, 1, "peskov-statement", vote);
    const kept = (await store.readLog(QUESTIONS_LOG, 0)).map((r) => JSON.parse(r.record).entry);
    expect(kept).toEqual(["russia-position", "putin-erdogan-call", "is-russia-neutral"]);
    expect(await store.readLog(VOTES_LOG, 0)).toHaveLength(3);
  });

  it.skipIf(skip)("forgets records older than the retention period", async () => {
    const { store } = await openStore();
    const retention = { days: 300 / DAY_MS, voteMemoryDays: 300 / DAY_MS };
    const curation = createCuration({ store, reader: realEngine, voterKey: "k", retention });
    await curation.recordQuestion("peskov", realEngine.findAnswer("peskov"));
    expect(await curation.vote("card", 1, "who-is-peskov", "up")).toBe("new");
    expect(await curation.vote("card", 1, "who-is-peskov", "up")).toBe("same");
    await sleep(450);
    await curation.recordQuestion("who is putin", realEngine.findAnswer("who is putin"));
    const kept = (await store.readLog(QUESTIONS_LOG, 0)).map((r) => JSON.parse(r.record).entry);
    expect(kept).toEqual(["who-is-putin"]);
    // Who voted is forgotten too: the same person's tap on the same card is a new vote, and the old one is gone.
    expect(await curation.vote("card", 1, "who-is-peskov", "up")).toBe("new");
    expect(await store.readLog(VOTES_LOG, 0)).toHaveLength(1);
  });

  it.skipIf(skip)("reports on a seeded store", async () => {
    const { store } = await openStore();
    const now = Date.now();
    let clock = now;
    const curation = createCuration({ store, reader: realEngine, voterKey: "k", now: () => clock });
    const seed: [string, number][] = [
      ["who did putin call", 0.5],
      ["who did putin call", 1.5],
      ["why does moscow host hamas", 3],
      ["Why does Moscow host Hamas?", 4],
      ["how many people died", 5],
      ["what did biden say about putin", 6],
      ["what did biden say about putin", 8], // before the period
    ];
    for (const [q, daysAgo] of seed) {
      clock = now - daysAgo * DAY_MS;
      await curation.recordQuestion(q, realEngine.findAnswer(q));
    }
    // A Russian question, answered (by a button's entry: the outcome does not hang on the engine's Russian).
    clock = now - 2 * DAY_MS;
    await curation.recordQuestion("кто такой песков", realEngine.answerForEntry("who-is-peskov")!);
    clock = now - DAY_MS;
    await curation.vote("c1", 1, "putin-erdogan-call", "up");
    await curation.vote("c1", 2, "putin-erdogan-call", "down");
    const { report } = await readReport(store, realEngine, 7, now);
    expect(report).toEqual({
      days: 7,
      asked: 7,
      answered: 5,
      didYouMean: 0,
      doesntSay: 1,
      refused: 1,
      byLanguage: { en: 6, ru: 1 },
      feedback: [
        { entry: "putin-erdogan-call", up: 1, down: 1 },
        { entry: "russia-palestinian-ties", up: 0, down: 0 },
        { entry: "casualty-figures", up: 0, down: 0 },
        { entry: "who-is-peskov", up: 0, down: 0 },
      ],
      failed: [
        {
          question: "why does moscow host hamas",
          count: 2,
          reason: "low-confidence",
          nearest: "russia-palestinian-ties",
          action: "add as a phrasing of russia-palestinian-ties",
        },
        expect.objectContaining({ question: "how many people died", count: 1, reason: "not-in-article" }),
        expect.objectContaining({
          question: "what did biden say about putin",
          count: 1,
          action: "off-topic",
        }),
      ],
    });
  });
});
