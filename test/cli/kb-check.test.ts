import { describe, expect, it } from "vitest";
import { copyFixtureKb, editJson, FIXTURE_KB_DIR } from "../helpers/knowledge.js";
import { runCli } from "./run.js";

describe("npm run kb:check", () => {
  it("prints the figures and coverage of a clean knowledge base", () => {
    const { status, stdout } = runCli("kb-check.ts", [], { env: { KNOWLEDGE_DIR: FIXTURE_KB_DIR } });
    expect(status).toBe(0);
    expect(stdout).toMatch(/knowledge base OK/);
    expect(stdout).toMatch(/coverage: \d+\/\d+ article sentences quoted \(100\.0%\)/);
    expect(stdout).toMatch(/ru\/: 4 entries, 28 phrasings, 4 speakers/);
  });

  it("reads an empty KNOWLEDGE_DIR as unset, as the bot does: the project's knowledge/", () => {
    const { status, stdout } = runCli("kb-check.ts", [], { env: { KNOWLEDGE_DIR: "" } });
    expect(status).toBe(0);
    expect(stdout).toMatch(/knowledge base OK: .*knowledge$/m);
  });

  it("lists every problem, one a line, and exits 1", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      d.entries[0].quotes[0].text = "a bridge of gold";
      d.entries[1].related = ["nowhere"];
    });
    const { status, stderr } = runCli("kb-check.ts", [], { env: { KNOWLEDGE_DIR: dir } });
    expect(status).toBe(1);
    // The changed quote also leaves the Russian translation of the old text without a quote, and the new without one.
    expect(stderr).toMatch(/^The knowledge base has 4 problems:$/m);
    expect(stderr).toMatch(/^entries\.json: entry "bridge-closure", quotes\[0\]\.text: .* not verbatim/m);
    expect(stderr).toMatch(/^entries\.json: entry "ferry", related\[0\]: "nowhere" is not an entry id/m);
    expect(stderr).toMatch(
      /^ru\/translations\.json: entry "bridge-closure", quotes: "a bridge of gold" has no translation/m,
    );
  });

  it("names the sentences no entry reaches and exits 1", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      d.entries[2].quotes = d.entries[2].quotes.slice(0, 1);
    });
    editJson(dir, "ru/translations.json", (d) => {
      d.quotes = d.quotes.slice(0, 3);
    });
    const { status, stdout } = runCli("kb-check.ts", [], { env: { KNOWLEDGE_DIR: dir } });
    expect(status).toBe(1);
    expect(stdout).toMatch(/not reached: paragraph 2: Residents remain divided\./);
  });
});
