// The build's second rewrite of regex literals: lean-regexp.ts's empty lookaheads (`(?=)` after each optional or
// alternating group, so irregexp compiles what follows once instead of once per way in) put into every regex
// literal of at least MIN_LENGTH characters, as `lean(/…/)` does at run time for the patterns built with it. An
// empty lookahead changes no match, index or group (src/lib/lean-regexp.ts), so the literals match as written.
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
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
/** The names the prefilter's wrappers of regex literals are imported under (lib/prefiltered-regexp.ts). */
const PREFILTERED = "__prefiltered";
const SITES = "__prefilteredSites";
const AT = "__prefilteredAt";
/** Shorter literals are left plain: their machine code is small and they are cheap to run. */
export const PREFILTER_MIN_LENGTH = 12;

/**
 * A regex literal as a PrefilteredRegExp (lib/prefiltered-regexp.ts: not run on a subject that lacks the literals
 * every match contains). Without g or y one object per place in the code (`site`) serves every evaluation, made on
 * the first; with them (lastIndex is state) a new one each time, as the literal makes.
 */
export function prefilteredLiteral(literal, site, flags, literals) {
  const known = literals ? `, ${asciiJson(literals)}` : "";
  if (flags.includes("g") || flags.includes("y")) return `${PREFILTERED}(${literal}${known})`;
  const key = JSON.stringify(site);
  return `(${SITES}.get(${key}) ?? ${AT}(${key}, ${literal}${known}))`;
}

/** JSON in ASCII (the bundle's sources stay one byte a character: bmp-regexps/ascii.mjs). */
const asciiJson = (value) =>
  JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/**
 * lib/required-literals, to read each literal's required literals here: its TypeScript source where a loader reads
 * TypeScript (the tests, under vitest: a clean checkout has no dist/), else as tsc compiled it (the build runs tsc
 * first); without either (a bundle built alone) the wrappers read them on first use.
 */
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const compiled = join(projectRoot, "dist", "src", "lib", "required-literals.js");
const { requiredLiterals } = await import(join(projectRoot, "src", "lib", "required-literals.ts")).catch(
  () => (existsSync(compiled) ? import(compiled) : {}),
);

/**
 * Whether a node is inside a function: a g or y literal there is a new object at every call (its lastIndex is
 * state), which a wrapper would double; those are left plain (mostly short: a quote, a word's letters).
 */
const insideFunction = (node) => {
  for (let p = node.parent; p; p = p.parent)
    if (ts.isFunctionLike(p) || ts.isClassStaticBlockDeclaration(p)) return true;
  return false;
};

/** Whether a literal is the argument of `lean(…)`, which reads only its source and flags. */
const leanArgument = (node) =>
  ts.isCallExpression(node.parent) && node.parent.expression.getText() === "lean";

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
  // The prefilter's own modules keep plain regexps (lean-regexp's, with no leanModule, builds PrefilteredRegExps).
  const own = /(?:prefiltered-regexp|required-literals|literal-pieces|fold-case|wide-view)\.[jt]s$/.test(
    fileName,
  );
  if (own) leanModule = null;
  const prefilter = leanModule !== null && leanModule !== undefined;
  const site = fileName.replace(/^.*?\/src\//, "").replace(/\.[jt]s$/, "");
  let sites = 0;
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf("/");
      const pattern = text.slice(1, slash);
      const flags = text.slice(slash + 1);
      const stateful = flags.includes("g") || flags.includes("y");
      if (
        prefilter &&
        pattern.length >= PREFILTER_MIN_LENGTH &&
        !leanArgument(node) &&
        !(stateful && insideFunction(node))
      ) {
        // Known at build time: a pattern that requires no literal stays plain (nothing to look for).
        const literals = requiredLiterals?.(pattern, flags);
        if (literals !== null) {
          const [open, close] = prefilteredLiteral("\0", `${site}:${sites++}`, flags, literals).split("\0");
          edits.push({ start: node.getStart(sf), end: node.getStart(sf), text: open });
          edits.push({ start: node.getEnd(), end: node.getEnd(), text: close });
        }
      }
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
  if (sites > 0)
    edits.push({
      start: 0,
      end: 0,
      text:
        `import { prefiltered as ${PREFILTERED}, prefilteredAt as ${AT}, prefilteredSites as ${SITES} } from ` +
        `${JSON.stringify(leanModule.replace(/lean-regexp\.js$/, "prefiltered-regexp.js"))};\n`,
    });
  let out = "";
  let at = 0;
  for (const e of edits.sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { text: out + source.slice(at), literals: edits.length };
}
