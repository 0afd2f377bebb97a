// How something was done, added: "МИД подчёркивает … через посредников" ("via mediators"), "Кремль тайно …"
// ("secretly"). The rest of the claim lines up with the passage and the added word is one unbacked word among
// many, so the claim read as a paraphrase; a means or manner the passage does not give changes what it reports.
// Read on the claim as typed against the passage's sentence (English, or the Russian translation).
import type { ClaimChange } from "./types.js";

/** A preposition of means, the word after it naming the means: "через посредников", "via mediators". */
const MEANS =
  /(?:^|[^\p{L}])(через|посредством|путём|путем|с помощью|при помощи|при посредничестве|via|by means of|with the help of)\s+(\p{L}+)/giu;
/** Adverbs of manner a report either gives or does not: "тайно", "публично", "secretly". */
const MANNER = new Set([
  "тайно",
  "втайне",
  "секретно",
  "негласно",
  "публично",
  "неофициально",
  "официально",
  "конфиденциально",
  "анонимно",
  "secretly",
  "covertly",
  "privately",
  "publicly",
  "unofficially",
  "officially",
  "confidentially",
  "anonymously",
]);

/** The first letters a word's forms share (Russian endings vary: "посредники", "посредников"). */
const stemOf = (word: string) =>
  word
    .toLowerCase()
    .replace(/ё/g, "е")
    .slice(0, Math.max(4, word.length - 3));

/** The sentence has a word beginning with the stem. */
function backs(sentence: string, word: string): boolean {
  const stem = stemOf(word);
  return (
    sentence
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/\p{L}+/gu) ?? []
  ).some((w) => w.startsWith(stem));
}

/** A means or manner the claim adds and the passage's sentence does not back: "added". */
export function addedManner(text: string, sentence: string): ClaimChange | null {
  for (const m of text.matchAll(MEANS)) {
    const [, preposition, word] = m;
    if (!backs(sentence, preposition!.split(" ").at(-1)!) && !backs(sentence, word!))
      return { kind: "added", claimed: `${preposition} ${word}`, article: "" };
  }
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? [])
    if (MANNER.has(word) && !backs(sentence, word)) return { kind: "added", claimed: word, article: "" };
  return null;
}
