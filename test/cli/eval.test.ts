import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run.js";

function questionFile(lines: object[]): string {
  const file = join(mkdtempSync(join(tmpdir(), "eval-")), "q.jsonl");
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n"));
  return file;
}

describe("npm run eval", () => {
  it("passes a set the engine gets right and prints the figures", () => {
    const file = questionFile([
      { q: "who did putin call", expect: "answer", all: [["erdogan"]] },
      { q: "bitcoin price", expect: "refuse", all: [] },
    ]);
    const { status, stdout } = runCli("eval.ts", [file]);
    expect(stdout).toMatch(/answered right 100\.0% \(1\/1\); refused right 100\.0% \(1\/1\)/);
    expect(status).toBe(0);
  });

  it("lists the failures and exits 1 below the thresholds", () => {
    const file = questionFile([{ q: "who did putin call", expect: "answer", all: [["macron"]] }]);
    const { status, stdout } = runCli("eval.ts", [file]);
    expect(stdout).toMatch(/FAIL answer \| who did putin call \|/);
    expect(status).toBe(1);
  });
});
