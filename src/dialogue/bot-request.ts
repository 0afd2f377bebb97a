// "can you recommend a good pizza place", "could you suggest a film?", «можешь посоветовать книгу?»: a request
// put to the bot for something it would find or choose — no yes/no question about the article, however it opens
// ("can you…?" is "please…"). Read as a yes/no, such a request went to the claim checker, which read "you
// recommend a place" against the nearest entry and answered "No. According to the article, Putin wants…"
// (wave AE, d48-20). "can you tell me if…", "can you confirm…", "можешь сказать, …?" still ask yes or no.

const LEAD_EN = /^(?:(?:and|so|but|ok|okay|well|then|hey|hi|fine|alright|lol)[,.!]*\s+){0,2}/u.source;
const REQUEST_EN = new RegExp(
  `${LEAD_EN}(?:can|could|would|will|cant|can't|couldn't) (?:you|u|ya)(?: (?:please|pls|plz|maybe|possibly|just))? (?:recommend|suggest|advise|propose|pick|choose|find|book|order|get|buy|bring|send|write|play|sing|draw|cook|make|plan|fix|help me (?:find|pick|choose|get|with)|point me (?:to|towards?))(?!\\p{L})`,
  "u",
);
const REQUEST_RU =
  /^(?:(?:а|и|ну|слушай|слушайте|ладно)[,.!]*\s+){0,2}(?:ты |вы )?(?:не )?(?:можешь|можете|сможешь|сможете|мог бы|могла бы|могли бы|порекомендуешь|посоветуешь|подберёшь|подберешь|найдёшь|найдешь)(?: ли)?(?: (?:мне|нам|пожалуйста))*(?: (?:посоветовать|порекомендовать|подобрать|предложить|найти|заказать|купить|написать|приготовить))?(?!\p{L})/u;
const RUSSIAN_OFFER_VERB =
  /(?<!\p{L})(?:посоветовать|порекомендовать|подобрать|предложить|найти|заказать|купить|написать|приготовить|порекомендуешь|посоветуешь|подберёшь|подберешь|найдёшь|найдешь)(?!\p{L})/u;

/** Whether the (lower-case) message is a request to the bot to find, choose or make something. */
export function asksBotForSomething(folded: string, lang: "en" | "ru"): boolean {
  const text = folded.trim();
  if (lang === "en") return REQUEST_EN.test(text);
  const m = REQUEST_RU.exec(text);
  return m !== null && RUSSIAN_OFFER_VERB.test(m[0]);
}
