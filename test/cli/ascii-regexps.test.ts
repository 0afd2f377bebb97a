// The bundle's ASCII rewrite of regexps (scripts/bmp-regexps/ascii.mjs, run as esbuild reads src/): every regex
// literal and String.raw piece of src/'s Russian-heavy files comes out ASCII-only, and each literal still finds the
// same matches (index and groups) in the article and in Russian, typographic and beyond-BMP text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { asciiRegexLiteral, asciiRegexps } from "../../scripts/bmp-regexps/ascii.mjs";

const root = join(import.meta.dirname, "..", "..");
const SOURCES = [
  "src/dialogue/call-topic.ts",
  "src/answering/russian/what-to-do-with.ts",
  "src/dialogue/words-ru.ts",
  "src/claims/russian-phrasal.ts",
  "src/dialogue/should-have-done.ts",
  "src/answering/known-alternative.ts",
];
const TEXTS = [
  ...readFileSync(join(root, "knowledge", "article.txt"), "utf8").split("\n"),
  "что сказал песков о звонке путина эрдогану?",
  "Путин при чём тут Израиль",
  "как им надо было поступить иначе?",
  "а при чем тут сша",
  "Erdoğan’s call — «ёлка» 😀 𝐀 ж",
];

/** The regex literals of a file, as written. */
function literals(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText(sf));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const regexOf = (literal: string): RegExp => {
  const end = literal.lastIndexOf("/");
  return new RegExp(literal.slice(1, end), literal.slice(end + 1).replace("g", ""));
};

describe("ASCII regexps in the bundle", () => {
  it("leaves no non-ASCII character in a regex literal or String.raw piece", () => {
    for (const file of SOURCES) {
      const out = asciiRegexps(readFileSync(join(root, file), "utf8"), file) as string;
      const sf = ts.createSourceFile(file, out, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        const raw =
          ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === "String.raw"
            ? node.template.getText(sf)
            : node.kind === ts.SyntaxKind.RegularExpressionLiteral
              ? node.getText(sf)
              : "";
        expect(/[\u0080-\u{10ffff}]/u.test(raw), `${file}: ${raw.slice(0, 60)}`).toBe(false);
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  });

  it("keeps every literal's matches", () => {
    let checked = 0;
    for (const file of SOURCES)
      for (const literal of literals(file)) {
        const before = regexOf(literal);
        const after = regexOf(asciiRegexLiteral(literal) as string);
        for (const text of TEXTS) expect(after.exec(text), literal).toEqual(before.exec(text));
        if (/[\u0080-\u{10ffff}]/u.test(literal)) checked++;
      }
    expect(checked).toBeGreaterThan(20);
  });

  it("escapes identity escapes, astral characters and classes as the same characters", () => {
    for (const [literal, text] of [
      ["/\\ж/", "ж"],
      ["/a😀b/u", "a😀b"],
      ["/a😀b/", "a😀b"],
      ["/[😀ё]/u", "😀"],
      ["/[’']s/iu", "’S"],
    ] as const) {
      const out = asciiRegexLiteral(literal) as string;
      expect(/[\u0080-\u{10ffff}]/u.test(out)).toBe(false);
      expect(regexOf(out).exec(text)).toEqual(regexOf(literal).exec(text));
    }
  });
});
