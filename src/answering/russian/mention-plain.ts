// The mention asked as a statement with a question mark («Турция упоминается в статье?», «В статье упоминается
// сектор Газа?», «А ООН упоминается в тексте?», wave CA): the same question as «упоминается ли …», which
// mention-asked.ts owns the «Да» of. As typed, neither of its Russian forms matched (both want «ли»), and the card
// came without its «Да». Only «упоминается / упоминаются / упомянут(а, ы) / фигурирует» beside «в статье / в тексте»
// and a closing question mark; a turning word is mention-asked.ts's to refuse.

/** «X упоминается в статье?»: the topic before the verb. */
const TOPIC_FIRST =
  /^((?:(?:а|и|так|ну)[, ]+)?)(?!ли )(.+?) (упоминается|упоминаются|упомянут|упомянута|упомянуты|фигурирует|фигурируют) (?:(?:вообще|хоть как-то) )?((?:в|во) (?:статье|тексте))(\s*\?+)$/u;
/** «В статье упоминается X?»: the article first, the topic after the verb. */
const ARTICLE_FIRST =
  /^((?:(?:а|и|так|ну)[, ]+)?)((?:в|во) (?:статье|тексте)) (?:(?:вообще|хоть как-то) )?(упоминается|упоминаются|упомянут|упомянута|упомянуты|фигурирует|фигурируют) (?!ли )(.+?)(\s*\?+)$/u;

/** The folded question with a plain mention read as «упоминается ли X в статье?», or as it came. */
export function withPlainMentionAsked(folded: string): string {
  const first = TOPIC_FIRST.exec(folded);
  if (first) return `${first[1]}${first[3]} ли ${first[2]} ${first[4]}${first[5]}`;
  const article = ARTICLE_FIRST.exec(folded);
  if (article) return `${article[1]}${article[3]} ли ${article[4]} ${article[2]}${article[5]}`;
  return folded;
}
