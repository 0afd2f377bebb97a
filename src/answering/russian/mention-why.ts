// Why the article mentions something («зачем в статье упомянуты бывшие граждане россии», «почему в тексте
// упоминается квартет», «с какой целью статья упоминает эрдогана»): it asks what part that thing plays in the story,
// read as «зачем в статье X». Read as typed, the mention word met the Quartet's membership («кто упомянут в
// квартете») and the question went unsure (blind-ru61, wave AR). A mention denied («почему не упомянута турция»)
// asks about an omission and stays; so does a speaker's mention («зачем путин упоминает сша», mention-context.ts).
// A reader of the question (not a word step: the knowledge base's own phrasings «почему упоминается турция» keep
// their mention word). Word lists, no patterns over the text.

import { foldedRussian } from "./plain-text.js";

const WHY = new Set(["зачем", "почему", "отчего", "чего", "чему", "целью"]);
const PASSIVE = new Set(
  "упомянут упомянуты упомянута упомянуто упоминается упоминаются фигурирует фигурируют".split(" "),
);
const ACTIVE = new Set("упоминает упоминают упомянула упомянул упоминала упоминал".split(" "));
const ARTICLE = new Set("статья статье статьи автор автора текст тексте материал материале".split(" "));
const ABOUT = new Set(["о", "об", "про"]);

/** The words with the article's mention verb dropped from a question of why it is mentioned. */
export function withoutMentionWhy(words: string[]): string[] {
  if (!words.slice(0, 4).some((w) => WHY.has(w))) return words;
  const article = words.some((w) => ARTICLE.has(w));
  const at = words.findIndex((w) => PASSIVE.has(w) || (article && ACTIVE.has(w)));
  if (at < 0 || words[at - 1] === "не" || words[at - 1] === "ни") return words;
  const end = ABOUT.has(words[at + 1] ?? "") ? at + 2 : at + 1;
  const read = [...words.slice(0, at), ...words.slice(end)];
  // «с какой целью» is «зачем»: «цель» alone is a word some entries weigh.
  const aim = read.indexOf("целью");
  if (aim >= 2 && read[aim - 1] === "какой" && read[aim - 2] === "с") read.splice(aim - 2, 3, "зачем");
  return read;
}

/** The question as read by withoutMentionWhy (folded), or as typed when nothing changed. */
export function asRussianMentionWhy(text: string): string {
  if (!/упом|фигурир/i.test(text)) return text;
  const words = foldedRussian(text).split(" ");
  const read = withoutMentionWhy(words);
  return read === words ? text : read.join(" ");
}
