import { describe, expect, it } from "vitest";
import { runCli } from "./run.js";

describe("npm run ask", () => {
  it("prints the reply to one question as a person would read it", () => {
    const { status, stdout } = runCli("ask.ts", ["who", "did", "putin", "call?"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Erdogan/);
    expect(stdout).toMatch(/— Vladimir Putin, Russian President, as reported \(paragraph 2\)/);
  });

  it("answers standard input line by line as JSON, in order, in the judge's format", () => {
    const { status, stdout } = runCli("ask.ts", ["--jsonl"], {
      input: "who did putin call?\nbitcoin price\n\nsummary\n",
    });
    expect(status).toBe(0);
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.question)).toEqual(["who did putin call?", "bitcoin price", "", "summary"]);
    expect(rows.map((r) => r.answered)).toEqual([true, false, false, true]);
    expect(rows[1].reason).toBe("out-of-scope");
    expect(Object.keys(rows[0]).sort()).toEqual(
      ["answer", "answered", "entry", "lang", "question", "quotes", "reason", "score", "suggestions"].sort(),
    );
    expect(rows[0].lang).toBe("en");
    expect(rows[0].quotes[0]).toEqual({ text: expect.any(String), speaker: "Vladimir Putin" });
  });

  it("answers a Russian line in Russian: the quote the article's English with its speaker, plus a translation", () => {
    const { status, stdout } = runCli("ask.ts", ["--jsonl"], { input: "с кем говорил путин по телефону\n" });
    expect(status).toBe(0);
    const row = JSON.parse(stdout.trim());
    expect(row.lang).toBe("ru");
    expect(row.answer).toMatch(/Эрдоган/);
    expect(row.quotes[0]).toEqual({
      text: expect.stringMatching(/^In a phone call with Turkish leader/),
      speaker: "Vladimir Putin",
      translation: expect.stringMatching(/[а-я]/),
    });
  });

  it("takes the reader's language for a question whose words do not say, and refuses an unknown one", () => {
    expect(JSON.parse(runCli("ask.ts", ["--lang", "ru", "--jsonl"], { input: "putin\n" }).stdout).lang).toBe(
      "ru",
    );
    const bad = runCli("ask.ts", ["--lang", "fr", "putin"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--lang takes en or ru/);
  });

  it("answers as the bot does: both halves of two questions in one message, one JSON line for the message", () => {
    const input = "what does putin want, and who is peskov?\nis putin worried about civilians?\n";
    const rows = runCli("ask.ts", ["--jsonl"], { input })
      .stdout.trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(2);
    expect(rows[0].answered).toBe(true);
    expect(rows[0].answer).toMatch(/ceasefire/);
    expect(rows[0].answer).toMatch(/spokesperson/);
    // The yes/no line the bot puts first is part of the answer.
    expect(rows[1].answer).toMatch(/^Yes\b/);
    expect(Object.keys(rows[0]).sort()).toEqual(
      ["answer", "answered", "entry", "lang", "question", "quotes", "reason", "score", "suggestions"].sort(),
    );
  });

  it("--engine answers with the engine alone: one reply for the whole message, not both halves", () => {
    const { status, stdout } = runCli("ask.ts", ["--engine", "--jsonl"], {
      input: "what does putin want, and who is peskov?\n",
    });
    expect(status).toBe(0);
    const row = JSON.parse(stdout.trim());
    expect(row.answer.includes("ceasefire") && row.answer.includes("spokesperson")).toBe(false);
  });
});
