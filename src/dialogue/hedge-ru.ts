// Kind (dialog45, d109-31#3): a Russian statement asked back with a hedge — «типа они монополизировали процесс?»,
// «в смысле они всё монополизировали?», «они типа монополизировали процесс?». The hedge («типа», «в смысле», «как
// бы» — "like", "you mean") asks nothing of its own: taken off, the statement is the yes/no it asks, which the claim
// checker settles against the last answer. Kept, «типа» / «в смысле» made the engine unsure between near questions
// («Не уверен, какой из этих вопросов вы имеете в виду»). Only before a clause: «типа в иран?», «типа чего?» (an
// example offered or asked for: named-example.ts, example-asked.ts) keep the hedge — a preposition or a question
// word right after it, or fewer than two words, is no clause.

/** The hedge leading the message, then at least two words, the first no preposition and no question word. */
const LEADING_HEDGE_RU =
  /^\s*(?:(?:а|и|ну|так)[, ]+)?(?:типа|в смысле|то есть типа|как бы|вроде как)\s*,?\s+(?!(?:в|во|на|к|ко|с|со|о|об|про|за|из|от|до|по|для|у|что|кто|чего|кого|как|какой|какие|какая|где|куда|когда|почему|зачем|сколько|чей|ли)(?!\p{L}))(?=\p{L}+[\s,]+\p{L})/iu;

/** The hedge after a pronoun subject: «они типа монополизировали…», «он как бы винит…». */
const HEDGE_AFTER_PRONOUN_RU =
  /^(\s*(?:(?:а|и|ну|так)[, ]+)?(?:они|он|она|это|штаты|сша|путин|кремль))\s*,?\s+(?:типа|как бы|вроде как)\s*,?\s+(?=\p{L})/iu;

/** The message without a Russian hedge before its clause; the message itself when it has none. */
export function withoutHedgeRu(text: string): string {
  return text.replace(LEADING_HEDGE_RU, "").replace(HEDGE_AFTER_PRONOUN_RU, "$1 ");
}
