// A yes/no question typed in transliterated Russian ("kreml gotov pomoch s uregulirovaniem?", "rossiya v kvartete?"):
// the engine reads it back in Cyrillic, finds it a plain yes/no question and owns the card's verdict
// (answering/owned-verdict.ts), but the dialogue reads the Latin letters with its English words, finds no auxiliary
// and took the card's «Да.» off as said to an open question (quality40ru, blind-ru86). The engine's own verdict is
// the turn's where the dialogue, reading it as English, has none: the answer is Russian, the question was not English.
import type { Answer } from "../answering/types.js";
import type { DialogueWords } from "./language.js";
import type { Verdict } from "./verdict-read.js";

/** The engine's owned verdict on a transliterated Russian question the dialogue read as English; else null. */
export function transliteratedOwnedVerdict(words: DialogueWords, answer: Answer): Verdict | null {
  if (words.lang !== "en" || answer.lang !== "ru" || !answer.answered || answer.owned === undefined)
    return null;
  return { verdict: answer.owned, source: "engine" };
}
