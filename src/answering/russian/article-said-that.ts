// «Говорится ли в статье, что кризис может выйти за рамки арабо-израильского конфликта?», «Пишут ли в тексте, что …»,
// «В статье сказано, что …?»: the article's report of a clause, asked yes or no. Read for the engine's owned verdict
// (owned-verdict.ts's plain Russian form) as «говорится, что …?», whichever report verb was typed: «статье»/«тексте» turned the question there
// (owned-polar.ts reads «статья» as doubt of the text), so a clause the card states got no «Да» (quality49ru,
// blind-ru95). A report verb stays: the points may ask for it (a fear reported, not a forecast). A question word or
// «о/про» after the frame is a topic's mention (mention-asked.ts), not read here.

const VERB = "говорится|сказано|пишут|написано|упоминается|утверждается|сообщается|отмечается";
/** «говорится ли в статье, что», «пишут ли, что», «сказано ли в тексте, что». */
const ASKED = new RegExp(
  `^((?:(?:а|и|так)[, ]+)?)(${VERB})\\s+ли(?:\\s+(?:в|во)\\s+(?:статье|тексте))?\\s*,?\\s+(?=что\\s)`,
  "iu",
);
/** «в статье говорится, что», «в тексте сказано, что». */
const STATED = new RegExp(
  `^((?:(?:а|и|так)[, ]+)?)(?:в|во)\\s+(?:статье|тексте)\\s+(${VERB})\\s*,?\\s+(?=что\\s)`,
  "iu",
);

/** «говорится, что …» for the article's report of a clause asked; else as typed. */
export function withArticleSaidThatAsReport(text: string): string {
  const trimmed = text.trimStart();
  const m = ASKED.exec(trimmed) ?? STATED.exec(trimmed);
  if (!m) return text;
  return `${m[1]}говорится, ${trimmed.slice(m[0].length)}`;
}
