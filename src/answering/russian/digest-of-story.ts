// A summary noun asked for with the story named by its names ("выжимка про путина и газу", "выжимка в двух
// строчках, что там с путиным и газой", "саммари по путину и израилю"): the digest of the story, as English "this
// putin gaza article" is the article. Read as typed, two of the story's names beside "выжимка" split the engine
// between their entries ("Не уверен, какой из этих вопросов…"). One name alone ("выжимка про хамас") asks about that
// party and stays the engine's.

/** The nouns of a digest ("выжимка", "саммари", "сводка", "конспект", "резюме"). */
const DIGEST = /^(?:выжимк\p{L}*|сам+ари|сводк\p{L}*|конспект\p{L}*|резюме|дайджест\p{L}*)$/u;

/** Words around the names that say nothing of a topic: "про", "что там с", "и", chat and courtesy. */
const GLUE = new Set(
  `про о об по с со и а что че чо там тут у дай дайте нужна нужен нужно сделай сделайте пожалуйста плиз пж плз
  мне нам короче ну вот статьи статье текста по теме`.split(/\s+/),
);

/** Whether the words ask for a digest of the story named by two or more of its names (`topics`: known names). */
export function asksDigestOfStory(words: string, topics: ReadonlySet<string>): boolean {
  const list = words.split(" ").filter((w) => w !== "");
  if (!list.some((w) => DIGEST.test(w))) return false;
  let names = 0;
  for (const w of list) {
    if (DIGEST.test(w) || GLUE.has(w)) continue;
    if (!topics.has(w)) return false;
    names++;
  }
  return names >= 2;
}
