// Which violence Putin means ("what violence is putin even talking about", "what bloodshed is putin referring to",
// «о каком насилии вообще говорит путин», «какое кровопролитие имеет в виду путин"): the violence itself is asked —
// the escalation between Hamas and the Israeli military, civilian casualties rising — read as "how bad is the
// violence" (its card). Read as typed, "violence" beside Putin drew his reading of the surge (US policy failed), or a
// refusal in Russian (quality-r2-35, blind77). And why all this happened by Putin's word ("so why did all this happen
// according to putin", «ну и почему всё это случилось, если верить путину») is his reading of the surge: read as what
// he thinks is behind it (was what he wants, or a refusal). Only a short question with Putin named.

const MAX_LENGTH = 120;

const NOUN_EN = String.raw`(?:violence|bloodshed|fighting|escalation|surge(?:\s+in\s+violence)?|flare-?up|killing|killings|clashes|war|conflict)`;
const MEANT_EN = new RegExp(
  String.raw`^\s*(?:so\s+|and\s+|ok\s+|wait\s+)?(?:what|which)\s+(?:kind\s+of\s+)?${NOUN_EN}\s+(?:is|was|does|did|has)\s+(?:vladimir\s+)?putin\s+(?:even\s+|actually\s+|exactly\s+|really\s+|even\s+)?(?:talking|talk|speaking|speak|referring|refer|mean|meaning|on|going\s+on)\b`,
  "i",
);
const WHY_EN =
  /^\s*(?:so\s+|and\s+|ok\s+)?why\s+did\s+(?:(?:all\s+)?(?:this|that|it)(?:\s+all)?)\s+(?:happen|start|begin|kick\s+off|blow\s+up|break\s+out)\b.{0,20}?\b(?:according\s+to|in)\s+(?:vladimir\s+)?putin(?:'s|’s)?(?:\s+(?:view|opinion|eyes|words|account))?\s*[?.!]*\s*$/i;

const NOUN_RU = String.raw`(?:насили|кровопролити|эскалаци|бо[ея]|войн|конфликт|столкновени|обострени)\p{L}*`;
const MEANT_RU = new RegExp(
  String.raw`^(?:а |и |так |ну )?(?:о как(?:ом|ой|их) |про как(?:ое|ую|ие|ой) |как(?:ое|ую|ие|ой|ого) )${NOUN_RU}(?: (?:вообще|вообще-то|же|именно|конкретно|тут))? (?:говорит|говорил|толкует|имеет в виду|подразумевает|упоминает|речь у) путин\p{L}*`,
  "u",
);
const WHY_RU =
  /^(?:а |и |так |ну )*(?:и )?(?:почему|из-за чего|отчего|с чего) (?:(?:же|вообще|тогда) )?(?:вс[её] )?(?:это )?(?:вс[её] )?(?:случилось|произошло|началось|стряслось|происходит)[,]?(?: (?:если верить путину|по (?:мнению|словам|версии) путина|по путину|как считает путин|как говорит путин))\s*[?.!]*\s*$/u;

/** The English question as the violence itself, or Putin's reading of the surge, or as typed. */
export function asViolenceMeant(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  if (MEANT_EN.test(text)) return "how bad is the violence";
  return WHY_EN.test(text) ? "what does putin think is behind the surge in violence" : text;
}

/** The Russian twin: «о каком насилии говорит путин» as «насколько серьезно насилие». */
export function asRussianViolenceMeant(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const folded = text.toLowerCase().replace(/ё/g, "е").trim();
  if (MEANT_RU.test(folded)) return "насколько серьезно насилие";
  return WHY_RU.test(folded) ? "почему, по словам путина, произошла эскалация" : text;
}
