// The eval judge's Python word classes (src/eval/python-classes.ts) as the build ships them: the file compiled as tsc
// emits it and rewritten by the build's BMP step (scripts/bmp-regexps.mjs --build), then used as the judge uses it.
// The step once spelled its `\p{L}` out inside a class, and `npm run build`'s dist/src/cli/eval*.js died at load.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "python-classes-build-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the judge's word classes after the build's rewrite", () => {
  it("compile and read \\b and \\w as Python does, in English and Russian", async () => {
    const js = ts.transpileModule(readFileSync(join(root, "src/eval/python-classes.ts"), "utf8"), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    }).outputText;
    const file = join(dir, "python-classes.js");
    writeFileSync(file, js);
    execFileSync(process.execPath, [join(root, "scripts/bmp-regexps.mjs"), "--build", dir], {
      encoding: "utf8",
    });
    const built: typeof import("../../src/eval/python-classes.js") = await import(pathToFileURL(file).href);
    const read = (pattern: string) => new RegExp(built.withPythonWordClasses(pattern), "iu");
    expect(read(String.raw`united states|\bus\b|u\.s`).test("the US said")).toBe(true);
    expect(read(String.raw`\bus\b`).test("focus")).toBe(false);
    expect(read(String.raw`\bда\b`).test("Да.")).toBe(true);
    expect(read(String.raw`прекращени\w* огня`).test("прекращения огня")).toBe(true);
    expect(read(String.raw`[\w-]+ство`).test("министерство")).toBe(true);
  });
});
