// The details the article never gives, asked yes/no: where or when words were said, a figure or a date, how exactly
// something would be done, how events will turn out, the moment of a wish, a judgement of who is right. Each is "the
// article doesn't say" whatever the engine's card holds (yes-no.ts asks these before the readers of a card's point).

import type { Answer, Lang } from "../answering/types.js";
import { unbackedMoment } from "./asked-moment.js";
import { asksEventForecast } from "./event-forecast.js";
import { exactDetailAsked } from "./exact-detail.js";
import { asksJudgementEn, asksJudgementRu } from "./judgement-asked.js";
import { makerAsked } from "./maker-asked.js";
import { asksProspect } from "./prospect-asked.js";
import { timeAskedOf } from "./said-when.js";
import { saidWhereAsked } from "./said-where.js";
import { unstatedFigureAsked } from "./unstated-figure.js";
import type { Verdict } from "./verdict-read.js";

/** "The article doesn't say" for a detail it never gives, asked of `plain` (the question as yes-no.ts reads it). */
export function unsaidDetailVerdict(plain: string, answer: Answer, lang: Lang): Verdict | null {
  // "did he say it at the un?": where the words were said, which the article never gives (said-where.ts).
  if (saidWhereAsked(plain.toLowerCase(), lang)) return { verdict: "not-said", source: "not-in-article" };
  // "more than a thousand dead?", "was the call yesterday?": a figure or a date the evidence never gives (unstated-figure.ts).
  if (unstatedFigureAsked(plain.toLowerCase(), lang, answer))
    return { verdict: "not-said", source: "not-in-article" };
  // "did he say how exactly russia would help?": a detail the article never gives (exact-detail.ts).
  if (exactDetailAsked(plain.toLowerCase(), lang)) return { verdict: "not-said", source: "not-in-article" };
  // "was the quartet set up by the un?": the maker of a thing the article names without one (maker-asked.ts).
  if (makerAsked(plain.toLowerCase(), lang)) return { verdict: "not-said", source: "not-in-article" };
  // "does he say when they should get it": the article gives no time for anything (said-when.ts; d97-22#3).
  if (timeAskedOf(plain.toLowerCase(), lang)) return { verdict: "not-said", source: "not-in-article" };
  // "переговоры возобновят?": how events will turn out, which the article never says (event-forecast.ts).
  if (asksEventForecast(plain.toLowerCase(), lang)) return { verdict: "not-said", source: "not-in-article" };
  // "lasting peace possible soon?", «мир скоро наступит?»: a prospect, never given (prospect-asked.ts).
  if (asksProspect(plain.toLowerCase(), lang === "ru"))
    return { verdict: "not-said", source: "not-in-article" };
  // "он призывает признать палестину прямо сейчас?": a moment of a wish the evidence never gives (asked-moment.ts).
  if (unbackedMoment(plain, answer, lang)) return { verdict: "not-said", source: "article-text" };
  // "путин прав?", "он молодец?": a judgement of someone, which the article never gives (judgement-asked.ts).
  if (lang === "ru" && asksJudgementRu(plain)) return { verdict: "not-said", source: "article-text" };
  // "does it say who's right in the war?": which side is right, never judged by the article (judgement-asked.ts).
  if (lang === "en" && asksJudgementEn(plain)) return { verdict: "not-said", source: "article-text" };
  return null;
}
