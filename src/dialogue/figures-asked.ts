// "any numbers?", "any figures at all?", "did he give a death toll?", "did he give numbers?" (no determiner after a verb), "а цифры есть?", "статистика какая-нибудь приводится?" after an answer:
// whether the article gives figures on it. Its evidence settles it: no figure in the quoted words, the article
// doesn't say (a figure there leaves the question to the other readers). Asked of the article itself ("does it give
// numbers?" after a question about the story, "does the article give any figures?", «статья приводит цифры?»), the
// whole text is known: No where it holds no figure at all — the convention of "does the article mention Iran?".
import type { Answer } from "../answering/types.js";
import { lean } from "../lib/lean-regexp.js";

const FIGURES_EN = lean(
  /^(?:(?:and|so|but|ok|okay|hmm|well)[, ]+)?(?:(?:are there|is there|does it (?:give|have|cite|list|mention)|do they (?:give|have)|got|you got|did it (?:give|cite)|(?:does|did|do) (?:he|she|they|putin|peskov|the kremlin|the article|the story|the text|the ministry|the foreign ministry) (?:(?:actually|even|ever|also) )?(?:give|cite|list|mention|provide|offer|name|quote|share|include|have|put out|come up with|back (?:it|that|this) up with)) (?:(?:any|some|a|an) )?|(?:any|some|a|an) )(?:exact |hard |actual |concrete |real |specific |official )?(?:numbers|figures|stats|statistics|data|count|counts|death toll|toll|casualty (?:figures|numbers|count)|body count|death count)(?: at all)?(?: (?:on|for|about) (?:that|this|it|them|those|the (?:dead|deaths|casualties|victims)))?(?: (?:from|by) (?:him|her|them|putin|the article))?(?: given| mentioned| cited)?$/u,
);
const FIGURES_RU = lean(
  /^(?:(?:а|и|но|ну)[, ]+)?(?:(?:есть|даются|приводятся|приводится|называются|указаны|(?:он|она|они|путин|песков|кремль|статья) (?:(?:вообще|хоть|даже) )?(?:называет|приводит|да[её]т|упоминает|называл|приводил|давал|упоминал)) )?(?:(?:какие|какая)-(?:то|нибудь) )?(?:конкретные |точные )?(?:цифры|числа|статистика|статистику|данные)(?: (?:какие|какая)-(?:то|нибудь))?(?: (?:есть|даются|приводятся|приводится|называются|указаны|там есть|в статье есть|(?:он|она|они|путин|песков|кремль|статья) (?:(?:вообще|хоть|даже) )?(?:называет|приводит|да[её]т|упоминает|называл|приводил|давал|упоминал)))?$/u,
);

/** A figure in words the article could use: digits or a number word. */
const FIGURE = lean(
  /\d|(?<!\p{L})(?:hundreds?|thousands?|millions?|dozens?|сот\p{L}*|тысяч\p{L}*|миллион\p{L}*|десятк\p{L}*)(?!\p{L})/iu,
);

/** Whether the folded message asks only whether the article gives figures. */
export const figuresAsked = (folded: string): boolean => {
  const text = folded.replace(/[?!.\s]+$/u, "");
  return FIGURES_EN.test(text) || FIGURES_RU.test(text);
};

/** The article (or "it") as the one asked to give the figures. */
const OF_ARTICLE = lean(
  /(?<!\p{L})(?:(?:does|did|do) (?:it|the article|the story|the text|the piece|the report)|статья|в статье|в тексте)(?!\p{L})/u,
);

/**
 * "no" where the article is asked and its whole text holds no figure; else "not-said" where the evidence's quoted
 * words hold none (a voice is asked: the article reports what he said, not all of it).
 */
export const figuresVerdict = (
  evidence: Answer,
  folded: string,
  articleText: string,
): "no" | "not-said" | null => {
  if (OF_ARTICLE.test(folded) && !FIGURE.test(articleText)) return "no";
  return evidence.quotes.some((q) => FIGURE.test(q.text)) ? null : "not-said";
};
