// Keywords of the call beside Erdogan's name, typed without a question ("прекращение огня erdogan", "эрдоган
// перемирие"): the article's one fact about Erdogan is Putin's call with him, so the keywords ask what was said in
// it. Read as typed, the ceasefire beside Erdogan found "what did Erdogan say" (the article doesn't say), a gap
// where the call answers (quality-ru43). Only a bare keyword query: a question word, a word of saying, thinking or
// answering, or Putin already named leaves it as typed ("что эрдоган думает о перемирии" asks Erdogan's view).
import { foldedRussian } from "./plain-text.js";

const ERDOGAN = /(?<!\p{L})эрдоган\p{L}*(?!\p{L})/u;
/** A question word, Putin, or a word of Erdogan's own words or stance: not a bare keyword query. */
const NOT_BARE =
  /(?<!\p{L})(?:кто|что|чт[оа]|чего|чем|как|каков\p{L}*|как\p{L}+|почему|зачем|когда|где|ли|путин\p{L}*|сказал\p{L}*|говор\p{L}*|заяв\p{L}*|ответ\p{L}*|отреаг\p{L}*|реакц\p{L}*|мнени\p{L}*|позици\p{L}*|дума\p{L}*|счита\p{L}*|соглас\p{L}*|поддерж\p{L}*|отказ\p{L}*|кто такой)(?!\p{L})/u;
/** A word of what the call was about or of the call itself: only these make keywords the call's. */
const CALL_TOPIC =
  /(?<!\p{L})(?:перемири\p{L}*|прекращени\p{L}*|огн\p{L}*|огонь|переговор\p{L}*|газ\p{L}*|израил\p{L}*|звон\p{L}*|звонил\p{L}*|созвон\p{L}*|разговор\p{L}*|телефон\p{L}*|насили\p{L}*|войн\p{L}*|эскалац\p{L}*|урегулир\p{L}*)(?!\p{L})/u;
const MAX_WORDS = 5;

/** The bare keywords with Putin named beside Erdogan (the call is theirs), or the question as typed. */
export function asRussianCallKeywords(text: string): string {
  const plain = foldedRussian(text);
  const words = plain.split(" ");
  if (
    words.length < 2 ||
    words.length > MAX_WORDS ||
    !ERDOGAN.test(plain) ||
    NOT_BARE.test(plain) ||
    !CALL_TOPIC.test(plain)
  )
    return text;
  return `${text} путин`;
}
