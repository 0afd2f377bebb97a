// The build's second rewrite of regex literals: lean-regexp.ts's empty lookaheads (`(?=)` after each optional or
// alternating group, so irregexp compiles what follows once instead of once per way in) put into every regex
// literal of at least MIN_LENGTH characters, as `lean(/…/)` does at run time for the patterns built with it. An
// empty lookahead changes no match, index or group (src/lib/lean-regexp.ts), so the literals match as written.
import { dirname, relative } from "node:path";
import ts from "typescript";

/** Shorter literals: a barrier's own code outweighs the copies it saves (lean-regexp.ts BARRIER_MIN_LENGTH). */
export const MIN_LENGTH = 120;

/** lean-regexp.ts's withBarriers (the same function; kept in step by test/cli/barrier-build.test.ts). */
export function withBarriers(source) {
  let out = "";
  const groups = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
    } else if (inClass) {
      out += c;
      if (c === "]") inClass = false;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else if (c === "(") {
      groups.push(false);
      out += c;
    } else if (c === "|") {
      if (groups.length > 0) groups[groups.length - 1] = true;
      out += c;
    } else if (c === ")") {
      const alternatives = groups.pop() ?? false;
      const quantifier = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(i + 1))?.[0] ?? "";
      out += c + quantifier;
      i += quantifier.length;
      const next = source[i + 1];
      const optional = quantifier.startsWith("?") || quantifier.startsWith("*");
      if ((optional || alternatives) && next !== undefined && next !== "|" && next !== ")") out += "(?=)";
    } else out += c;
  }
  return out;
}

/** The name `new RegExp` becomes (imported under it, so it clashes with none of the file's own). */
const BARRED = "__barredRegExp";

/** How a file at `fileName` imports lib/lean-regexp.js under `srcRoot` (null: the module itself). */
export function leanModuleFor(fileName, srcRoot) {
  const target = `${srcRoot}/lib/lean-regexp.js`;
  if (fileName.replace(/\.ts$/, ".js") === target) return null;
  const path = relative(dirname(fileName), target);
  return path.startsWith(".") ? path : `./${path}`;
}

const SCRIPT_KINDS = { ts: ts.ScriptKind.TS, js: ts.ScriptKind.JS, mjs: ts.ScriptKind.JS };

/**
 * The file's text with barriers in its long regex literals, and how many it changed. With `leanModule` (the path of
 * lib/lean-regexp's module as the file imports it, .js), each `new RegExp(…)` also becomes `barredRegExp(…)`
 * (lean-regexp.ts: the same barriers, at run time, for the patterns built from strings), imported from there.
 */
export function barrierRegexps(source, fileName, leanModule) {
  if (!source.includes("/") && !(leanModule && source.includes("RegExp")))
    return { text: source, literals: 0 };
  const kind = SCRIPT_KINDS[fileName.split(".").pop()] ?? ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf("/");
      const pattern = text.slice(1, slash);
      if (pattern.length >= MIN_LENGTH && !text.slice(slash + 1).includes("v") && !pattern.includes("(?=)")) {
        const barred = withBarriers(pattern);
        if (barred !== pattern)
          edits.push({
            start: node.getStart(sf) + 1,
            end: node.getStart(sf) + 1 + pattern.length,
            text: barred,
          });
      }
    }
    if (
      leanModule &&
      ts.isNewExpression(node) &&
      node.expression.getText(sf) === "RegExp" &&
      (node.arguments?.length ?? 0) > 0
    ) {
      // `new RegExp` → `barredRegExp`, keeping the arguments' text (and the regex literals in it, barred above).
      edits.push({ start: node.getStart(sf), end: node.expression.getEnd(), text: BARRED });
      calls++;
    }
    ts.forEachChild(node, visit);
  };
  let calls = 0;
  visit(sf);
  if (calls > 0)
    edits.push({
      start: 0,
      end: 0,
      text: `import { barredRegExp as ${BARRED} } from ${JSON.stringify(leanModule)};\n`,
    });
  let out = "";
  let at = 0;
  for (const e of edits.sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { text: out + source.slice(at), literals: edits.length };
}
