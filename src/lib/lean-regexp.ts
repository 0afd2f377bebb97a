// Less machine code for our long word-list regexps, with the same matches. Irregexp (V8's regexp compiler) emits a
// group's code once per way into it, up to 10 copies: a 20-word list after `(?:a |an |the )?` behind six prefixes
// is compiled ~10 times, and the copies multiply down the pattern (summary-style.ts's STYLE: 469 KB of code). An
// empty lookahead `(?=)` always succeeds, consumes nothing and captures nothing, so it changes no match, index or
// group; but irregexp starts afresh after a lookaround, compiling what follows once. `lean` puts one after each
// group that is optional (`?`, `*`) or holds alternatives (STYLE 469 → 124 KB; measured per pattern with a heap
// snapshot, scripts/memory-breakdown.mjs --regexps for the whole program).
import { PrefilteredRegExp } from "./prefiltered-regexp.js";

/** The group closes after which an empty lookahead goes: optional or repeated (`?`, `*`), or with alternatives. */
export function withBarriers(source: string): string {
  let out = "";
  const groups: boolean[] = []; // per open group: whether it holds a top-level `|`
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
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

// The build's BMP-only rewrite (scripts/bmp-regexps) cannot know the flags a string or template will be compiled
// with, so there `\p{L}` becomes the form that is right under /iu too: `(?:[^\P{L}\u{10000}-\u{10ffff}]|[\u0399
// \u03b9\u1fbe])` (case folding ties U+0345, a mark, to those three letters), and `\P{L}` a lookahead before `[^]`.
// Without the i flag the three are plain letters the class already holds, so each such group is the class alone:
// the same code points, one class instead of a choice (and no barrier after it). perf-rss26: wrong-party's merged
// gate 161 / 196 -> 153 / 154 KB of code (one-byte / two-byte; docs/measurements.md, session 26).
const BMP_LETTER = String.raw`(?:[^\P{L}\u{10000}-\u{10ffff}]|[\u0399\u03b9\u1fbe])`;
const BMP_NON_LETTER = String.raw`(?:(?![^\P{L}\u{10000}-\u{10ffff}]|[\u0399\u03b9\u1fbe])[^])`;

/** The source with the BMP rewrite's /iu-safe letter forms made single classes; only for flags without i. */
export function withoutFoldForms(source: string): string {
  return source
    .replaceAll(BMP_LETTER, String.raw`[^\P{L}\u{10000}-\u{10ffff}]`)
    .replaceAll(BMP_NON_LETTER, String.raw`[\P{L}\u{10000}-\u{10ffff}]`);
}

/** `new RegExp(source, flags)` with the same matches, compiled to less machine code; see the header. */
export function leanRegExp(source: string, flags?: string): RegExp {
  const unfolded = flags?.includes("u") && !flags.includes("i") ? withoutFoldForms(source) : source;
  return new PrefilteredRegExp(withBarriers(unfolded), flags);
}

/** The same regexp (source and flags, so the same matches) compiled to less machine code; see the header. */
export function lean(re: RegExp): RegExp {
  return leanRegExp(re.source, re.flags);
}

/** Shorter patterns: a barrier's own code outweighs the copies it saves (scripts/bmp-regexps/barriers.mjs). */
export const BARRIER_MIN_LENGTH = 120;

/**
 * What the build makes of `new RegExp(pattern, flags)` (scripts/bmp-regexps/barriers.mjs, rss27): a long string
 * pattern gets the barriers of the header, unless it holds one already (leanRegExp's: a second pass would add more)
 * or the flags hold v (classes nest there); a RegExp or a short string is passed on as it is. The same matches.
 */
export function barredRegExp(pattern: string | RegExp, flags?: string): RegExp {
  if (
    typeof pattern === "string" &&
    pattern.length >= BARRIER_MIN_LENGTH &&
    !pattern.includes("(?=)") &&
    !flags?.includes("v")
  )
    return new PrefilteredRegExp(withBarriers(pattern), flags);
  // A short pattern made at run time (often from a word, once per call) stays plain: little code, quick to run.
  if (typeof pattern === "string" && pattern.length < BARRIER_MIN_LENGTH) return new RegExp(pattern, flags);
  return new PrefilteredRegExp(pattern, flags);
}
