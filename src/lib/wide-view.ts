// The one-byte view of latin1-view.ts for PrefilteredRegExp (perf33): which patterns may read it, and the view of a
// subject, kept for the next patterns. Its own module with plain regexps: the build wraps every other module's
// (scripts/bmp-regexps/barriers.mjs), and prefiltered-regexp.ts imports this one.

export const WIDE = /[^\0-\xff]/;
export const WIDE_ALL = /[^\0-\xff]/g;
/** Whitespace and line terminators above U+00FF: `\s` and `.` tell them from U+0080. */
export const WIDE_SPACE = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
/** What a view-safe source must not hold: escapes of characters above \x7f, property classes, backreferences. */
export const UNSAFE_SOURCE = /\\(?:u|x[89a-fA-F]|[pP]\{|[1-9]|k<|c)/;

/** A range with a non-ASCII end (`[а-я]`): the view would move the characters between its ends out of it. */
const WIDE_RANGE = /[^\0-\x7f]-|-[^\0-\x7f]/;

/**
 * What an ASCII pattern with the u flag tells apart that the view does not: a surrogate pair is one character there
 * (`.` takes both halves), and under i `ſ` and the Kelvin sign are `s` and `k` (and \w). No other character above
 * U+00FF matches an ASCII literal, class, \w or \b of such a pattern (every one checked).
 */
const UNICODE_MODE_APART = /[\ud800-\udfff\u017f\u212a]/;

/**
 * How one pattern may read the view (PrefilteredRegExp, perf33): false when it may not (the v flag, an unsafe
 * escape, a C1 control or a range with a non-ASCII end in its source, see the header; under u, any non-ASCII
 * character), true when it may read the view of any text, else a RegExp of what text must not hold to be read on
 * the view: the non-ASCII characters the source names (in either case under i), or UNICODE_MODE_APART under u.
 */
export function viewSafety(source: string, flags: string): boolean | RegExp {
  if (flags.includes("v") || UNSAFE_SOURCE.test(source) || WIDE_RANGE.test(source)) return false;
  let named = "";
  for (const c of source) {
    if (c >= "\x80" && c <= "\x9f") return false;
    if (c > "\x7f" && !named.includes(c)) named += c;
  }
  if (flags.includes("u")) return named === "" ? UNICODE_MODE_APART : false;
  if (named === "") return true;
  return new RegExp(`[${named.replace(/[\\\]^-]/g, "\\$&")}]`, flags.includes("i") ? "i" : "");
}

/** The last few subjects and their views (null: no view; patterns read a message and its rewrites in turn). */
const SUBJECTS = ["", "", "", ""];
const VIEWS: (string | null)[] = [null, null, null, null];
let nextSubject = 0;

/**
 * The view of `text` (every character above U+00FF as U+0080, one byte a character), or null when it holds no
 * character above U+00FF (nothing to gain) or whitespace above U+00FF (which the view cannot stand in for).
 */
export function wideTextView(text: string): string | null {
  for (let i = 0; i < 4; i++) if (SUBJECTS[i] === text) return VIEWS[i]!;
  const view =
    !WIDE.test(text) || WIDE_SPACE.test(text)
      ? null
      : Buffer.from(text.replace(WIDE_ALL, "\x80"), "latin1").toString("latin1");
  SUBJECTS[nextSubject] = text;
  VIEWS[nextSubject] = view;
  nextSubject = (nextSubject + 1) & 3;
  return view;
}
