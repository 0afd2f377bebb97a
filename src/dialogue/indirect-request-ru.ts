// «Можешь сказать, что он конкретно про США говорил?», «можете объяснить, почему Путин винит США?»: a request for an
// answer with the question inside it, as "can you tell me what…" in English (yes-no-question.ts INDIRECT_REQUEST).
// Read as a yes/no question by its mark, it got a verdict line over what he said — «В статье об этом не сказано.»
// beside the answer that says it (blind-ru84's long ramble; quality39). A «что» is the question's own only where
// the clause ends on a verb that wants it («что он говорил», «что Кремль предлагает»); «можешь сказать, звонил ли
// Путин Эрдогану?» and «можешь сказать, что Путин звонил Эрдогану?» still ask yes or no.

const CAN_YOU = String.raw`(?:(?:а|и|ну|так|слушай)[, ]+)?(?:ты |вы )?(?:можешь|можете|сможешь|сможете|мог бы|могла бы|могли бы)(?: ли)?(?: (?:мне|нам|пожалуйста|плиз))*`;
const TELL = String.raw`(?:сказать|рассказать|объяснить|пояснить|подсказать|уточнить|напомнить|описать)(?: (?:мне|нам|пожалуйста|плиз))*,?`;
/** A question word that is never "that": who, why, how, which, where, when. */
const OPEN_WORD = String.raw`(?:кто|кого|кому|кем|почему|зачем|отчего|как|какой|какая|какое|какие|каких|каков\p{L}*|где|когда|о ч[её]м|про что|чего|чем)`;
/** «что …» ending on a verb that wants its object: what was said, thought, wanted, offered. */
const WHAT_OBJECT = String.raw`что(?: [\p{L}-]+){0,6}? (?:говорил\p{L}*|говорит|сказал\p{L}*|заявил\p{L}*|заявлял\p{L}*|думает|думал\p{L}*|считает|считал\p{L}*|хочет|хотел\p{L}*|предлагает|предлагал\p{L}*|имел\p{L}* в виду|имеет в виду|написано|пишут|сказано)`;
const INDIRECT_REQUEST_RU = new RegExp(
  String.raw`(?:^|[.!?;] )${CAN_YOU} ${TELL} (?:${OPEN_WORD}(?!\p{L})|${WHAT_OBJECT}[?!. ]*$)`,
  "u",
);

/** Whether a Russian message asks, by a request, a wh-question rather than a yes/no one. */
export function indirectRequestRu(folded: string): boolean {
  return INDIRECT_REQUEST_RU.test(folded);
}
