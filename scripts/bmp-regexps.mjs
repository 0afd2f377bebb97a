// node scripts/bmp-regexps.mjs [--check | --build] [DIR_OR_FILE...] (default src) — makes Unicode property escapes
// in /u regexps BMP-only, to cut the machine code irregexp compiles. `\p{L}` in a /u pattern also matches the
// letters beyond U+FFFF, which a two-byte subject can hold as surrogate pairs, so every use compiles ~3.6 KB of
// surrogate-pair branches once a two-byte string (any Cyrillic, a ’) reaches it; src/ has thousands. Same answers
// for every character below U+10000 (letters beyond it — ancient scripts, mathematical letters — stop counting as
// letters; emoji were never letters); every rewritten form is checked (scripts/bmp-regexps/pattern.mjs).
// The build runs it on its output, so src/ keeps the readable `\p{L}`: `--build dist/src` after tsc rewrites the
// compiled .js files in place, only those written since its last run (a stamp file in the folder); it prints one
// informational line when it kept some escapes in their full-Unicode form (correct, only more machine code;
// `--verbose` or `--check` lists them), else nothing. scripts/bundle.mjs applies the same rewrite to the sources esbuild bundles. Without a flag it rewrites
// the .ts/.js files given in place and prints what it left; --check rewrites nothing, lists every property escape
// left with where and why, and exits 1 while some could still be rewritten.
// With --build it also puts lean-regexp.ts's barriers into the long regex literals and makes each `new RegExp` a
// `barredRegExp` (bmp-regexps/barriers.mjs; rss27): an empty lookahead changes no match, and irregexp compiles
// ~15-60% less code for a long pattern.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const check = process.argv.includes("--check");
const build = process.argv.includes("--build");
// The build lists the escapes it kept only when asked: on a first `npm start` they read like errors, and are not.
const listLeft = !build || process.argv.includes("--verbose");
const targets = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (targets.length === 0) targets.push(join(root, "src"));

/** Every .ts (not .d.ts), .js and .mjs file under the targets modified after `since` (ms). */
function files(paths, since) {
  const out = [];
  for (const p of paths) {
    const stat = statSync(p);
    if (stat.isDirectory())
      out.push(
        ...files(
          readdirSync(p)
            .filter((f) => f !== "node_modules")
            .map((f) => join(p, f)),
          since,
        ),
      );
    else if (/(?<!\.d)\.ts$|\.m?js$/.test(p) && stat.mtimeMs > since) out.push(p);
  }
  return out;
}

/** The build's stamp: when it last rewrote the folder (0 if never). */
const stamp = join(targets[0], ".bmp-regexps-stamp");
const since = build ? (statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0) : 0;
const changed = files(targets, since);
// The TypeScript parser (~0.5 s to load) only when there is something to read.
const { bmpRegexps } = changed.length > 0 ? await import("./bmp-regexps/source.mjs") : {};
// The build also puts lean-regexp.ts's barriers into long regex literals (bmp-regexps/barriers.mjs): less code.
const { barrierRegexps, leanModuleFor } =
  build && changed.length > 0 ? await import("./bmp-regexps/barriers.mjs") : {};
let literals = 0;
let escapes = 0;
let left = 0;
for (const file of changed) {
  const source = readFileSync(file, "utf8");
  const result = bmpRegexps(source, file);
  left += result.left.length;
  if (listLeft)
    for (const l of result.left) console.log(`${relative(root, file)}:${l.line}:${l.column}  ${l.what}`);
  const barred = barrierRegexps?.(result.text, file, leanModuleFor(file, targets[0]));
  if (barred && barred.literals > 0) writeFileSync(file, barred.text);
  if (result.literals === 0) continue;
  literals += result.literals;
  escapes += result.escapes;
  if (check) console.log(`${relative(root, file)}  ${result.literals} literals rewritable`);
  else if (!barred || barred.literals === 0) writeFileSync(file, result.text);
}
if (build) writeFileSync(stamp, "");
if (check) {
  console.log(`${escapes} property escapes could be made BMP-only; ${left} left as they are (listed above)`);
  if (escapes > 0) process.exitCode = 1;
} else if (!build)
  console.log(
    `rewrote ${literals} literals (${escapes} property escapes); ${left} left as they are (listed above)`,
  );
else if (left > 0)
  console.log(
    `build: ${literals} regexps made BMP-only, ${left} kept in their full-Unicode form (correct as they are; ` +
      (listLeft ? "listed above)" : "`node scripts/bmp-regexps.mjs --check dist/src` lists them)"),
  );
