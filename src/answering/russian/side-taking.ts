// Peskov or the Kremlin said to have announced a side ("Песков заявил что Россия встанет на сторону палестинцев?",
// "Песков сказал, что Кремль поддержит Израиль?", "пресс-секретарь пообещал, что Москва будет на стороне ХАМАС?"):
// read as what Peskov said of the Kremlin's role — a constructive role in settling the conflict — so the reply
// gives what he did say beside the verdict. Read as typed, the side drew whether Russia is neutral (no verdict, no
// Peskov) or a tie with the side named (blind-ru45). Putin's own side-taking stays as typed (his words are others).
import { foldedRussian } from "./plain-text.js";

const VOICE =
  "(?:песков\\p{L}*|пресс-секретар\\p{L}*|спикер\\p{L}* кремля|представител\\p{L}* кремля|кремль)";
const SAID =
  "(?:заявил\\p{L}*|сказал\\p{L}*|говорил\\p{L}*|говорит|пообещал\\p{L}*|обещал\\p{L}*|объявил\\p{L}*|сообщил\\p{L}*|подтвердил\\p{L}*|намекнул\\p{L}*|дал понять)";
const RUSSIA = "(?:россия|москва|кремль|мы|наша страна|рф)";
const SIDE =
  "(?:(?:встанет|встает|станет|будет|примет|займет|выступит|окажется)(?: (?:на|за))? (?:сторон\\p{L}*|на стороне)|поддерж\\p{L}*|будет (?:за|помогать|вооружать)|выступит за|вступится за)";
const CLAIM = new RegExp(
  `^(?:(?:а|и|ну|так|правда|правда ли|это правда|верно|неужели) )*(?:что )?${VOICE}(?: (?:прямо|официально|вчера|уже|якобы))* ${SAID}(?: что| будто)? ${RUSSIA}(?: (?:теперь|открыто|официально|явно|точно))* ${SIDE}(?= |$)`,
  "u",
);

/** The question as what Peskov said of the Kremlin's role, or as typed. */
export function asRussianSideTaking(text: string): string {
  if (text.length > 200 || !/песков|кремл|пресс-секретар|спикер|представител/iu.test(text)) return text;
  return CLAIM.test(foldedRussian(text)) ? "что заявил песков о роли кремля" : text;
}
