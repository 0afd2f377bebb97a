// Chat around a request for the story in brief: how short it should be ("no fluff", "no waffle", "real quick")
// and the article named by its topic ("this putin gaza article", "the whole article about russia and the middle
// east"). Neither asks about one thing: taken off, what is left decides whether the message asks for a summary.

import { lean } from "../lib/lean-regexp.js";
import type { Analysis } from "./lexicon.js";
import { withoutSummaryStyle } from "./summary-style.js";

/** Brevity asked for in chat: how to answer, not what. */
const BREVITY = lean(
  /\b(?:no|without(?: the| any)?|minus(?: the)?|skip(?: the)?|cut(?: the)?) (?:fluff|waffle|waffling|filler|padding|bs|bullshit|nonsense|frills|extras|jargon|rambling|blah|spin|commentary)\b|\b(?:real |super |very )?quick(?:ly)?\b|\bkeep it (?:short|brief|simple|tight)\b|\bas (?:short|brief) as (?:possible|you can)\b/g,
);

/** A noun naming the text itself. */
const ARTICLE_NOUN = lean(/\b(?:article|story|piece|text|news|report|thing|item|writeup)\b/);

/** The words of a question's known names and concepts ("putin", "gaza", "middle", "east"): the story's topics. */
export function topicWordsOf(a: Analysis): Set<string> {
  const topics = new Set<string>();
  for (const t of a.tokens)
    if (t.role === "content" && t.known && /^[@=]/.test(t.term))
      for (const w of t.surface.split(" ")) topics.add(w);
  return topics;
}

/** The words without brevity chatter ("give me the gist no waffle" -> "give me the gist"). */
export function withoutBrevityChatter(words: string): string {
  // …and the style it is asked in ("like a tweet", "in telegram style"; summary-style.ts).
  return withoutSummaryStyle(words.replace(BREVITY, " "));
}

/**
 * What is left of a summary request without the story's topics and the "and" between them, where the message names
 * the text itself ("article", "story"): "of this putin gaza article pls" -> "of this article pls".
 */
export function withoutArticleTopics(rest: string, words: string, topics: ReadonlySet<string>): string {
  if (!ARTICLE_NOUN.test(words)) return rest;
  return rest
    .split(" ")
    .filter((w) => !topics.has(w) && w !== "and")
    .join(" ");
}
