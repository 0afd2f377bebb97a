// The article's topic words typed in English inside a Russian question («путин говорил про talks?», «putin про
// negotiations что-то говорил?», «песков говорил про settlement?», «путин требует ceasefire?»; quality46ru): put in
// the Russian the readers and the yes/no layer read. As typed, "talks" was an English frame word (a verb of saying:
// the question became "what did Putin say"), and the yes/no layer's Russian claim path met a word no Russian
// translation holds, so it said «не сказано» or «Нет» over the card that answers. Names are latin-names.ts's; this
// is their topic nouns, by the article's own terms. A message with another Latin word, or asking what a word or a
// phrase means («что значит ceasefire», «смысл фразы impartial mediator»), is left as typed: that is the English
// phrase's reading (english-phrase.ts), and a word's meaning is asked of the word.
import { LATIN_STORY_NAMES } from "./latin-names.js";

/** An English topic word (lower case, words apart by spaces) and its Russian. Longer phrases first. */
const TOPIC_WORDS: readonly (readonly [string, string])[] = [
  ["palestinian state", "палестинское государство"],
  ["independent state", "независимое государство"],
  ["negotiation process", "переговорный процесс"],
  ["peace process", "мирный процесс"],
  ["peace efforts", "мирные усилия"],
  ["civilian casualties", "жертвы среди мирных жителей"],
  ["ceasefire", "прекращение огня"],
  ["cease-fire", "прекращение огня"],
  ["truce", "прекращение огня"],
  ["talks", "переговоры"],
  ["negotiations", "переговоры"],
  ["negotiation", "переговоры"],
  ["settlement", "урегулирование"],
  ["dialogue", "диалог"],
  ["dialog", "диалог"],
  ["compromises", "компромиссы"],
  ["compromise", "компромисс"],
  ["civilians", "мирные жители"],
  ["casualties", "жертвы"],
  ["mediator", "посредник"],
  ["violence", "насилие"],
  ["escalation", "эскалация"],
  ["palestinians", "палестинцы"],
];

const PATTERNS = TOPIC_WORDS.map(
  ([english, russian]) =>
    [new RegExp(`(?<![\\p{L}-])${english.replace(/ /g, "\\s+")}(?![\\p{L}-])`, "giu"), russian] as const,
);
const CYRILLIC_WORD = /\p{Script=Cyrillic}{2,}/u;
const LATIN_WORDS = /(?<![\p{L}'-])[a-z][a-z'-]*(?![\p{L}'-])/giu;
/** A word's or a phrase's meaning asked: the English is the thing asked, not a topic to read in Russian. */
const MEANING_ASKED =
  /(?<!\p{L})(?:смысл\p{L}*|значит|означа\p{L}*|понимать|понима\p{L}* под|перев[оеё]д\p{L}*|переводится|фраз\p{L}*|выражени\p{L}*|слов[оа]|термин\p{L}*)(?!\p{L})/iu;

/** The question with the article's English topic words in Russian; as typed otherwise (see above). */
export function withEnglishTopicWordsInRussian(text: string): string {
  if (!/[a-z]/i.test(text) || !CYRILLIC_WORD.test(text) || MEANING_ASKED.test(text)) return text;
  let out = text;
  for (const [pattern, russian] of PATTERNS) out = out.replace(pattern, russian);
  if (out === text) return text;
  // Another English word left but the story's names: the message mixes English of its own, read as it came.
  const others = (out.match(LATIN_WORDS) ?? []).filter((w) => !LATIN_STORY_NAMES.has(w.toLowerCase()));
  return others.length > 0 ? text : out;
}
