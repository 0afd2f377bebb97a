// "wasn't it Lavrov who said the constructive role thing?", "was it the defense ministry that said that?",
// «а разве это не Захарова сказала?»: the last answer's words put in the mouth of a voice the article never names.
// The article gives those words as its own voice's (Peskov's, the Foreign Ministry's), so the reader's guess is a
// grounded No with the evidence naming the real voice — the same verdict a named voice of the article gets
// ("was that Putin?" after Peskov's words: follow-up.ts's said-by). Only a name the article never uses, or a
// ministry of another kind than the story's (defence, interior…); the article itself ("it was the article that
// said it?") is left to the readers it always had. Text in, the voice as typed out; null when the message is no
// such question (dialog43).
import type { Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { roleCountry } from "./countries.js";
import { articleMentions } from "./mentions.js";

const LEAD_EN = "(?:(?:so|and|but|wait|hold on|hm+|oh|ok|okay|actually)[, ]+)*";
/** Each English form: group 1 is the voice. */
const SAID_BY_EN = [
  new RegExp(
    `^${LEAD_EN}(?:was ?n'?t|was|is ?n'?t|is) (?:it|that|this) (?:really |actually |not )?(.+?) (?:who|that) (?:said|says|made|came up with|talked about|was talking about|mentioned|stressed|brought up|promised|put out|put (?:that|this|it) out)(?: (?:that|this|it|so|the .+|those words))?$`,
  ),
  new RegExp(
    `^${LEAD_EN}(?:did ?n'?t|did|does ?n'?t|does) (.+?) (?:say|said|make|claim) (?:that|this|it|so|those words|the .+)$`,
  ),
  new RegExp(`^${LEAD_EN}(?:was|is) (?:that|this|it) (?:said by|from|a quote from|the words of) (.+?)$`),
  // "who exactly said it, lavrov?", "which official said that, zakharova?": the asker's guess after the question.
  new RegExp(
    `^${LEAD_EN}(?:who|which (?:official|person|minister|diplomat|spokes(?:man|woman|person)|one))(?: exactly| specifically| precisely)? (?:said|says|made|gave|issued) (?:that|this|it|the statement|that statement)(?: exactly| specifically)?,? (?:was it |is it |maybe |probably )?(\\p{L}+(?: \\p{L}+)?)$`,
    "u",
  ),
  // "was that lavrov?", "was it medvedev then?": bare, so only a surname-shaped word (SURNAME below).
  new RegExp(
    `^${LEAD_EN}(?:was|is) (?:that|this|it) (?:really |actually )?(\\p{L}+)(?: (?:then|again|instead|maybe|perhaps))?$`,
    "u",
  ),
];
const LEAD_RU = "(?:(?:а|и|но|так|погоди|подожди|стоп)[, ]+)*";
const SAID_RU =
  "(?:сказал|сказала|сказало|сказали|говорил|говорила|говорило|говорили|заявил|заявила|заявило|заявили|заявлял|заявляла|заявляло)";
const SAID_BY_RU = [
  new RegExp(
    `^${LEAD_RU}(?:разве |неужели |точно )?(?:это )?(?:же |ведь )?(?:не )?(.+?) (?:же |ведь )?(?:это |так |такое )?${SAID_RU}(?: (?:это|так|такое))?$`,
    "u",
  ),
  new RegExp(`^${LEAD_RU}(?:это )?(?:слова|цитата) (?:не )?(.+?)$`, "u"),
  // «а кто конкретно это сказал, лавров?», «кто именно из мида, захарова?»: the asker's guess after the question.
  new RegExp(
    `^${LEAD_RU}кто (?:конкретно |именно |же |тогда )?(?:(?:это |так )?${SAID_RU}|из (?:мида|кремля|министерства|правительства|руководства))(?: конкретно| именно)?,? (?:может |наверное |небось )?(\\p{L}+(?: \\p{L}+)?)$`,
    "u",
  ),
  // «это был лавров?», «это лавров был?»: bare, so only a surname-shaped word (SURNAME below).
  new RegExp(
    `^${LEAD_RU}(?:разве |неужели )?это (?:был[аи]? )?(\\p{L}+)(?: был[аи]?)?(?: (?:что ли|да|же))?$`,
    "u",
  ),
];
/** The bare forms ("was that X?") name a voice only when X is shaped as a Russian surname (Lavrov, Zakharova). */
const BARE_FORM = { en: SAID_BY_EN.length - 1, ru: SAID_BY_RU.length - 1 } as const;
const SURNAME =
  /^\p{L}{2,}(?:ov|ova|ev|eva|yov|in|ina|sky|skiy|ski|enko|ов|ова|ев|ева|ёв|ин|ина|ский|ская|енко)$/u;

/** A voice the article may well have: itself, its author, a pronoun, or a word of a question. */
const NOT_A_VOICE =
  /(?<!\p{L})(?:it|he|she|they|him|her|them|you|i|we|who|whom|what|where|when|why|how|about|to|with|article|story|text|author|journalist|piece|report|он|она|они|оно|ты|вы|я|мы|кто|что|кем|кого|кому|чем|чего|ч[её]м|где|когда|как|зачем|почему|ли|с|со|о|об|про|по|в|на|за|к|это|так|такое|тоже|ещ[её]|об этом|статья|статье|автор|журналист|текст|заметка|тот|та|те|сам|сама|первый|второй)(?!\p{L})/u;
/** Another kind of ministry than the story's: the kind is the wrong voice. */
const OTHER_MINISTRY =
  /(?<!\p{L})(?:defen[cs]e|interior|justice|finance|health|war|минобороны|министерство обороны|минобороне|мвд|минфин|пентагон\p{L}*|pentagon)(?!\p{L})/u;

const MAX_WORDS = 4;

/**
 * "is that the israeli ministry?", "wait, the turkish foreign ministry?", «это мид израиля?», «это израильский
 * мид?»: a body of the story's kind put in a country not its own (the story's bodies are all Russia's), so the
 * voice as typed is another voice: No, with the real one named (dialog36b). Group 1 is the body as typed.
 */
const BODY_EN = "(?:foreign ministry|ministry of foreign affairs|ministry|foreign office|government|mfa)";
const COUNTRY_BODY_EN = new RegExp(
  `^(?:(?:so|wait|hold on|hm+|oh|actually)[, ]+)*(?:(?:was|is) (?:that|this|it) (?:really |actually |even )?)?((?:the )?(?:\\p{L}+(?:'s)? ){1,2}${BODY_EN}|(?:the )?${BODY_EN} of (?:the )?\\p{L}+)(?: (?:then|again|maybe|here))?$`,
  "u",
);
const BODY_RU = "(?:мид\\p{L}*|министерств\\p{L}*(?: иностранных дел)?|правительств\\p{L}*)";
const COUNTRY_BODY_RU = new RegExp(
  `^(?:(?:а|и|так|погоди|подожди|стоп)[, ]+)*(?:(?:разве |неужели )?это (?:же |ведь )?(?:был |было )?)?((?:\\p{L}+ )?${BODY_RU}(?: \\p{L}+)?)(?: (?:что ли|да|же|тогда))?$`,
  "u",
);

/** The body as typed when it is put in another country than Russia, the one of the story's bodies; else null. */
function countryBodyAsked(text: string, lang: Lang): string | null {
  const body = (lang === "ru" ? COUNTRY_BODY_RU : COUNTRY_BODY_EN).exec(text)?.[1]?.trim();
  const country = body ? roleCountry(body.replace(/'s(?!\p{L})/gu, "")) : null;
  return body && country && country !== "russia" ? body.replace(/^the /u, "") : null;
}

/** The voice a "was it X who said that?" question names, where the article never names it; else null. */
export function otherVoiceAsked(
  folded: string,
  lang: Lang,
  kb: KnowledgeBase,
  named: (text: string) => number,
): string | null {
  const text = folded.replace(/[?!.…]+$/u, "").trim();
  const body = countryBodyAsked(text, lang);
  if (body) return body;
  for (const [i, re] of (lang === "ru" ? SAID_BY_RU : SAID_BY_EN).entries()) {
    const voice = re.exec(text)?.[1]?.replace(/^the /u, "").trim();
    if (!voice || voice.split(" ").length > MAX_WORDS || NOT_A_VOICE.test(voice)) continue;
    if (i === BARE_FORM[lang === "ru" ? "ru" : "en"] && !SURNAME.test(voice)) continue;
    if (OTHER_MINISTRY.test(voice)) return voice;
    if (named(voice) > 0) continue;
    const words = voice.split(" ").filter((w) => w.length >= 3);
    if (words.length > 0 && words.every((w) => !articleMentions(w, lang, kb))) return voice;
  }
  return null;
}
