// Knowledge-base fixtures for tests: the small valid fixture, copied to a temp folder and optionally broken.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const FIXTURE_KB_DIR = resolve(import.meta.dirname, "../fixtures/knowledge");
export const REAL_KB_DIR = resolve(import.meta.dirname, "../../knowledge");

/** A copy of the fixture knowledge base in a fresh temp folder. */
export function copyFixtureKb(): string {
  const dir = mkdtempSync(join(tmpdir(), "kb-"));
  cpSync(FIXTURE_KB_DIR, dir, { recursive: true });
  return dir;
}

/** Rewrites one JSON file of a knowledge base folder. */
// biome-ignore lint/suspicious/noExplicitAny: fixtures are broken on purpose, in any shape a test needs
export function editJson(dir: string, file: string, edit: (data: any) => void): void {
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, "utf8"));
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}
