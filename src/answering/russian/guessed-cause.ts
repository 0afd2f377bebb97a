// A why-question closed by the asker's own guess at the cause («почему у России близость с израилем, из за газа и
// нефти?»; quality46ru): the question is the why, the guess its afterthought. Read with the guess, its words the
// article never uses (gas, oil) pulled the card that answers the why — the former Russian citizens in Israel — under
// the line, and the question was refused. The guess is left off after a comma, as English "because of oil?" is no
// topic of its own; the card's reason answers it.

const GUESSED_CAUSE =
  /^(\s*(?:а\s+)?(?:почему|зачем|отчего)(?!\p{L})[^,?]+?),\s*(?:из-за|из\s+за|потому\s+что|благодаря)\s+[^,?]+\?*\s*$/iu;

/** The why-question without its guessed cause, or as typed. */
export function withoutGuessedCause(text: string): string {
  const m = GUESSED_CAUSE.exec(text);
  return m?.[1] === undefined ? text : `${m[1]}?`;
}
