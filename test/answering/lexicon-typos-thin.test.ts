// fix() must leave a one-byte word one-byte. A property look-up (`table[word]`) internalises the word: when the
// string table already holds a two-byte copy of it (cut from text with a wide character, as "…Israel–Hamas…"), the
// word becomes a thin string to that copy and `join` over it gives two-byte text, on which every English pattern
// compiles a second, two-byte copy of its code (docs/measurements.md, Session 30). v8.serialize writes a one-byte
// string with the tag '"' and a two-byte one with 'c'.
import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { ENGLISH } from "../../src/answering/language.js";
import { TypoTargets } from "../../src/answering/lexicon-typos.js";

const isTwoByte = (s: string) => v8.serialize(s)[2] === 0x63;

describe("TypoTargets.fix and the string table", () => {
  it("keeps an unfamiliar one-byte word one-byte when a two-byte copy of it is internalised", () => {
    // No literal of the word itself: the source's literals are internalised one-byte before the test runs.
    const wide = ["qzvr", "elkt\u2013"].join("").slice(0, 8);
    expect(isTwoByte(wide)).toBe(true);
    // Internalised as a property name, two-byte.
    const table: Record<string, number> = {};
    table[wide] = 1;
    const word = ["qzv", "relkt"].join("");
    expect(isTwoByte(word)).toBe(false);
    const t = new TypoTargets({
      rules: ENGLISH,
      stem: (w) => ENGLISH.stem(w),
      isFamiliar: () => false,
      isName: () => false,
    });
    expect(t.fix(word)).toEqual({ word });
    expect(isTwoByte(["what", word, "said"].join(" "))).toBe(false);
    expect(table[wide]).toBe(1);
  });
});
