// The topic a Russian question names after "про", "о", "насчёт" ("Эрдоган про *инфляцию*", "что Путин сказал о
// *выборах*", "упомянул ли Песков *санкции*"): a word there the knowledge base never uses says the question is
// about something the article does not cover, whatever known names stand beside it — as English "about" does.
import type { Token } from "../lexicon.js";
import { SPEAKER_PREFIX } from "../terms.js";
import { RUSSIAN_FRAME_CUES } from "./words.js";

/** Words that open a topic; the content words right after them are the topic. */
export const RUSSIAN_TOPIC_MARKERS = new Set(
  `про о об обо насчет насчёт касательно относительно по-поводу упомянул упомянула упомянули упоминал
  упоминала упоминали упоминает упомянуть обсуждали обсудили обсуждал обсудил обсуждают затронул затронули
  затрагивал`.split(/\s+/),
);
/** Stop phrases that open a topic too. */
const TOPIC_PHRASES = new Set(["по поводу", "в отношении", "что касается"]);

/** A pronoun or determiner that may stand first ("про *свою* роль", "о *его* здоровье"). */
const DETERMINERS = new Set(
  `его ее её их эту этот это этой этих этом свою свой своей своих своем всю весь все всех какой-то эти`.split(
    /\s+/,
  ),
);

/** "по" opens a topic only after a word for a view ("позиция по …", "мнение по …") or a speaker. */
function viewBefore(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.term.startsWith(SPEAKER_PREFIX)) return true;
  return token.role === "frame" && RUSSIAN_FRAME_CUES.get(token.surface) === "think";
}

export function russianTopicWords(tokens: Token[]): Token[] {
  const words: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const opens =
      RUSSIAN_TOPIC_MARKERS.has(t.surface) ||
      (t.role !== "content" && TOPIC_PHRASES.has(t.surface)) ||
      (t.surface === "по" && viewBefore(tokens[i - 1]));
    if (!opens) continue;
    let j = i + 1;
    // After a verb of mentioning the one who mentions may stand first ("упомянул ли Путин …").
    if (t.role !== "stop")
      while (j < tokens.length && (tokens[j]!.surface === "ли" || tokens[j]!.term.startsWith(SPEAKER_PREFIX)))
        j++;
    while (j < tokens.length && tokens[j]!.role !== "content" && DETERMINERS.has(tokens[j]!.surface)) j++;
    // The topic ends at its first known word: what follows is the rest of the question ("про штаты *втирает*"),
    // while words before it narrow it ("про *зерновую* сделку").
    for (; j < tokens.length && tokens[j]!.role === "content"; j++) {
      words.push(tokens[j]!);
      if (tokens[j]!.known) break;
    }
  }
  return words;
}
