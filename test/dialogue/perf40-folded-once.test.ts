// perf40: what a turn read again and again is read once — foldQuestion and scriptLanguage remember their last 4
// texts (lib/last-results.ts), the mention readers fold the article's sentences and the knowledge base's texts once
// (folded-kb.ts) and each phrase once for all of them (mentions.ts). Every result must be the one a fresh reading
// gives, in any order of repeats; the mention readers are compared with their reading before perf40.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  foldedArticleSentences,
  spacedKbText,
  synonymGroupOf,
  wordsOf,
} from "../../src/dialogue/folded-kb.js";
import { fold } from "../../src/dialogue/language.js";
import { articleMentions, entriesMentioning, PREPOSITIONS } from "../../src/dialogue/mentions.js";
import { foldQuestion } from "../../src/lib/fold-question.js";
import { countLetters, scriptLanguage } from "../../src/lib/script-language.js";
import { realKb } from "../helpers/engine.js";

/** foldQuestion as it was written before it remembered (perf40). */
const freshFold = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/** The texts drawn from: twins that differ by case, space, apostrophe, one letter or script. */
const POOL = [
  "Did Putin call Erdogan?",
  "did putin call erdogan?",
  "did putin  call erdogan?",
  "Did Putin call Erdogan ?",
  "didn\u2019t Peskov say that?",
  "didn't Peskov say that?",
  "Путин звонил Эрдогану?",
  "путин звонил эрдогану?",
  "Ёлки, а Песков?",
  "what did Песков say",
  "peskov что сказал",
  "/quotes песков",
  "42",
  "",
];

describe("perf40: texts read once per turn give what a fresh reading gives", () => {
  it("foldQuestion and scriptLanguage, over any order of repeats and twins", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...POOL), { maxLength: 40 }), (texts) => {
        for (const text of texts) {
          expect(foldQuestion(text)).toBe(freshFold(text));
          const { cyrillic, latin } = countLetters(text);
          // The rule's two plain cases: letters of one script only.
          if (cyrillic > 0 && latin === 0) expect(scriptLanguage(text)).toBe("ru");
          if (latin > 0 && cyrillic === 0) expect(scriptLanguage(text)).toBe("en");
          if (latin === 0 && cyrillic === 0) expect(scriptLanguage(text)).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a copy of a text (another string of the same characters) reads as the text", () => {
    const text = "Did Putin call Erdogan?";
    const copy = [...text].join("");
    expect(foldQuestion(text)).toBe(foldQuestion(copy));
    expect(scriptLanguage(`${copy} по-русски`)).toBe(scriptLanguage(`${text} по-русски`));
  });
});

/** mentions.ts's phrase look-up before perf40: the phrase folded again for each sentence or quote. */
function namesPhraseBefore(spaced: string, phrase: string, prepositions: ReadonlySet<string>): boolean {
  const words = wordsOf(fold(phrase));
  if (spaced.includes(` ${words} `)) return true;
  const parts = words.split(" ").filter((w) => !prepositions.has(w));
  if (parts.length < 2) return false;
  const loose = parts.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(" (?:\\S+ ){0,4}");
  return new RegExp(` ${loose} `, "u").test(spaced);
}

const THINGS = [
  "the un",
  "the united nations",
  "direct dialogue",
  "casualties in gaza",
  "civilian casualties",
  "nato",
  "iran",
  "peace talks",
  "the united states",
  "erdogan",
  "the quartet",
  "hamas",
  "a palestinian state",
  "negotiations",
  "the european union",
  "weapons",
];

describe("perf40: the mention readers with the article and the knowledge base folded once", () => {
  it("the article's sentences are folded once, as the reader folded them at every call", () => {
    const sentences = foldedArticleSentences(realKb);
    expect(foldedArticleSentences(realKb)).toBe(sentences);
    expect(sentences).toEqual(realKb.article.text.split(/(?<=[.!?])\s+/).map((t) => ` ${wordsOf(fold(t))} `));
  });

  it("a knowledge-base text is spaced as before, and once", () => {
    for (const e of realKb.entries.slice(0, 20))
      for (const text of [e.question, ...e.phrasings, ...e.quotes.map((q) => q.text)])
        expect(spacedKbText(realKb, text)).toBe(` ${wordsOf(fold(text))} `);
  });

  it.each(THINGS)(
    "%s: entriesMentioning finds what the reading before perf40 found, in its order",
    (thing) => {
      const group = synonymGroupOf(realKb.synonyms, thing) ?? [thing];
      const names = (text: string) =>
        group.some((s) => namesPhraseBefore(` ${wordsOf(fold(text))} `, s, PREPOSITIONS));
      const aboutIt = (e: (typeof realKb.entries)[number]) =>
        [e.question, ...e.phrasings, ...e.keywords].filter(names).length;
      const before = realKb.entries
        .filter((e) => e.kind === "answer")
        .filter((e) => e.quotes.some((q) => names(q.text)))
        .sort((a, b) => aboutIt(b) - aboutIt(a) || a.quotes.length - b.quotes.length)
        .map((e) => e.id);
      expect(entriesMentioning(thing, "en", realKb)).toEqual(before);
      expect(entriesMentioning(thing, "en", realKb)).toEqual(before);
    },
  );

  it.each(THINGS)("%s: articleMentions answers as the reading before perf40 did", (thing) => {
    const group = synonymGroupOf(realKb.synonyms, thing) ?? [thing];
    const words = ` ${wordsOf(fold(realKb.article.text))} `;
    const sentences = realKb.article.text.split(/(?<=[.!?])\s+/).map((t) => ` ${wordsOf(fold(t))} `);
    const before = group.some(
      (s) =>
        words.includes(` ${wordsOf(fold(s))} `) ||
        sentences.some((t) => namesPhraseBefore(t, s, PREPOSITIONS)),
    );
    expect(articleMentions(thing, "en", realKb)).toBe(before);
    expect(articleMentions(thing, "en", realKb)).toBe(before);
  });
});
