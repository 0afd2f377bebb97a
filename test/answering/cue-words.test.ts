// cueWordsIn (intents.ts) tests each summary cue before it iterates its matches: the words it gives are those of
// every match of every cue, as iterating them all gave, and the cues' lastIndex is left at 0.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENGLISH_INTENT_WORDS } from "../../src/answering/english-intents.js";
import { cueWordsIn } from "../../src/answering/intents.js";
import { RUSSIAN_INTENT_WORDS } from "../../src/answering/russian/intents.js";

function allMatchWords(words: string, cues: readonly RegExp[]): Set<string> {
  const out = new Set<string>();
  for (const cue of cues) for (const m of words.matchAll(cue)) for (const w of m[0].split(" ")) out.add(w);
  return out;
}

const WORDS =
  `in one a two few couple of line lines sentence words paragraph or so main key big points takeaway
  facts ideas story short version the putin hamas said what did give me кратко в двух словах суть главное коротко
  пересказ статьи путин сказал о чем`.split(/\s+/);

describe("cueWordsIn", () => {
  for (const [lang, cues] of [
    ["en", ENGLISH_INTENT_WORDS.summaryCues],
    ["ru", RUSSIAN_INTENT_WORDS.summaryCues],
  ] as const) {
    it(`gives every cue match's words (${lang})`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), (ws) => {
          const text = ws.join(" ");
          expect([...cueWordsIn(text, cues)].sort()).toEqual([...allMatchWords(text, cues)].sort());
          for (const cue of cues) expect(cue.lastIndex).toBe(0);
        }),
        { numRuns: 2000 },
      );
    });
  }

  it("finds cues by hand", () => {
    const en = ENGLISH_INTENT_WORDS.summaryCues;
    expect([...cueWordsIn("give me the main points in two lines", en)].sort()).toEqual(
      ["in", "lines", "main", "points", "two"].sort(),
    );
    expect(cueWordsIn("what did putin say", en).size).toBe(0);
  });
});
