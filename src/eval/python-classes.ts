// Reads Python's word classes in a pattern of the shared format as Python's `re` does on text: `\w`, `\W`, `\b`
// and `\B` are Unicode there (a Cyrillic letter is a word character), ASCII-only in a JavaScript RegExp even
// with the `u` flag. Without this, `\bда\b` never matched "Да." and `прекращени\w* огня` missed "прекращения
// огня", so `npm run eval` failed Russian answers the shared judge passes.

// Spelt with a backslash put in, not as a `\p{L}` literal: the build's BMP rewrite (scripts/bmp-regexps.mjs) reads String.raw
// templates and strings holding property escapes as whole regexp pieces and spells `\p{L}` out as a group, which is
// no class member — `[${WORD}]` then failed to compile in dist/ ("Lone quantifier brackets";
// test/eval/python-classes-build.test.ts). Here the escapes stand inside a class, where Python's full Unicode is meant.
const BACKSLASH = "\\";
const WORD = `${BACKSLASH}p{L}${BACKSLASH}p{N}_`;
const OUTSIDE: Record<string, string> = {
  w: `[${WORD}]`,
  W: `[^${WORD}]`,
  b: `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`,
  B: `(?:(?<=[${WORD}])(?=[${WORD}])|(?<![${WORD}])(?![${WORD}]))`,
};

/** The pattern's source with Python's Unicode word classes spelled out, for a RegExp compiled with the `u` flag. */
export function withPythonWordClasses(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "\\" && i + 1 < pattern.length) {
      const next = pattern[i + 1] as string;
      i++;
      if (!inClass && next in OUTSIDE) out += OUTSIDE[next];
      else if (inClass && next === "w") out += WORD;
      else out += `\\${next}`;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return out;
}
