// Contact withdrawn from the sides, asked in Russian («Кремль отказывается разговаривать с одной из сторон?», «Москва
// прекратила общение с ХАМАС?», «Россия не разговаривает с Израилем?»; wave CB, quality51ru): the Russian side of
// contact-withdrawal.ts. As typed, «отказывается разговаривать» was no word of the cards and the question was
// refused as off the story, though the article settles it: the Kremlin maintains open communication with both warring
// sides. Read as the article's «поддерживает связь с …»; the card's «Да.» answers the opposite question, so
// entry-reply.ts drops it (the yes/no layer says «Нет»).

/** A withdrawal of contact: refusing to talk or deal, stopping, avoiding, cutting off contact. */
const WITHDRAWAL =
  /(?<!\p{L})(?:(?:отказыва\p{L}*|отказал\p{L}*|не\s+жела\p{L}*|не\s+хоч\p{L}*|не\s+хотят|перестал\p{L}*|прекратил\p{L}*|избега\p{L}*)\s+(?:от\s+)?(?:разговаривать|говорить|общаться|общения|общение|контакт\p{L}*|переговоров|иметь\s+дело|связ\p{L}*|разговор\p{L}*)|(?:не|перестал\p{L}*)\s+(?:разговарива\p{L}*|общает\p{L}*|общают\p{L}*|контактирует|контактируют)|разорвал\p{L}*\s+(?:связи|контакты|отношения))(?:\s+(?:с|со))?(?=\s+(?:\p{L}+\s+){0,3}?(?:сторон\p{L}*|израил\p{L}*|хамас\p{L}*|палестин\p{L}*))/iu;
/** The Russian side named; another actor named («США отказываются говорить с ХАМАС») is not it. */
const RUSSIAN_SIDE = /(?<!\p{L})(?:кремл\p{L}*|москв\p{L}*|росси\p{L}*|песков\p{L}*|путин\p{L}*)/iu;
const OTHER_ACTOR =
  /(?<!\p{L})(?:сша|америк\p{L}*|вашингтон\p{L}*|эрдоган\p{L}*|турци\p{L}*|оон|ес|евросоюз\p{L}*|запад\p{L}*)(?!\p{L})/iu;

/** The question asks whether the Russian side has withdrawn contact with the sides. */
export function asksContactWithdrawnRu(text: string): boolean {
  return text.length <= 200 && RUSSIAN_SIDE.test(text) && !OTHER_ACTOR.test(text) && WITHDRAWAL.test(text);
}

/** The withdrawal read as «поддерживает связь с»; other text as typed. */
export function asRussianContactWithdrawal(text: string): string {
  return asksContactWithdrawnRu(text) ? text.replace(WITHDRAWAL, "поддерживает связь с") : text;
}
