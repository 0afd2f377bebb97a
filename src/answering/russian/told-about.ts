// What Putin told Erdogan about a third party or topic in Russian ("что путин сказал эрдогану про сша", "что путин
// рассказал турецкому лидеру про вашингтон?"): read as what Putin said about it, so the topic's own entry answers
// (his blame of the US, his call for talks, or that the article does not say). Read as typed, the call's card won
// and the topic was lost (wave AE, blind-ru48). Without «про/о/об» the call itself is what is asked.
import { foldedRussian } from "./plain-text.js";

const TOLD_ABOUT =
  /^(?:а |и |так )?(?:что|чего|чо|че) (?:же )?путин (?:сказал|говорил|рассказал|сообщил|заявил|передал)\p{L}* (?:эрдогану|турецкому (?:лидеру|президенту)|(?:лидеру|президенту) турции) (?:про|о|об|насчет|по поводу|относительно) (.+)$/u;

/** The question as «что путин сказал про <topic>», or as it came. */
export function asRussianToldAbout(text: string): string {
  if (text.length > 140) return text;
  const m = TOLD_ABOUT.exec(foldedRussian(text));
  return m ? `что путин сказал про ${m[1]}` : text;
}
