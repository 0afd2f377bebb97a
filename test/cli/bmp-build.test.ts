// The build's BMP-only rewrite of tsc's output (`npm run build` runs `scripts/bmp-regexps.mjs --build dist/src`
// after tsc): on a few of src/'s regexp-heavy files compiled as tsc emits them, the step as package.json runs it
// rewrites their property escapes (regex literals, `new RegExp` pieces, String.raw templates), leaves nothing
// rewritable, and every regexp of the file still finds the same matches in English and Russian text.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { barredRegExp } from "../../src/lib/lean-regexp.js";
import { prefiltered, prefilteredAt, prefilteredSites } from "../../src/lib/prefiltered-regexp.js";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "bmp-build-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Regex literals (/u, /iu), pieces built with String.raw and with escaped backslashes, consts of arrays of them. */
const SOURCES = [
  "src/dialogue/call-topic.ts",
  "src/answering/russian/what-to-do-with.ts",
  "src/answering/wrong-party.ts",
  "src/dialogue/list-member.ts",
  "src/dialogue/words-ru.ts",
  "src/claims/phrasal.ts",
  "src/claims/phrasal-verbs.ts",
  "src/claims/russian-phrasal.ts",
];

/** Text to match: the article's paragraphs, the knowledge base's phrasings in both languages, edge characters. */
function corpus(): string[] {
  const strings = new Set<string>(readFileSync(join(root, "knowledge", "article.txt"), "utf8").split("\n"));
  const collect = (value: unknown): void => {
    if (typeof value === "string") strings.add(value);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(JSON.parse(readFileSync(join(root, "knowledge", "entries.json"), "utf8")));
  const texts = [...strings].filter((s) => s.length > 1 && s.length < 400);
  // Letters beyond U+FFFF (𝐀) are the one intended difference: they stop counting as letters.
  const edges = [
    "ι Ι ͅ ι",
    "abc 😀 путин",
    "Путин’s call",
    "peskov's",
    "ёж-и",
    "the call with erdogan about gaza",
  ];
  // Lower-cased, as the readers see a question; every third, to keep the test short.
  const lowered = [...new Set(texts.map((s) => s.toLowerCase()))];
  return [...edges, ...lowered.filter((_, i) => i % 3 === 0)];
}

/**
 * The regexps a compiled file makes without running its functions: its regex literals, and the RegExp values of
 * its top-level consts that evaluate from literals and the consts before them. Keyed by the same path in both
 * versions of a file: literal number, or const name and index.
 */
function regexpsOf(js: string): Map<string, RegExp> {
  const sf = ts.createSourceFile("file.js", js, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found = new Map<string, RegExp>();
  let literal = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node))
      found.set(`literal ${literal++}`, new Function(`return ${node.text}`)() as RegExp);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // The build writes `new RegExp` as lean-regexp.ts's barredRegExp, imported under this name (bmp-regexps/barriers.mjs).
  // Its regex literals as lib/prefiltered-regexp.ts's PrefilteredRegExps, under these.
  const env: Record<string, unknown> = {
    __barredRegExp: barredRegExp,
    __prefiltered: prefiltered,
    __prefilteredAt: prefilteredAt,
    __prefilteredSites: prefilteredSites,
  };
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      try {
        const value = new Function(...Object.keys(env), `return (${d.initializer.getText(sf)});`)(
          ...Object.values(env),
        );
        env[d.name.text] = value;
        const values = Array.isArray(value) ? value : [value];
        for (const [i, v] of values.entries()) if (v instanceof RegExp) found.set(`${d.name.text} ${i}`, v);
      } catch {
        // Needs an import or a function of the file: not evaluated here (its literals are compared above).
      }
    }
  }
  return found;
}

/** Every match of r in s (as a global search), with its groups and position. */
const matches = (r: RegExp, s: string) =>
  [...s.matchAll(new RegExp(r.source, r.flags.includes("g") ? r.flags : `${r.flags}g`))].map((m) => [
    m.index,
    ...m,
  ]);

describe("the build's BMP-only rewrite of compiled files", () => {
  it("runs after tsc in npm run build, leaves nothing rewritable, and every regexp matches as before", {
    timeout: 180_000,
  }, () => {
    const build = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts.build as string;
    const step =
      /tsc -b tsconfig\.build\.json && node (scripts\/bmp-regexps\.mjs) (--build) dist\/src &&/.exec(build);
    expect(step).not.toBeNull();
    const options = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
    };
    const compiled = SOURCES.map((source, i) => {
      const js = ts.transpileModule(readFileSync(join(root, source), "utf8"), {
        compilerOptions: options,
      }).outputText;
      writeFileSync(join(dir, `file${i}.js`), js);
      return js;
    });
    execFileSync(process.execPath, [join(root, step![1]!), step![2]!, dir], { encoding: "utf8" });
    const check = execFileSync(process.execPath, [join(root, step![1]!), "--check", dir], {
      encoding: "utf8",
    });
    expect(check).toMatch(/^0 property escapes could be made BMP-only; 0 left/m);

    const texts = corpus();
    let compared = 0;
    const differing: string[] = [];
    for (const [i, before] of compiled.entries()) {
      const after = readFileSync(join(dir, `file${i}.js`), "utf8");
      expect([SOURCES[i], /\\\\?p\{L\}/.test(after)]).toEqual([SOURCES[i], false]);
      const [old, now] = [regexpsOf(before), regexpsOf(after)];
      expect([...now.keys()]).toEqual([...old.keys()]);
      for (const [key, r] of old) {
        const rewritten = now.get(key)!;
        if (rewritten.source === r.source) continue;
        compared++;
        for (const s of texts)
          if (JSON.stringify(matches(rewritten, s)) !== JSON.stringify(matches(r, s)))
            differing.push(`${SOURCES[i]} ${key} on ${JSON.stringify(s)}`);
      }
    }
    expect(differing).toEqual([]);
    // The literals, and the String.raw and RegExp-built consts of call-topic.ts and what-to-do-with.ts.
    expect(compared).toBeGreaterThan(60);
  });
});
