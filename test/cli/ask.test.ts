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
});
