// The reported call asked of another voice of the story ("Песков говорил по телефону с Эрдоганом?", "МИД
// созванивался с Эрдоганом?", "кремлёвский спикер беседовал с турецким президентом?", "это песков звонил эрдогану?"):
// read as whom Putin spoke to by phone, so the card is the call and says who was on it. Read as typed, Peskov's
// name with "по телефону" and Erdogan met the entry that the article gives no dates (which names all three) and the
// question was refused (blind-ru44). The dialogue's verdict is as for English "did Peskov call Erdogan?": whether
// that voice also talked to him, the article doesn't say; "это песков говорил…?" (was it him) is No (call-party.ts).

import { leanRegExp } from "../../lib/lean-regexp.js";
import { PHONE_VERBS, TALK_VERBS } from "./phone-check.js";
import { foldedRussian } from "./plain-text.js";

/** A voice the article quotes or names other than Putin: its spokesman, ministry, the Kremlin, Moscow. */
const VOICE =
  "(?:песков\\p{L}*|дмитри\\p{L}* песков\\p{L}*|пресс-секретар\\p{L}*(?: кремля| путина)?|(?:кремлевск\\p{L}* )?спикер\\p{L}*(?: кремля)?|представител\\p{L}* кремля|мид(?: россии| рф)?|министерств\\p{L}* иностранных дел(?: россии)?|кремл\\p{L}*|москв\\p{L}*)";
/** Erdogan by name or office, in any case. */
const ERDOGAN =
  "(?:(?:реджеп\\p{L}* )?(?:тайип\\p{L}* )?эрдоган\\p{L}*|турецк\\p{L}* (?:президент|лидер)\\p{L}*|(?:президент|лидер)\\p{L}* турции)";
const CONTACT = `(?:${PHONE_VERBS}|${TALK_VERBS})\\p{L}*`;
/** Words of the talk's manner around the verb: by phone, ever, really. */
const MANNER = "(?: (?:по телефону|вообще|тоже|лично|сам|сама|когда-нибудь|уже|же|ли))*";
const OTHER_CALLER = leanRegExp(
  `^(?:(?:а|и|но|так|правда|правда ли|правда ли что|это|неужели) )*${VOICE}${MANNER} ${CONTACT}${MANNER}(?: (?:с|со))? ${ERDOGAN}${MANNER}(?: (?:да|нет|или нет|верно))?$`,
  "u",
);

/** The question as whom Putin spoke to by phone when another voice is asked as on the call, or as typed. */
export function asRussianOtherCaller(text: string): string {
  if (text.length > 160) return text;
  return OTHER_CALLER.test(foldedRussian(text)) ? "с кем путин говорил по телефону" : text;
}
