// A yes/no question about the article itself, not about the world ("does the article give casualty figures?",
// "does it say how many died?", «в статье есть…?»): of a gap the article leaves open, the answer is plainly No.
// Moved from verdict-read.ts (tidy39).

import { lean } from "../lib/lean-regexp.js";

/** "does the article give / mention / say…": a question about the article itself, not about the world. */
const ASKS_ABOUT_ARTICLE = lean(
  /^(?:(?:and|so|but)\s+)?(?:does|did|is|do) (?:the )?(?:article|story|piece|report|text|author) (?:give|gives|mention|mentions|say|says|name|names|list|lists|include|includes|report|reports|provide|provides|offer|contain|contains|tell|specify|state|explain|describe|quote|cite|identify|there)/,
);

/**
 * "does it say how many died?", "does it give any numbers?": a count asked of the article ("it"), answered No where
 * the article gives none, as "does the article give casualty figures?" is. "does it say which regional players?"
 * stays "doesn't say": the sets read a name left out so (o4-en-09, o52-en-09).
 */
const IT_GIVES_COUNT = lean(
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|did) it (?:(?:actually|even|really) )?(?:give|say|mention|tell|list|report|provide|include) (?:us )?(?:how many|how much|(?:any |the )?(?:exact )?(?:casualty |death |victim )?(?:numbers|figures|count|toll|stats|statistics))(?!\p{L})/u,
);

/** "в статье есть…?", "статья называет…?": a Russian question about the article itself. */
const ASKS_ABOUT_ARTICLE_RU = lean(
  /^(?:(?:а|и|но)\s+)?(?:в )?(?:стать[яеи]|тексте?|заметк[аеи]|материале?|автор) (?:есть|приводит|приведены|указ\p{L}*|называ\p{L}*|назван\p{L}*|сообща\p{L}*|упомина\p{L}*|упомянут\p{L}*|пишет|да[её]т|содержит|говорится|сказано|написано)(?!\p{L})/u,
);

/** The question asks what the article gives, says or names. */
export const asksArticle = (folded: string) =>
  ASKS_ABOUT_ARTICLE.test(folded) || ASKS_ABOUT_ARTICLE_RU.test(folded) || IT_GIVES_COUNT.test(folded);
