// The bundle's regex literals written in ASCII: every other character as its `\uXXXX` escape (`\u{…}` past U+FFFF
// under u or v, a surrogate pair without), which the pattern reads as the same character. esbuild escapes strings
// and templates itself but leaves regex literals as written, and one Cyrillic letter anywhere makes V8 hold a whole
// script's source two bytes a character: the bundle's sources (main.js ~2.3 M characters) held 4.5 MB instead of
// ~2.5 MB. String.raw templates (the pieces `new RegExp` is built from) are escaped the same way. Only a pattern's
// `source` text changes (its escapes are spelt out), not what it matches.
import ts from "typescript";

const NON_ASCII = /[\u0080-\u{10ffff}]/u;

/**
 * Whether a file's text may need the rewrite at all (the parse is skipped otherwise): a non-ASCII character on a
 * line that is not a comment line. Most of src/ has them only in comments (’, —, Russian examples). A miss would
 * leave the bundle non-ASCII, which test/cli/bundle.test.ts checks.
 */
export const mayHoldNonAscii = (text) =>
  NON_ASCII.test(text) &&
  text.split("\n").some((line) => NON_ASCII.test(line) && !/^\s*(?:\/\/|\/?\*)/.test(line));

const hex = (n) => n.toString(16).padStart(4, "0");

/**
 * A pattern's text with its non-ASCII characters escaped; `unicode` (the u or v flag): `\u{…}` past U+FFFF, else a
 * surrogate pair's two escapes (which a u pattern reads as the one code point, too). An identity escape of a
 * non-ASCII character (`\ж`, only without u) reads as the character itself, so it becomes that character's escape.
 */
export function escapeNonAscii(text, unicode) {
  let out = "";
  for (let i = 0; i < text.length; ) {
    const point = text.codePointAt(i);
    if (point < 0x80) {
      const escaped = point === 0x5c && i + 1 < text.length;
      if (escaped && text.codePointAt(i + 1) >= 0x80) {
        i++; // the backslash dropped, the character escaped next
        continue;
      }
      out += text.slice(i, escaped ? i + 2 : i + 1);
      i += escaped ? 2 : 1;
    } else if (point <= 0xffff) {
      out += `\\u${hex(point)}`;
      i++;
    } else {
      out += unicode
        ? `\\u{${point.toString(16)}}`
        : `\\u${hex(text.charCodeAt(i))}\\u${hex(text.charCodeAt(i + 1))}`;
      i += 2;
    }
  }
  return out;
}

/** One regex literal (`/body/flags`) with its non-ASCII characters escaped. */
export function asciiRegexLiteral(literal) {
  const end = literal.lastIndexOf("/");
  const flags = literal.slice(end + 1);
  return `/${escapeNonAscii(literal.slice(1, end), flags.includes("u") || flags.includes("v"))}/${flags}`;
}

const SCRIPT_KINDS = { ts: ts.ScriptKind.TS, js: ts.ScriptKind.JS, mjs: ts.ScriptKind.JS };

/** Whether a node is a piece of a String.raw template (our regexps' pieces: its raw text is the pattern's). */
function rawPiece(node) {
  const template = ts.isNoSubstitutionTemplateLiteral(node)
    ? node
    : ts.isTemplateHead(node)
      ? node.parent
      : ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
        ? node.parent.parent
        : null;
  return (
    template !== null &&
    ts.isTaggedTemplateExpression(template.parent) &&
    template.parent.tag.getText() === "String.raw"
  );
}

/** A file's text with every regex literal's non-ASCII characters escaped (the same text when there are none). */
export function asciiRegexps(source, fileName) {
  if (!mayHoldNonAscii(source)) return source;
  const kind = SCRIPT_KINDS[fileName.split(".").pop()] ?? ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  const visit = (node) => {
    const text =
      node.kind === ts.SyntaxKind.RegularExpressionLiteral || rawPiece(node) ? node.getText(sf) : "";
    if (NON_ASCII.test(text))
      edits.push([
        node.getStart(sf),
        node.getEnd(),
        text.startsWith("/") ? asciiRegexLiteral(text) : escapeNonAscii(text, false),
      ]);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let text = source;
  for (const [start, end, literal] of edits.reverse())
    text = text.slice(0, start) + literal + text.slice(end);
  return text;
}
