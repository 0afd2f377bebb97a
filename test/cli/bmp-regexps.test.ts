// scripts/bmp-regexps.mjs, the codemod that makes Unicode property escapes BMP-only: run on a scratch file, the
// rewritten regexps must still compile, match as before below U+10000, leave what it cannot prove alone, and a
// second run must change nothing.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const script = join(import.meta.dirname, "..", "..", "scripts", "bmp-regexps.mjs");
const dir = mkdtempSync(join(tmpdir(), "bmp-regexps-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the codemod (or its --check) on one scratch file holding source; returns the file and the printout. A run
 * longer than limit ms is killed (its printout then empty), so a hang fails fast.
 */
function run(source: string, check = false, limit = 60_000) {
  const file = join(dir, `case-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, source);
  const args = check ? [script, "--check", file] : [script, file];
  let printout: string;
  try {
    printout = execFileSync(process.execPath, args, { encoding: "utf8", timeout: limit });
  } catch (error) {
    printout = String((error as { stdout?: string }).stdout);
  }
  return { text: readFileSync(file, "utf8"), printout };
}

const SAMPLES = ["Путин", "peskov's", "ι Ι", "a-b", "’x", "😀", "ab12", "^", "ёж"];
/** The regexp a one-line `const r = /…/flags;` declares. */
const literal = (line: string) => {
  const m = /= \/(.*)\/([a-z]*);/.exec(line)!;
  return new RegExp(m[1]!, m[2]);
};

describe("bmp-regexps codemod", () => {
  it("rewrites \\p{L} in /u and /iu literals, outside and inside classes, matching as before", {
    timeout: 120_000,
  }, () => {
    const lines = [
      "const a = /(?<!\\p{L})x\\p{L}*[\\p{L}'-]+/u;",
      "const b = /[^\\p{L}\\s]+\\P{L}[^\\p{L}]/u;",
      "const c = /\\p{L}+[^\\p{L}]/iu;",
      "const d = /[\\p{L}^]/u;",
    ];
    const { text } = run(lines.join("\n"));
    expect(text).not.toMatch(/\\p\{L\}/);
    for (const [i, after] of text.split("\n").entries()) {
      const [before, now] = [literal(lines[i]!), literal(after)];
      for (const s of SAMPLES) expect([s, now.exec(s)?.[0]]).toEqual([s, before.exec(s)?.[0]]);
    }
  });

  it("rewrites the pieces of new RegExp and a regex literal inside a template substitution", {
    timeout: 120_000,
  }, () => {
    const source =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is TypeScript source for the codemod
      'const r = new RegExp(`(?<!\\\\p{L})${n.replace(/[^\\p{L}\\s]/gu, ".")}(?!\\\\p{L})`, "iu");\n' +
      'const s = "(?:упомянут\\\\p{L}*)";\n';
    const { text } = run(source);
    expect(text).not.toMatch(/\\p\{L\}/);
    const n = "путин";
    const r = new Function("n", `${text.split("\n")[0]!.replace("const r =", "return")}`)(n) as RegExp;
    expect(r.test("из путина")).toBe(false);
    expect(r.test("из путин!")).toBe(true);
  });

  it("leaves what it cannot prove equal, lists it, and changes nothing on a second run", {
    timeout: 120_000,
  }, () => {
    const source =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is TypeScript source for the codemod
      'const a = /[\\p{Lu}]x/iu;\nconst b = /\\p{L}/;\nconst c = new RegExp(`[${x}\\\\p{L}]`, "u");\nconst d = /\\p{L}+/u;\n';
    const first = run(source);
    expect(first.text.split("\n").slice(0, 3)).toEqual(source.split("\n").slice(0, 3));
    expect(first.printout).toMatch(/3 left as they are/);
    const second = run(first.text, true);
    expect(second.text).toBe(first.text);
    expect(second.printout).toMatch(/^0 property escapes could be made BMP-only; 3 left/m);
  });

  it("keeps a property escape whose name is a template substitution, lists it, and returns (it once never did)", {
    timeout: 30_000,
  }, () => {
    const source =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is TypeScript source for the codemod
      "const property = (name: string): string => `\\\\p{${name}}`;\n" +
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is TypeScript source for the codemod
      'const r = new RegExp(`[x\\\\P{${name}}]\\\\u{${hex}}\\\\p{L}`, "u");\n';
    const first = run(source, false, 20_000);
    expect(first.printout).toMatch(/rewrote 1 literals \(1 property escapes\); 2 left as they are/);
    expect(first.printout).toMatch(/:1:\d+ {2}\\p\{…\} {2}left: its name is not in the literal/);
    expect(first.printout).toMatch(/:2:\d+ {2}\\P\{…\} {2}left: its name is not in the literal/);
    expect(first.text.split("\n")[0]).toBe(source.split("\n")[0]);
    expect(first.text.split("\n")[1]).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is TypeScript source for the codemod
      'const r = new RegExp(`[x\\\\P{${name}}]\\\\u{${hex}}[^\\\\P{L}\\\\u{10000}-\\\\u{10ffff}]`, "u");',
    );
    expect(run(first.text, true, 20_000).printout).toMatch(
      /^0 property escapes could be made BMP-only; 2 left/m,
    );
  });

  it("in the build, says in one informational line what it kept, and lists it only when asked (--verbose)", {
    timeout: 120_000,
  }, () => {
    const build = (verbose: boolean) => {
      const folder = mkdtempSync(join(dir, "build-"));
      writeFileSync(join(folder, "kept.js"), "const a = /[\\p{Lu}]x/iu;\nconst d = /\\p{L}+/u;\n");
      const args = [script, "--build", folder, ...(verbose ? ["--verbose"] : [])];
      return execFileSync(process.execPath, args, { encoding: "utf8" });
    };
    const quiet = build(false);
    expect(quiet.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^build: 1 regexps made BMP-only, 1 kept in their full-Unicode form \(correct as/,
      ),
    ]);
    expect(quiet).not.toMatch(/left|kept\.js/);
    const listed = build(true).trim().split("\n");
    expect(listed).toEqual([
      expect.stringMatching(/kept\.js:1:\d+ {2}\\p\{Lu\}/),
      expect.stringMatching(/^build: /),
    ]);
  });
});
