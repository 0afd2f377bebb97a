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
      ["answer", "answered", "entry", "question", "quotes", "reason", "score", "suggestions"].sort(),
    );
    expect(rows[0].quotes[0]).toEqual({ text: expect.any(String), speaker: "Vladimir Putin" });
  });
});
