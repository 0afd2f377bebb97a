// Kind: what the article or the call was about, asked bare with a chat particle: "so whats it about then" after
// "is the article about ukraine? — No", «а о чём тогда?», «о чём статья тогда?», «о чём говорили то». The
// engine reads "what is it about?" as the summary, but "then", «тогда», «то» left it unsure or refused ("The
// article doesn't cover that"), and «о чём говорили» named no one it could place (wave AE, d48-11, d48-38).
// Put plainly: the article's topic asks "what is the article about?"; talk with no one named asks what Putin and
// Erdogan talked about — the one conversation the article reports. A bare «а о чём тогда?» is the article's topic
// only where nothing else was asked (no context, or the last question asked the article's topic); else null.
import { asksArticleTopic } from "./topic-denied.js";

const LEAD_EN = /^(?:(?:so|and|ok|okay|well|alright|fine|lol|hmm|right|then)[,.!]*\s+)*/u.source;
const ARTICLE_EN = new RegExp(
  `${LEAD_EN}(?:so\\s+)?what(?:'s|s| is) (?:it|this|the (?:article|story|text|piece|report|news)|this (?:article|story|text|piece)) (?:all |really |actually |even )?about(?:\\s+(?:then|instead|really|actually|at all|exactly))?\\s*[?!.]*$`,
  "u",
);
const TALK_EN = new RegExp(
  `${LEAD_EN}(?:so\\s+)?what did they (?:talk about|discuss|speak about)(?:\\s+(?:then|exactly|actually|at all))?\\s*[?!.]*$`,
  "u",
);

const LEAD_RU = /^(?:(?:а|и|ну|так|ладно|ок)[,.!]*\s+)*/u.source;
const PARTICLE_RU = /(?:\s+(?:тогда|то|же|вообще|всё-таки|все-таки))*/u.source;
/** «о чём статья тогда?», «о чём она вообще?», «а про что тогда?»: the article's topic with a particle. */
const ARTICLE_RU = new RegExp(
  `${LEAD_RU}(?:о ч[её]м|про что)(?:\\s+(?:же|вообще|тогда))?\\s+(?:статья|она|текст|новость|материал|это)${PARTICLE_RU}\\s*[?!.]*$`,
  "u",
);
/** «а о чём тогда?»: no subject at all — the topic of whatever was asked last. */
const BARE_RU = new RegExp(`${LEAD_RU}(?:о ч[её]м|про что)(?:\\s+(?:тогда|то|же))+\\s*[?!.]*$`, "u");
/** «о чём говорили то», «о чём был разговор?», «о чём шла речь?»: talk with no one named. */
const TALK_RU = new RegExp(
  `${LEAD_RU}(?:о ч[её]м|про что)(?:\\s+(?:же|вообще|тогда))?\\s+(?:они\\s+)?(?:говорили|разговаривали|беседовали|договаривались|был разговор|шла речь|шёл разговор|шел разговор)${PARTICLE_RU}\\s*[?!.]*$`,
  "u",
);

/** The plain question for a bare "what's it about then" / «о чём говорили то», or null. */
export function aboutThenOf(text: string, lastQuestion: string | undefined): string | null {
  const t = text.trim().toLowerCase();
  if (ARTICLE_EN.test(t)) return "what is the article about?";
  if (ARTICLE_RU.test(t)) return "о чём статья?";
  if (TALK_EN.test(t) && lastQuestion === undefined) return "what did putin and erdogan talk about?";
  if (TALK_RU.test(t)) return "о чём говорили путин и эрдоган?";
  if (BARE_RU.test(t) && (lastQuestion === undefined || asksArticleTopic(lastQuestion.toLowerCase(), "ru")))
    return "о чём статья?";
  return null;
}
