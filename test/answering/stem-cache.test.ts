// The lexicon's stem cache (lexicon-tokens.ts): two bounded generations of remembered stems. Whatever it keeps or
// drops, a word's stem is the language's stem of it, asked once per word while the word stays remembered.
import { describe, expect, it } from "vitest";
import { ENGLISH, type LanguageRules } from "../../src/answering/language.js";
import { StemCache } from "../../src/answering/lexicon-tokens.js";

/** English rules that count how often each word is stemmed. */
function countingRules(): { rules: LanguageRules; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const rules: LanguageRules = {
    ...ENGLISH,
    stem: (w) => {
      calls.set(w, (calls.get(w) ?? 0) + 1);
      return ENGLISH.stem(w);
    },
  };
  return { rules, calls };
}

const words = Array.from({ length: 12_000 }, (_, i) => `running${i.toString(36)}s`);

describe("StemCache", () => {
  it("gives the language's stem for every word, however many words pass through it", () => {
    const { rules } = countingRules();
    const cache = new StemCache(rules);
    const expected = words.map((w) => ENGLISH.stem(w));
    for (let pass = 0; pass < 2; pass++) expect(words.map((w) => cache.stem(w))).toEqual(expected);
  });

  it("stems a word asked again soon only once, and keeps a word in use across generations", () => {
    const { rules, calls } = countingRules();
    const cache = new StemCache(rules);
    for (const w of words) {
      cache.stem("ceasefires");
      cache.stem(w);
      cache.stem(w);
    }
    expect(calls.get("ceasefires")).toBe(1);
    expect(Math.max(...[...calls.values()])).toBe(1);
    // 12,000 other words have passed since the first: it is gone and is stemmed again.
    cache.stem(words[0]!);
    expect(calls.get(words[0]!)).toBe(2);
  });

  it("stems a made-up spelling once per ask without keeping it, and reads a kept one from the cache", () => {
    const { rules, calls } = countingRules();
    const cache = new StemCache(rules);
    cache.stem("ceasefires");
    expect(cache.stemOnce("ceasefires")).toBe(ENGLISH.stem("ceasefires"));
    expect(calls.get("ceasefires")).toBe(1);
    for (const w of words.slice(0, 50)) expect(cache.stemOnce(w)).toBe(ENGLISH.stem(w));
    for (const w of words.slice(0, 50)) cache.stemOnce(w);
    expect(calls.get(words[0]!)).toBe(2);
    // Not kept: a later stem() makes it again.
    cache.stem(words[0]!);
    expect(calls.get(words[0]!)).toBe(3);
  });
});
