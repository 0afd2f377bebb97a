// Kind: Russia said to stay out of the conflict — "so russia would rather sit this one out?", "does moscow want to
// stay on the sidelines?", «значит россия предпочитает остаться в стороне?», «кремль хочет держаться в стороне?».
// The idioms sent the engine to the Quartet list ("sit this one out" → a false Yes on Russia's membership) or to
// "not sure which"; the article answers it with the Kremlin's aim to play a constructive role and its readiness to
// help reach a settlement (d96-27#3). The message is read as the plain question the Kremlin's role card answers No.
// Not as a negated question: a negated one is answered by its positive fact (loaded-negation.ts), so «Кремль не хочет
// участвовать…?» would be «Да, хочет.»; «отказывается участвовать» is the same question with no negation in it.
// A negated idiom ("doesn't want to stay out", «не хочет оставаться в стороне») is left as typed.
import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";

/** Russia by the names the article gives it (the country, Moscow, the Kremlin) or its people: the voices table's
 * party names (voices46). */
const RUSSIA_EN = new RegExp(
  `(?<!\\p{L})${namesAlternation(voiceNames(RUSSIA_AS_PARTY, "en", "people"))}(?!\\p{L})`,
  "u",
);
const RUSSIA_RU = /(?<!\p{L})(?:росси[яи]|рф|москва|кремль|русские)(?!\p{L})/u;
const KEPT_OUT_EN =
  /(?<!\p{L})(?:sit(?:s|ting)? (?:this|it|that)(?: one)? out|(?:stay|stays|staying|keep|keeps|keeping|remain|remains|remaining|stand|stands|standing|hang|hangs|hanging) (?:out of (?:it|this|that|things|the (?:conflict|war|fighting|whole thing|peace process|peace efforts))|(?:on|at) the sidelines?|aside|back|away from (?:it|this|that|the (?:conflict|war|fighting)))|sidelin(?:e|es|ing) (?:itself|themselves))(?!\p{L})/u;
const KEPT_OUT_RU =
  /(?<!\p{L})(?:(?:оста(?:ться|ваться|[её]тся|нется|нутся)|держаться|держится|стоять|стоит|отсидеться|отсиживается)(?: \p{L}+)? (?:в стороне|подальше|над схваткой|вне конфликта)|самоустраниться|самоустраняется|устраниться)(?!\p{L})/u;
const NEGATED_EN = /(?<!\p{L})(?:not|never|no)(?!\p{L})|n['’]t(?!\p{L})/u;
const NEGATED_RU = /(?<!\p{L})(?:не|ни|нет)(?!\p{L})/u;
/** Someone's words about it ("did Peskov say Russia would stay out…?"): the said-claim readers keep the voice. */
const SAID =
  /(?<!\p{L})(?:say|says|said|saying|claim\p{L}*|told|tell|true|putin|peskov|lavrov|ministry|сказал\p{L}*|говори\p{L}*|заявля\p{L}*|заявил\p{L}*|правда|путин\p{L}*|песков\p{L}*|лавров\p{L}*|мид)(?!\p{L})/u;
/** A question word asks something else ("why does russia stay out…?"): only the yes/no question is read. */
const WH = /(?<!\p{L})(?:why|how|what|when|where|who|почему|зачем|как|что|когда|где|кто)(?!\p{L})/u;

/** The message as the question the Kremlin's role answers, when it says Russia stays out of it; else null. */
export function keptOutAsked(text: string): string | null {
  const folded = text.toLowerCase().replace(/ё/g, "е").trim();
  if (folded.length > 100 || WH.test(folded) || SAID.test(folded)) return null;
  if (RUSSIA_EN.test(folded) && KEPT_OUT_EN.test(folded) && !NEGATED_EN.test(folded))
    return "does the Kremlin want to keep out of the conflict?";
  if (RUSSIA_RU.test(folded) && KEPT_OUT_RU.test(folded) && !NEGATED_RU.test(folded))
    return "Кремль отказывается участвовать в урегулировании?";
  return null;
}
