// The source-level half of the BMP-only rewrite: finds the regexps of one TypeScript or JavaScript file with the
// TypeScript parser (the sources for the codemod, tsc's output and the bundle's inputs at build time) and rewrites
// their property escapes with pattern.mjs. Found: regex literals with the u flag, and string and template literals
// holding `\\p{`/`\\P{` (the pieces `new RegExp` or `leanRegExp` is built from; flags read from the call when the piece is
// its argument). Template substitutions are opaque holes, kept verbatim (regex literals inside them are rewritten too);
// a class holding one, a literal ending inside a class, or a `\\p{${name}}` whose name is one (tidy42), is listed, not
// rewritten. Idempotent: the BMP forms are recognised and left alone.
import ts from "typescript";
import { rewrite, unit, units } from "./pattern.mjs";

/** Whether a file's text may hold a property escape at all (the parse is skipped otherwise). */
export const mayHoldPropertyEscapes = (text) => /\\[pP]\{/.test(text);

const HAS_PROP = /\\\\[pP]\{/;
/**
 * The flag set of a string or template that is (part of) the first argument of `new RegExp(…, "flags")` or
 * `RegExp(…)`, through +, parentheses and template substitutions; "string" (both u and iu) when not known here.
 */
function flagSetOf(node) {
  let child = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    // leanRegExp (src/lib/lean-regexp.ts) takes the same arguments as RegExp.
    const callee = (ts.isNewExpression(p) || ts.isCallExpression(p)) && p.expression.getText();
    if (callee === "RegExp" || callee === "leanRegExp") {
      const flags = p.arguments?.[1];
      if (p.arguments?.[0] !== child || !flags || !ts.isStringLiteralLike(flags)) return "string";
      if (!flags.text.includes("u") || flags.text.includes("v")) return null;
      return flags.text.includes("i") ? "iu" : "u";
    }
    const through =
      ts.isParenthesizedExpression(p) ||
      ts.isTemplateSpan(p) ||
      ts.isTemplateExpression(p) ||
      (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.PlusToken);
    if (!through) return "string";
  }
  return "string";
}

const SCRIPT_KINDS = { ts: ts.ScriptKind.TS, js: ts.ScriptKind.JS, mjs: ts.ScriptKind.JS };

/**
 * Rewrites the property escapes of one file's text (fileName: its kind, by extension, and for messages).
 * Returns { text, literals, escapes, left }: the new text (the same when nothing changed), how many literals and
 * escapes were rewritten, and what was left, as { line, column, what } (1-based).
 */
export function bmpRegexps(source, fileName) {
  const result = { text: source, literals: 0, escapes: 0, left: [] };
  if (!mayHoldPropertyEscapes(source)) return result;
  const kind = SCRIPT_KINDS[fileName.split(".").pop()] ?? ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  /** A template's tag, when it has one. */
  const tagOf = (node) =>
    ts.isTaggedTemplateExpression(node.parent) && node.parent.template === node
      ? node.parent.tag.getText(sf)
      : null;
  /**
   * How a regex backslash is written in a string or template: "\\\\" (an escaped one), or "\\" in String.raw,
   * whose text is the pattern as it is; null under another tag (not known here).
   */
  const backslashOf = (node) => {
    const tag = ts.isStringLiteral(node) ? null : tagOf(node);
    return tag === null ? "\\\\" : tag === "String.raw" ? "\\" : null;
  };
  /** The expression a literal is: the String.raw`…` around a template, or the literal. */
  const whole = (node) => (tagOf(node) ? node.parent : node);
  const leave = (pos, what) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(pos);
    result.left.push({ line: line + 1, column: character + 1, what });
  };
  const visit = (node) => {
    let found = null;
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf("/");
      const flags = text.slice(slash + 1);
      if (/\\[pP]\{/.test(text) && flags.includes("u") && !flags.includes("v"))
        found = {
          start: node.getStart(sf) + 1,
          raw: text.slice(1, slash),
          bs: "\\",
          flagSet: flags.includes("i") ? "iu" : "u",
        };
      else if (/\\[pP]\{/.test(text))
        leave(node.getStart(sf), `${text.slice(0, 60)}  left: flags "${flags}" (not /u)`);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const text = node.getText(sf);
      const bs = backslashOf(node);
      if (bs && (bs === "\\" ? /\\[pP]\{/ : HAS_PROP).test(text))
        found = { start: node.getStart(sf) + 1, raw: text.slice(1, -1), bs, flagSet: flagSetOf(whole(node)) };
      else if (!bs && /\\[pP]\{/.test(text)) leave(node.getStart(sf), "left: a tagged template");
    } else if (ts.isTemplateExpression(node)) {
      // Head, then each span's literal; substitutions become holes, kept verbatim.
      const text = node.getText(sf);
      const bs = backslashOf(node);
      if (bs && (bs === "\\" ? /\\[pP]\{/ : HAS_PROP).test(text))
        found = {
          start: node.getStart(sf) + 1,
          raw: text.slice(1, -1),
          bs,
          flagSet: flagSetOf(whole(node)),
          template: node,
        };
      else if (!bs && /\\[pP]\{/.test(text)) leave(node.getStart(sf), "left: a tagged template");
    }
    if (found) handle(found);
    if (!found?.template) ts.forEachChild(node, visit);
    else for (const span of found.template.templateSpans) visit(span.expression);
  };
  const unsure = (start) => leave(start, "left: a bracket or backslash written as a string escape");
  const handle = ({ start, raw, bs, flagSet, template }) => {
    if (flagSet === null) return leave(start, "left: passed to RegExp without the u flag");
    let list;
    const holes = [];
    if (template) {
      // Pieces of text between the substitutions, which stay verbatim as opaque holes.
      list = [];
      const rel = (pos) => pos - start;
      let pieceStart = 0;
      let holeStart = rel(template.head.getEnd() - 2);
      for (const span of template.templateSpans) {
        const piece = units(raw.slice(pieceStart, holeStart), bs);
        if (!piece) return unsure(start);
        const holeEnd = rel(span.literal.getStart(sf) + 1);
        holes.push({ start: start + holeStart, end: start + holeEnd });
        list.push(...piece, unit("hole", "(?:)", `\0${holes.length - 1}\0`));
        pieceStart = holeEnd;
        holeStart = ts.isTemplateTail(span.literal) ? raw.length : rel(span.literal.getEnd() - 2);
      }
      const tail = units(raw.slice(pieceStart), bs);
      if (!tail) return unsure(start);
      list.push(...tail);
    } else {
      list = units(raw, bs);
      if (!list) return unsure(start);
    }
    const rewritten = rewrite(list, bs, flagSet);
    for (const l of rewritten.left) leave(start, `${l.escape}  left: ${l.why}`);
    if (rewritten.text === null || rewritten.changed === 0) return;
    result.escapes += rewritten.changed;
    edits.push({ start, end: start + raw.length, text: rewritten.text, holes: template ? holes : [] });
  };
  visit(sf);
  if (edits.length === 0) return result;
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  /** The source from..to with the edits inside it applied; a template's holes get the edits inside them. */
  const edited = (from, to) => {
    let out = "";
    let at = from;
    for (const e of edits) {
      if (e.start < at || e.end > to) continue;
      out += source.slice(at, e.start);
      out += e.text.replace(/\0(\d+)\0/g, (_, k) => edited(e.holes[k].start, e.holes[k].end));
      at = e.end;
    }
    return out + source.slice(at, to);
  };
  result.text = edited(0, source.length);
  result.literals = edits.length;
  return result;
}
