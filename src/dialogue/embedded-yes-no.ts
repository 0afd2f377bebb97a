// Kind (verdict46): a yes/no question put politely inside a request — "could you tell me if putin called erdogan",
// "do you know whether russia is in the quartet?", "I wonder if putin wants a ceasefire", «не подскажете, звонил ли
// путин эрдогану?», «не знаете, входит ли россия в квартет?». The request is the asker's manners, not the claim: read
// as typed, the English frame made the checker's statement "you could tell me if putin called erdogan" ("doesn't
// say" under the call that says it), and the Russian «не» of «не подскажете» was read as a loaded negation — a false
// «Нет» on the call and on Russia's seat in the Quartet. The clause is put as the plain question: English "is it true
// that <clause>?" (the claim frame the verdict readers know), Russian the «ли»-question itself. A wh-word after the
// frame ("could you tell me who…") is a request, not this kind (yes-no-question.ts INDIRECT_REQUEST).
import { withoutEndMarks } from "../lib/fold-question.js";

/** The English polite frame, then "if" or "whether": what follows is the clause asked. */
const FRAME_EN =
  /^(?:(?:hi|hello|hey|ok|okay|so|and|well|sorry)[,.!]* )*(?:(?:(?:can|could|would|will) (?:you|u) (?:please |pls |kindly |just )?(?:tell|let) (?:me|us)(?: know)?|(?:please |pls )?(?:tell|let) (?:me|us)(?: know)?|(?:do|would) (?:you|u) (?:happen to )?know|does anyone know|any idea|i (?:wonder|was wondering|am wondering|'m wondering|m wondering|would like to know|'d like to know|want to know)|i wonder)(?: please)?,? (?:if|whether) )(.+)$/u;
/** A Russian request or wonder before a «ли»-clause: «не подскажете,», «скажите, пожалуйста,», «интересно,». */
const FRAME_RU =
  /^(?:(?:здравствуйте|привет|добрый (?:день|вечер))[,.!]* )?(?:(?:а )?(?:не )?(?:подскажете|подскажите|подскажи|скажете|скажите|скажи|знаете|знаешь|в курсе)(?:,? пожалуйста)?|не могли бы вы (?:сказать|подсказать)|можете (?:сказать|подсказать)|интересно|хотел(?:а)? бы узнать|хочу узнать)[,:]? (\p{L}+ ли .+)$/u;
/** "…, or not" closing the clause: the question asks either way. */
const OR_NOT = /,? or not$|,? или нет$/u;
/** A clause opening with a question word is a wh-question inside the request, not a yes/no. */
const WH = /^(?:who|whom|whose|what|which|why|when|where|how)(?!\p{L})/u;

/** The polite request's clause as the plain yes/no question, else null. */
export function embeddedYesNoOf(text: string): string | null {
  if (text.length > 200) return null;
  const folded = withoutEndMarks(text.toLowerCase().replace(/[’`]/gu, "'").replace(/\s+/gu, " ").trim());
  const en = FRAME_EN.exec(folded);
  if (en) {
    const clause = en[1]!.replace(OR_NOT, "").trim();
    if (clause.split(" ").length < 2 || WH.test(clause)) return null;
    return `is it true that ${clause}?`;
  }
  const ru = FRAME_RU.exec(folded.replace(/ё/gu, "е"));
  if (ru) {
    const clause = ru[1]!.replace(OR_NOT, "").trim();
    return `${clause}?`;
  }
  return null;
}
