import { spawnSync } from "node:child_process";
import { readFileSync, renameSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { appendToArray, jsonSpans } from "../../src/curation/json-spans.js";
import { runCli } from "../cli/run.js";
import { copyFixtureKb } from "../helpers/knowledge.js";

const root = resolve(import.meta.dirname, "../..");

/** What Biome would make of a JSON text (the project's formatter): the edit must already be in that shape. */
function biomeFormatted(text: string): string {
  const result = spawnSync(
    join(root, "node_modules/.bin/biome"),
    ["format", "--stdin-file-path=knowledge/entries.json"],
    { cwd: root, input: text, encoding: "utf8" },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

const entries = (dir: string, file = "entries.json") => readFileSync(join(dir, file), "utf8");

describe("npm run kb:add-phrasing", () => {
  it("appends the phrasing to the entry, as a one-line diff in the formatter's layout", () => {
    const dir = copyFixtureKb();
    const before = entries(dir);
    const { status, stdout } = runCli("kb-add-phrasing.ts", ["ferry", "can I take a boat across"], {
      env: { KNOWLEDGE_DIR: dir },
    });
    expect(status).toBe(0);
    expect(stdout).toMatch(/Added to entry "ferry" in entries\.json \(en\)/);
    const after = entries(dir);
    const ferry = JSON.parse(after).entries.find((e: { id: string }) => e.id === "ferry");
    expect(ferry.phrasings.at(-1)).toBe("can I take a boat across");
    const added = after.split("\n").filter((line) => !before.split("\n").includes(line));
    expect(added).toEqual(['        "boat service",', '        "can I take a boat across"']);
    expect(after.endsWith("}\n")).toBe(true);
    expect(biomeFormatted(after)).toBe(after);
  });

  it("refuses a phrasing that is already another entry's, with the loader's message, file untouched", () => {
    const dir = copyFixtureKb();
    const before = entries(dir);
    const { status, stderr } = runCli("kb-add-phrasing.ts", ["ferry", "Bridge  repairs"], {
      env: { KNOWLEDGE_DIR: dir },
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^The knowledge base has 1 problem:$/m);
    expect(stderr).toMatch(/entries\.json: entry ".*", .*"[Bb]ridge ?repairs" is also a phrasing of entry/);
    expect(stderr).toMatch(/Nothing was changed\./);
    expect(entries(dir)).toBe(before);
  });

  it("refuses an unknown entry id, file untouched", () => {
    const dir = copyFixtureKb();
    const before = entries(dir);
    const { status, stderr } = runCli("kb-add-phrasing.ts", ["bridges", "what about the bridge"], {
      env: { KNOWLEDGE_DIR: dir },
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/entries\.json: entry "bridges": there is no such entry\. Fix: /);
    expect(entries(dir)).toBe(before);
  });

  it("says how to call it when the text is missing", () => {
    const { status, stderr } = runCli("kb-add-phrasing.ts", ["ferry"], {
      env: { KNOWLEDGE_DIR: copyFixtureKb() },
    });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^Usage: npm run kb:add-phrasing -- <entry-id> "<text>"/);
  });

  it("sends Cyrillic text to the Russian entries, and says so when there are none", () => {
    const dir = copyFixtureKb();
    const ruEntries = entries(dir, "ru/entries.json");
    const ruFolder = `${dir}-ru`;
    renameSync(join(dir, "ru"), ruFolder);
    const missing = runCli("kb-add-phrasing.ts", ["ferry", "есть ли паром"], { env: { KNOWLEDGE_DIR: dir } });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(
      /ru\/entries\.json: missing .* Russian phrasings go to knowledge\/ru\/entries\.json/,
    );

    renameSync(ruFolder, join(dir, "ru"));
    const ferryBefore = JSON.parse(ruEntries).entries[1].phrasings;
    const { status, stdout, stderr } = runCli("kb-add-phrasing.ts", ["ferry", "есть ли паром"], {
      env: { KNOWLEDGE_DIR: dir },
    });
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/in ru\/entries\.json \(ru\)/);
    expect(JSON.parse(entries(dir, "ru/entries.json")).entries[1].phrasings).toEqual([
      ...ferryBefore,
      "есть ли паром",
    ]);
    expect(JSON.parse(entries(dir)).entries[1].phrasings).not.toContain("есть ли паром");

    // A Russian phrasing another entry has is refused too, file untouched.
    const ruBefore = entries(dir, "ru/entries.json");
    const twice = runCli("kb-add-phrasing.ts", ["bridge-closure", "Есть ли паром?"], {
      env: { KNOWLEDGE_DIR: dir },
    });
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(
      /ru\/entries\.json: entry "bridge-closure", .*"Есть ли паром\?" is also a phrasing of entry "ferry"/,
    );
    expect(entries(dir, "ru/entries.json")).toBe(ruBefore);
  });
});

describe("appending to a JSON array in place", () => {
  const edit = (text: string, item: string) => {
    const spans = jsonSpans(text);
    return appendToArray(text, spans.members!.get("list")!, JSON.stringify(item));
  };

  it("keeps a short array on one line, breaks a long one one item a line", () => {
    expect(edit('{ "list": ["a", "b"] }\n', "c")).toBe('{ "list": ["a", "b", "c"] }\n');
    expect(edit('{ "list": [] }\n', "c")).toBe('{ "list": ["c"] }\n');
    const long = "x".repeat(60);
    expect(edit(`{\n  "list": ["${long}"]\n}\n`, long)).toBe(
      `{\n  "list": [\n    "${long}",\n    "${long}"\n  ]\n}\n`,
    );
  });

  it("reads strings with escaped quotes and brackets", () => {
    const text = '{"list": ["a \\"]\\" b"], "other": [1]}';
    expect(JSON.parse(edit(text, "c"))).toEqual({ list: ['a "]" b', "c"], other: [1] });
  });
});
