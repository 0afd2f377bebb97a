// "did he say it at the un?", "did peskov say that in moscow?", «он это сказал в оон?»: where or on what
// occasion a voice spoke. The article reports what was said, never where (only Putin's words have an occasion,
// the phone call), so the place asked is "doesn't say" — not the No the claim checker reads from a place word
// it cannot find in the passage (dialog50, d44-23). The call asked as the occasion is left to the call readers.
import type { Lang } from "../answering/types.js";

/** Places and occasions of speech a reader may name; the asked object may be rewritten ("it" -> the topic). */
const VENUE_EN =
  "(?:the )?(?:un|u\\.n\\.|united nations|security council|general assembly|(?:a |the )?(?:press conference|briefing|summit|interview|speech|meeting|rally)|tv|television|parliament|duma|moscow|the kremlin|kremlin|ankara|istanbul|sochi)";
const SAID_AT_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay|wait)[, ]+)*(?:did|was it|has|had) (?:\\p{L}+(?: \\p{L}+)?) (?:(?:really|actually|also) )?(?:say|said|tell|told|announce|state|declare|mention|make) (?:[\\p{L}' -]{1,40}? )?(?:at|in|on|during|from|before) (?:a |an )?(${VENUE_EN})$`,
  "u",
);
const SAID_AT_RU =
  /^(?:(?:а|и|так|значит)[, ]+)*(?:\p{L}+ )?(?:это|так|об этом) (?:сказал|заявил|говорил|сообщил)\p{L}* (?:в|во|на) (оон|совбезе|совете безопасности|генассамблее|пресс-конференции|брифинге|саммите|интервью|москве|кремле|думе|телевизоре|тв)$/u;
/** The one occasion the article gives (the phone call) and the article itself are no places of speech. */
const KNOWN_OCCASION =
  /(?<!\p{L})(?:call|phone|conversation|article|text|story|report|piece|remarks|звонк\p{L}*|разговор\p{L}*|телефон\p{L}*|стать\p{L}*|текст\p{L}*)(?!\p{L})/u;

/** Whether a yes/no question asks only where or on what occasion the words were said. */
export function saidWhereAsked(folded: string, lang: Lang): boolean {
  const text = folded.replace(/[?!.\s]+$/u, "").trim();
  const place = (lang === "ru" ? SAID_AT_RU : SAID_AT_EN).exec(text)?.[1];
  return place !== undefined && !KNOWN_OCCASION.test(place);
}
