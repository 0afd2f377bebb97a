// One-byte text for English-only patterns (rss28). V8 compiles a regexp's machine code once per subject encoding:
// an English pattern that meets text holding one character above U+00FF (a Cyrillic word, an en dash, an emoji) is
// compiled a second time, as two-byte code, about as large as the first (6.8 MB of such code after the bench, most
// from English questions with an en dash and dialogue questions with a Russian topic). A pattern written in ASCII,
// without the u or v flag, escapes above \x7f, property classes or backreferences, cannot tell two characters
// above U+00FF apart, nor one of them from U+0080 (a C1 control no such pattern names): literals and classes are
// ASCII (a negated class or \W, \S, `.` takes all of them alike), \w and \b are ASCII, and case-insensitive
// matching without u never maps a character above U+007F to ASCII. Whitespace above U+00FF is the exception (\s
// matches it, `.` stops at U+2028 and U+2029): text holding any is passed on as it is. So on text where every
// character above U+00FF became U+0080, such a pattern matches at the same places, with the same lengths and
// captures, save that a capture shows U+0080 where the text had the wide character: a reader uses the view for
// tests, or captures that can only hold ASCII. The view is built anew (one byte a character), so V8 compiles the
// one-byte code only.

import { UNSAFE_SOURCE, WIDE, WIDE_ALL, WIDE_SPACE } from "./wide-view.js";

/**
 * A view function for `patterns`, checked once here: none may have the u or v flag or hold an unsafe escape (see
 * the header); a non-ASCII character a source names (erdo[gğ]an) is kept by passing on as it is any text holding
 * it (in either case when a pattern ignores case). Throws for a pattern the view would not be exact for.
 */
export function latin1Viewer(patterns: readonly RegExp[]): (text: string) => string {
  let named = "";
  let ignoreCase = false;
  for (const re of patterns) {
    if (/[uv]/.test(re.flags) || UNSAFE_SOURCE.test(re.source))
      throw new Error(`latin1Viewer: not view-safe: /${re.source.slice(0, 80)}/${re.flags}`);
    for (const c of re.source) {
      if (c >= "\x80" && c <= "\x9f")
        throw new Error(`latin1Viewer: names a C1 control: /${re.source.slice(0, 80)}/`);
      if (c > "\x7f" && !named.includes(c)) named += c;
    }
    ignoreCase ||= re.flags.includes("i");
  }
  const kept =
    named === "" ? null : new RegExp(`[${named.replace(/[\\\]^-]/g, "\\$&")}]`, ignoreCase ? "i" : "");
  return (text) => {
    if (!WIDE.test(text) || WIDE_SPACE.test(text) || kept?.test(text)) return text;
    return Buffer.from(text.replace(WIDE_ALL, "\x80"), "latin1").toString("latin1");
  };
}

/** A `$n` in a replacement, or any other `$` (which replaceOnView does not take). */
const GROUP_REF = /\$(\d?)/g;

/**
 * `text.replace(re, replacement)` with `re` run on `viewed` (the view of `text`, the same length; rss29): the text
 * around each match is cut from `text` itself, so only the match's place comes from the view. `replacement` may
 * name captures as `$1`..`$9` (no other `$` form); a capture that shows U+0080 (a wide character, or U+0080 itself)
 * cannot be told from the view, and then `re` is run on `text` as it is (the same result, at the cost of the
 * two-byte code): name captures that hold only characters up to U+00FF (`\w`, literals) to keep off it.
 */
export function replaceOnView(text: string, viewed: string, re: RegExp, replacement: string): string {
  if (viewed === text) return text.replace(re, replacement);
  let out = "";
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(viewed); m !== null; m = re.global ? re.exec(viewed) : null) {
    let held = false;
    const expanded = replacement.replace(GROUP_REF, (_, digit: string) => {
      if (digit === "") throw new Error(`replaceOnView: only $1..$9 are taken: ${replacement}`);
      const n = Number(digit);
      // As String.prototype.replace: $0, or a group the pattern does not have, stays as written.
      if (n === 0 || !m || n >= m.length) return `$${digit}`;
      const group = m[n] ?? "";
      held ||= group.includes("\x80");
      return group;
    });
    if (held) {
      re.lastIndex = 0;
      return text.replace(re, replacement);
    }
    out += text.slice(last, m.index) + expanded;
    last = m.index + m[0].length;
    if (m[0] === "") re.lastIndex++;
  }
  re.lastIndex = 0;
  return last === 0 && out === "" ? text : out + text.slice(last);
}

/**
 * `text` held one byte a character when it holds no character above U+00FF, else `text` itself (rss29). V8 keeps a
 * string two-byte when it was built from two-byte parts (String.prototype.normalize's output, a replace on text that
 * had a curly apostrophe), even when none is left: every pattern that then reads it compiles its two-byte code.
 * A copy, for text that was two-byte: call it where wide characters may just have gone.
 */
export function narrowed(text: string): string {
  return WIDE.test(text) ? text : Buffer.from(text, "latin1").toString("latin1");
}

/**
 * `parts.join(separator)`, held one-byte when every part is (rss29). A string used as a property key is
 * internalised and left a thin string, which Array.prototype.join reads as two-byte: words looked up so (a
 * lexicon's tables) joined into two-byte text, and every pattern that read it compiled its two-byte code.
 * Concatenation looks through a thin string to its encoding.
 */
export function joined(parts: readonly string[], separator: string): string {
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i++) out += separator + parts[i];
  // Copied one-byte when no wide character is in it (perf34): a part held two-byte (an internalised key first
  // met in wide text, whatever ran before) made the join two-byte now and then; the copy makes it one-byte always.
  return narrowed(out);
}
