// Who the reader wants the answer put for: "explain … like I'm 12", "as if I were a kid", "for a 10 year old",
// "объясни как ребёнку, …", "как для пятилетнего". How plainly to say it is no part of the question: the engine
// read "12", "kid" or "year old" as topic words and refused ("pls explain putins criticism of washington like im
// 12" — "The article doesn't cover that"). Read as the engine's own glue ("like i am a kid", "простыми словами"),
// beside a topic no topic word, alone ("can u explain that like i'm a kid") a plainer retelling.
import { lean, leanRegExp } from "../lib/lean-regexp.js";

const AGE_EN =
  "(?:\\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|a (?:kid|child|baby|toddler|kindergartner|grandma|grandpa|beginner|newbie))";
const AUDIENCE_EN = leanRegExp(
  `\\s*,?\\s*(?:(?:like|as if|as though) (?:i'?m|im|i am|i was|i were|you'?re talking to|you were talking to|to) ${AGE_EN}(?:[- ]years?[- ]old)?|for (?:a |an )?(?:\\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve)[- ]years?[- ]old|for (?:a |an )?(?:kid|child|five year old|beginner|newbie|dummies|kids|children))(?=\\s*(?:[,.!?:;]|$|\\s(?:pls|please|plz|thx|thanks)))`,
  "iu",
);
const AUDIENCE_RU = lean(
  /\s*,?\s*(?:как (?:для )?(?:реб[её]нк[ау]|дет(?:ям|ей)|пятилетн\p{L}*|школьник[ау]|первоклашк\p{L}*|чайник[ау]|младенц[ау]|бабушк[еи]|новичк[ау])|как будто мне \d{1,2}(?: (?:лет|год\p{L}*))?|для (?:реб[её]нка|детей|школьника|чайников|новичка))(?=\s*(?:[,.!?:;]|$))/iu,
);

/** The message with the audience put as the plain words it asks for ("like i am a kid": glue to the engine). */
export function withoutAudience(text: string): string {
  if (text.length > 400) return text;
  const plain = text
    .replace(AUDIENCE_EN, " like i am a kid")
    .replace(AUDIENCE_RU, " простыми словами")
    .replace(/^\s*[,:;—–-]\s*/u, "");
  return /[\p{L}\p{N}]/u.test(plain) ? plain : text;
}
