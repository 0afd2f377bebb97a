import { describe, expect, it } from "vitest";
import { addPhrasingCommand } from "../../src/curation/meaning.js";
import type { QuestionRecord, VoteRecord } from "../../src/curation/records.js";
import { buildReport, DAY_MS } from "../../src/curation/report.js";
import { formatReportTable } from "../../src/curation/report-table.js";
import { realEngine } from "../helpers/engine.js";

const NOW = Date.UTC(2026, 10, 30, 12);
const daysAgo = (d: number) => NOW - d * DAY_MS;

/** A failed question as the recorder would have kept it (candidates from the real engine). */
function failed(text: string, t: number, lang = "en"): QuestionRecord {
  const answer = realEngine.findAnswer(text);
  const outcome = answer.answered
    ? "answered"
    : answer.reason === "ambiguous"
      ? "did-you-mean"
      : answer.reason === "not-in-article"
        ? "doesnt-say"
        : "refused";
  return {
    t,
    lang,
    outcome,
    entry: answer.entry?.id ?? null,
    failed: {
      text,
      reason: answer.answered ? "low-confidence" : (answer.reason as "ambiguous"),
      confidence: answer.confidence,
      candidates: [],
    },
  };
}
const answered = (entry: string, t: number, lang = "en"): QuestionRecord => ({
  t,
  lang,
  outcome: "answered",
  entry,
});

const seeded: QuestionRecord[] = [
  ...Array.from({ length: 6 }, (_, i) => answered("putin-erdogan-call", daysAgo(i / 2))),
  ...Array.from({ length: 3 }, (_, i) => answered("ceasefire-call", daysAgo(i + 1), "ru")),
  failed("why does moscow host hamas", daysAgo(1)),
  failed("Why does Moscow host Hamas?", daysAgo(2)),
  failed("why does moscow host hamas", daysAgo(3)),
  failed("what did biden say about putin", daysAgo(1)),
  failed("gaza today", daysAgo(2)),
  // Outside the 7 days: not counted.
  failed("what did biden say about putin", daysAgo(9)),
  answered("ceasefire-call", daysAgo(20)),
];
const votes: VoteRecord[] = [
  { t: daysAgo(1), entry: "putin-erdogan-call", up: 1, down: 0 },
  { t: daysAgo(1), entry: "putin-erdogan-call", up: 1, down: 0 },
  { t: daysAgo(0.5), entry: "putin-erdogan-call", up: -1, down: 1 },
  { t: daysAgo(2), entry: "ceasefire-call", up: 0, down: 1 },
  { t: daysAgo(10), entry: "ceasefire-call", up: 5, down: 0 },
];

describe("the report", () => {
  const details = buildReport(seeded, votes, { days: 7, now: NOW, reader: realEngine });
  const { report } = details;

  it("counts the questions of the period by outcome and language", () => {
    expect(report).toMatchObject({
      days: 7,
      asked: 14,
      answered: 12,
      didYouMean: 1,
      refused: 1,
      doesntSay: 0,
    });
    expect(report.byLanguage).toEqual({ en: 11, ru: 3 });
  });

  it("lists the most asked entries with the votes of the period, a changed vote counted once", () => {
    // ceasefire-call and russia-palestinian-ties were asked as often; the one with votes comes first.
    expect(report.feedback).toEqual([
      { entry: "putin-erdogan-call", up: 1, down: 1 },
      { entry: "ceasefire-call", up: 0, down: 1 },
      { entry: "russia-palestinian-ties", up: 0, down: 0 },
    ]);
  });

  it("groups failed questions by the engine's reading, most frequent first, each with an action", () => {
    expect(report.failed).toEqual([
      {
        question: "why does moscow host hamas",
        count: 3,
        reason: "low-confidence",
        nearest: "russia-palestinian-ties",
        action: "add as a phrasing of russia-palestinian-ties",
      },
      // Equally frequent: the more recent first.
      expect.objectContaining({
        question: "what did biden say about putin",
        count: 1,
        reason: "out-of-scope",
        action: "off-topic",
      }),
      expect.objectContaining({ question: "gaza today", count: 1, action: "off-topic" }),
    ]);
  });

  it("prints a table with the exact command for each phrasing to add", () => {
    const table = formatReportTable(details);
    expect(table).toMatch(/^Report: the last 7 days \(2026-11-23 to 2026-11-30\)$/m);
    expect(table).toMatch(/^Questions asked: 14$/m);
    expect(table).toMatch(/^ {2}answered +12 +85\.7%$/m);
    expect(table).toMatch(/^By language: en 11 · ru 3$/m);
    expect(table).toMatch(/^ {2}putin-erdogan-call +6 +1 +1$/m);
    expect(table).toContain(
      'npm run kb:add-phrasing -- russia-palestinian-ties "why does moscow host hamas"',
    );
    expect(table).toMatch(/^ {9}→ off-topic$/m);
  });

  it("says a question the knowledge base now handles needs nothing", () => {
    const fixed = buildReport([failed("who did putin call", daysAgo(1))], [], {
      days: 7,
      now: NOW,
      reader: realEngine,
    });
    expect(fixed.report.failed[0]!.action).toBe("none: handled now by putin-erdogan-call");
  });

  it("proposes a new entry when the words are the article's but no entry is near", () => {
    const reader = {
      ...realEngine,
      explain: () => ({
        lang: "en" as const,
        tokens: ["quartet [=quartet]", "budget [budget]"],
        unknown: [],
        unknownNames: [],
        cues: [],
        ranked: [{ entryId: "quartet-members", score: 0.31 }],
      }),
      findAnswer: (q: string) => realEngine.findAnswer(`${q} bitcoin`),
    };
    const r = buildReport([failed("what is the quartet budget", daysAgo(1))], [], {
      days: 7,
      now: NOW,
      reader,
    });
    expect(r.report.failed[0]!.action).toBe("candidate new entry");
  });
});

describe("the add-phrasing command", () => {
  it("quotes text so it pastes safely into a shell", () => {
    expect(addPhrasingCommand("a", "what's putin's view")).toBe(
      `npm run kb:add-phrasing -- a "what's putin's view"`,
    );
    expect(addPhrasingCommand("a", 'he said "$5"')).toBe(`npm run kb:add-phrasing -- a 'he said "$5"'`);
    expect(addPhrasingCommand("a", `it's "x"`)).toBe(`npm run kb:add-phrasing -- a 'it'\\''s "x"'`);
  });
});
