// Greetings, thanks, "who are you", insults: a short kind reply with the useful buttons, never "the article
// doesn't cover that".
import { type DialogueWords, wordCount } from "./language.js";
import type { SmallTalk } from "./types.js";

/** An insult inside a longer question is about the story ("is Putin an idiot?"), not about the bot. */
const SHORT_INSULT_WORDS = 3;
const MAX_INSULT_WORDS = 12;

export function smallTalkOf(folded: string, words: DialogueWords): SmallTalk | null {
  const cleaned = folded
    .replace(/[!.,?)(:;]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (const [talk, pattern] of words.smallTalk) {
    if (talk === "insult") {
      const n = wordCount(cleaned);
      if (
        pattern.test(cleaned) &&
        n <= MAX_INSULT_WORDS &&
        (n <= SHORT_INSULT_WORDS || words.insultNeedsAddressee.test(cleaned))
      )
        return talk;
      continue;
    }
    if (pattern.test(cleaned)) return talk;
  }
  return null;
}
