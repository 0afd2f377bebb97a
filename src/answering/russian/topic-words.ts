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
  затрагивал обсуждались обсуждалось обсуждался обсуждалась обсуждается обсуждаются`.split(/\s+/),
);
/** Stop phrases that open a topic too. */
const TOPIC_PHRASES = new Set(["по поводу", "в отношении", "что касается"]);

/** A pronoun or determiner that may stand first ("про *свою* роль", "о *его* здоровье"). */
const DETERMINERS = new Set(
  `его ее её их эту этот это этой этих этом свою свой своей своих своем всю весь все всех какой-то эти`.split(
    /\s+/,
  ),
);

/**
 * A noun of a deal ("договорённости *по* «Турецкому потоку»", "соглашение по АЭС") or the chat "что (там) по …"
 * (quality44ru): what follows "по" is the matter agreed or asked, a topic as after "про".
 */
const DEAL_NOUN = /^(?:договор[её]нност|соглашени|сделк|контракт)/u;
const WHAT_ABOUT = new Set(["что", "че", "чё", "чо", "шо", "там"]);

/** "по" opens a topic only after a word for a view ("позиция по …", "мнение по …"), a speaker or a deal noun. */
function viewBefore(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.term.startsWith(SPEAKER_PREFIX)) return true;
  if (DEAL_NOUN.test(token.surface) || WHAT_ABOUT.has(token.surface)) return true;
  return token.role === "frame" && RUSSIAN_FRAME_CUES.get(token.surface) === "think";
}

/** An adjective's ending ("турецкому", "российской"): the noun it agrees with is still to come. */
const ADJECTIVE_END = /(?:ому|ему|ого|его|ый|ий|ой|ая|яя|ую|юю|ое|ее|ых|их|ым|им|ыми|ими)$/u;

/**
 * A word after the topic's known noun that is no complement of it: a verb («про штаты *втирает*») or an adverb
 * («о переговорах *серьёзно*»).
 */
const NOT_COMPLEMENT =
  /(?:л|ла|ло|ли|лся|лась|лось|лись|ть|ться|ет|ут|ют|ит|ат|ят|ется|ются|ится|атся|ятся|о)$/u;

/** Verbs of discussing: the matter they govern may stand first ("*Зерновую сделку* Путин с Эрдоганом обсуждали?"). */
const DISCUSS_VERB = /^(?:обсужд|обсуди|затрагива|затронул)/u;

/** The words a question opens with, up to its first known one, when a verb of discussing follows (quality44ru). */
function matterBeforeVerb(tokens: Token[]): Token[] {
  if (!tokens.some((t) => DISCUSS_VERB.test(t.surface))) return [];
  const words: Token[] = [];
  for (let j = 0; j < tokens.length && tokens[j]!.role === "content" && !tokens[j]!.known; j++)
    words.push(tokens[j]!);
  return words;
}

/** A speaker at `j`, or «и»/«с» joining the next speaker to the one before ("Путин *и* Эрдоган"). */
function speakerAt(tokens: Token[], j: number): boolean {
  if (tokens[j]!.term.startsWith(SPEAKER_PREFIX)) return true;
  return (
    JOINS_SPEAKERS.has(tokens[j]!.surface) &&
    tokens[j - 1]?.term.startsWith(SPEAKER_PREFIX) === true &&
    tokens[j + 1]?.term.startsWith(SPEAKER_PREFIX) === true
  );
}
const JOINS_SPEAKERS = new Set(["и", "с", "со"]);

export function russianTopicWords(tokens: Token[]): Token[] {
  const words: Token[] = matterBeforeVerb(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const opens =
      RUSSIAN_TOPIC_MARKERS.has(t.surface) ||
      (t.role !== "content" && TOPIC_PHRASES.has(t.surface)) ||
      (t.surface === "по" && viewBefore(tokens[i - 1]));
    if (!opens) continue;
    let j = i + 1;
    // After a verb of mentioning the one who mentions may stand first ("упомянул ли Путин …"), or the two who
    // talked ("обсуждали ли Путин и Эрдоган …", quality46ru).
    if (t.role !== "stop")
      while (j < tokens.length && (tokens[j]!.surface === "ли" || speakerAt(tokens, j))) j++;
    while (j < tokens.length && tokens[j]!.role !== "content" && DETERMINERS.has(tokens[j]!.surface)) j++;
    // The topic ends at its first known word: what follows is the rest of the question ("про штаты *втирает*"),
    // while words before it narrow it ("про *зерновую* сделку").
    // A known adjective goes on to its noun ("по «*Турецкому потоку*»": Turkey is known, the pipeline is not).
    for (; j < tokens.length && tokens[j]!.role === "content"; j++) {
      words.push(tokens[j]!);
      if (tokens[j]!.known && !ADJECTIVE_END.test(tokens[j]!.surface)) {
        // «о поставках *нефти*»: the known noun's unknown complement is the topic's own word (quality46ru).
        const next = tokens[j + 1];
        if (next?.role === "content" && !next.known && !NOT_COMPLEMENT.test(next.surface)) words.push(next);
        break;
      }
    }
  }
  return words;
}
