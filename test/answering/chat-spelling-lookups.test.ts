// chat-spelling.ts looks its everyday words up in a Set and keeps the last words' readings (perf33b): the same reading
// as the plain scan of the word list it replaced, for every short word, asked once or again.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chatSpelling } from "../../src/answering/chat-spelling.js";

const WORDS = `the to and of what that this with about for does did do is are was were have has had
  think thinks want wants wanted say says said tell told talk talked talks speak spoke call called know
  people between their there they them his her who why how when where which should would could because
  really just much many some something thing things country countries government side sides happen`
  .split(/\s+/)
  .filter(Boolean);
const vowel = (c: string) => /[aeiouy]/.test(c);

/** The reading before perf33b, for a short word with a vowel: the array scans. */
function scanned(word: string): string | null {
  for (let i = 0; i + 1 < word.length; i++) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (swapped !== word && WORDS.includes(swapped)) return swapped;
  }
  for (let i = 0; i < word.length; i++) {
    const doubled = word.slice(0, i + 1) + word.slice(i);
    if (WORDS.includes(doubled)) return doubled;
  }
  return (
    WORDS.find((w) => {
      if (w.length !== word.length) return false;
      let differences = 0;
      for (let i = 0; i < w.length; i++) {
        if (w[i] === word[i]) continue;
        if (!vowel(w[i]!) || !vowel(word[i]!) || ++differences > 1) return false;
      }
      return differences === 1;
    }) ?? null
  );
}

describe("chatSpelling's look-ups", () => {
  it("read every short word as the scans did, the first time and again", () => {
    const letters = fc.constantFrom(..."aeiouyhtnsrdlwk");
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: letters, minLength: 2, maxLength: 6 }), { maxLength: 40 }),
        (words) => {
          for (const word of [...words, ...words].filter((w) => /[aeiouy]/.test(w)))
            expect(chatSpelling(word)).toBe(scanned(word));
        },
      ),
      { numRuns: 300 },
    );
    expect(["teh", "hapen", "sey", "wint", "russia", "hamas", "sey"].map(chatSpelling)).toEqual([
      "the",
      "happen",
      "say",
      "want",
      null,
      null,
      "say",
    ]);
  });
});
