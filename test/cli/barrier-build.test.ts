// The build's barriers in long regex literals (scripts/bmp-regexps/barriers.mjs, run by `bmp-regexps.mjs --build`
// and by the bundle): every long literal of src/ with its barriers finds the same matches, groups and positions
// as written, on the article and on questions of both languages; the function is lean-regexp.ts's withBarriers;
// short literals and those already lean are left as they are.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import * as barriers from "../../scripts/bmp-regexps/barriers.mjs";
import { BARRIER_MIN_LENGTH, barredRegExp, withBarriers } from "../../src/lib/lean-regexp.js";

const root = join(import.meta.dirname, "..", "..");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

let parsed: [string, string][] | undefined;

/** Every regex literal of src/ as written: [file, literal text] (src/ parsed once for the file's tests). */
function literals(): [string, string][] {
  if (parsed) return parsed;
  const out: [string, string][] = [];
  for (const file of tsFiles(join(root, "src"))) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) out.push([file, node.getText(sf)]);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  parsed = out;
  return out;
}

/** The article's lines, and every twelfth question of the English and Russian sets, lower-cased and as typed. */
function corpus(): string[] {
  const texts = new Set(readFileSync(join(root, "knowledge", "article.txt"), "utf8").split("\n"));
  const dir = join(root, "test", "questions");
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl")))
    for (const [i, line] of readFileSync(join(dir, f), "utf8").split("\n").entries()) {
      if (i % 12 !== 0 || !line.trim()) continue;
      const q = (JSON.parse(line) as { q?: unknown }).q;
      if (typeof q === "string") texts.add(q).add(q.toLowerCase());
    }
  return [...texts, "Путин’s call", "ι Ι ͅ ι", "abc 😀 путин"].filter((s) => s.length > 0);
}

const matches = (r: RegExp, s: string) =>
  [...s.matchAll(new RegExp(r.source, r.flags.includes("g") ? r.flags : `${r.flags}g`))].map((m) => [
    m.index,
    m.groups,
    ...m,
  ]);

describe("barriers in long regex literals at build time", () => {
  it("is lean-regexp.ts's withBarriers", () => {
    const all = literals();
    expect(all.length).toBeGreaterThan(1000);
    for (const [, text] of all) {
      const source = text.slice(1, text.lastIndexOf("/"));
      expect(barriers.withBarriers(source)).toBe(withBarriers(source));
    }
  });

  it("leaves every long literal of src/ matching as written", { timeout: 180_000 }, () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(400);
    const differing: string[] = [];
    let barred = 0;
    for (const [file, text] of literals()) {
      const out = barriers.barrierRegexps(`const r = ${text};`, "x.ts").text.slice("const r = ".length, -1);
      if (out === text) continue;
      barred++;
      const before = new Function(`return ${text}`)() as RegExp;
      const after = new Function(`return ${out}`)() as RegExp;
      expect(after.source.replaceAll("(?=)", "")).toBe(before.source.replaceAll("(?=)", ""));
      for (const s of texts)
        if (JSON.stringify(matches(after, s)) !== JSON.stringify(matches(before, s)))
          differing.push(`${file} ${text.slice(0, 60)} on ${JSON.stringify(s)}`);
    }
    expect(differing.slice(0, 5)).toEqual([]);
    expect(barred).toBeGreaterThan(300);
  });

  it("leaves short literals, /v ones and lean ones alone", () => {
    const short = `/(?:a|b)c/`;
    expect(short.length - 2).toBeLessThan(barriers.MIN_LENGTH);
    expect(barriers.barrierRegexps(`x = ${short};`, "x.ts").literals).toBe(0);
    const long = `(?:${"a|".repeat(barriers.MIN_LENGTH)}b)c`;
    expect(barriers.barrierRegexps(`x = /${long}/v;`, "x.ts").literals).toBe(0);
    const once = barriers.barrierRegexps(`x = /${long}/u;`, "x.ts");
    expect(once.literals).toBe(1);
    expect(once.text).toBe(`x = /${long.slice(0, -1)}(?=)c/u;`);
    expect(barriers.barrierRegexps(once.text, "x.ts").literals).toBe(0);
  });

  it("makes each new RegExp a barredRegExp imported from lib/lean-regexp", () => {
    const out = barriers.barrierRegexps(
      'const a = new RegExp("(?:" + x + "|y)z", "u"), b = new RegExp(c);',
      "src/a/b.ts",
      "../lib/lean-regexp.js",
    );
    expect(out.text).toBe(
      'import { barredRegExp as __barredRegExp } from "../lib/lean-regexp.js";\n' +
        'const a = __barredRegExp("(?:" + x + "|y)z", "u"), b = __barredRegExp(c);',
    );
    expect(barriers.barrierRegexps("const a = new RegExp(x);", "b.ts").text).toBe("const a = new RegExp(x);");
    expect(barriers.leanModuleFor("dist/src/a/b.js", "dist/src")).toBe("../lib/lean-regexp.js");
    expect(barriers.leanModuleFor("/p/src/c.ts", "/p/src")).toBe("./lib/lean-regexp.js");
    expect(barriers.leanModuleFor("/p/src/lib/lean-regexp.ts", "/p/src")).toBeNull();
  });

  it("barredRegExp: barriers in a long string pattern only, the same matches", () => {
    const long = `(?:${Array.from({ length: 40 }, (_, i) => `w${i}`).join("|")})? (?:a|b)c`;
    expect(long.length).toBeGreaterThanOrEqual(BARRIER_MIN_LENGTH);
    const r = barredRegExp(long, "gi");
    expect(r.source).toBe(withBarriers(long));
    expect(r.flags).toBe("gi");
    for (const s of ["W3 ac", " bc", "w39 bc w1 ac", "x"])
      expect(s.match(r)).toEqual(s.match(new RegExp(long, "gi")));
    expect(barredRegExp("(?:a|b)c", "u").source).toBe("(?:a|b)c");
    const lean = withBarriers(long);
    expect(barredRegExp(lean).source).toBe(lean);
    expect(barredRegExp(long, "v").source).toBe(long);
    const literal = /(?:a|b)c/giu;
    expect(barredRegExp(literal)).toEqual(literal);
    expect(barredRegExp(literal, "g").flags).toBe("g");
  });
});
