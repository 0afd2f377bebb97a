// .env.example is the newcomer's list of every variable: each one the bot's config checks, and each one the code,
// scripts and tests read from process.env, must stand in it (as `NAME=` or `# NAME=`), so none is found only by
// reading the source.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const example = readFileSync(join(root, ".env.example"), "utf8");
const listed = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === "questions" || name === "fixtures" ? [] : sourceFiles(path);
    return /\.(?:ts|mjs)$/.test(name) ? [path] : [];
  });
}

describe(".env.example", () => {
  it("lists every variable the config checks", () => {
    const config = readFileSync(join(root, "src/config.ts"), "utf8");
    const checked = [...config.matchAll(/^\s*\[?\s*"([A-Z][A-Z0-9_]+)",/gm)].map((m) => m[1]);
    expect(checked).toEqual(expect.arrayContaining(["BOT_TOKEN", "WEBHOOK_SECRET", "REDIS_URL", "PORT"]));
    expect(checked.filter((name) => !listed.has(name))).toEqual([]);
  });

  it("lists every variable src/, scripts/ and test/ read from process.env", () => {
    const read = new Set<string>();
    for (const dir of ["src", "scripts", "test"])
      for (const file of sourceFiles(join(root, dir)))
        for (const m of readFileSync(file, "utf8").matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g))
          read.add(m[1]!);
    expect(read.size).toBeGreaterThan(5);
    expect([...read].filter((name) => !listed.has(name))).toEqual([]);
  });
});
