// Second readings of a message refused whole, each of one side of it: the article's English phrase inside a
// Russian question (russian/english-phrase.ts), one side of an either/or (either-or.ts), and the known name of
// "X or Y" where the article knows only one (known-alternative.ts), and a question without the asker's guess after it
// (guessed-topic.ts). Each side is read as a question of its own.
import { sidesOf, withoutLeadingVerdict } from "./either-or.js";
import { readsAsEnglish } from "./english.js";
import { withoutGuessedTopic } from "./guessed-topic.js";
import { withoutUnknownAlternative } from "./known-alternative.js";
import { withinBudget } from "./replies.js";
import type { ReadingParts, Routed } from "./routing.js";
import { englishPhraseIn } from "./russian/english-phrase.js";
import type { Answer, Lang } from "./types.js";
import type { WholeQuestion } from "./whole-question.js";

export interface RefusedSides {
  /** The article's English phrase inside a Russian question, read alone, answered in Russian. */
  englishPhraseAnswered(question: string): Answer | null;
  /** An either/or whose side alone finds one of the whole's near entries: the surest such side. */
  oneSideAnswered(question: string, whole: Answer): Answer | null;
  /** "X or Y" where the article knows only one of the names: the question (routed as `routed`) on the known one. */
  knownSideAnswered(question: string, routed: Routed, lang?: Lang): Answer | null;
  /**
   * An English question closed by the asker's guess ("…, something about migrants?"): the question without it;
   * `openOnly`: only a question a question word opens ("who did putin phone, somebody from the EU?").
   */
  guessAsideAnswered(question: string, routed: Routed, lang?: Lang, openOnly?: boolean): Answer | null;
}

/**
 * A second side whose subject is a pronoun of the first's ("are russia's ties to the palestinians something new or
 * have *they* been around a while"): alone it names nothing, and "have they been around" found the Foreign
 * Ministry's line; only the first side is read (quality31).
 */
const LEANS_BACK =
  /^\s*(?:(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)\s+)?(?:they|it|he|she|them|those|these|that|this)(?!\p{L})|^\s*(?:(?:они|оно|она|он|это)(?!\p{L}))/iu;

/** A question a question word opens: its answer is the head's, whatever the guess after it names. */
const OPEN_QUESTION =
  /^\s*(?:so\s+|and\s+|ok\s+)?(?:who|whom|what|whats|what's|which|why|how|where)(?!\p{L})/iu;

export function createRefusedSides(
  { readers, replies, original }: ReadingParts,
  { answerWhole }: WholeQuestion,
): RefusedSides {
  return {
    englishPhraseAnswered: (question) => {
      const phrase = englishPhraseIn(question, readsAsEnglish);
      if (phrase === null || readers.route(phrase).reader !== readers.english) return null;
      const a = answerWhole(phrase, "en");
      if (!a.answered || a.kind !== "entry" || a.entry === null) return null;
      return { ...withinBudget(replies.entryAnswer(original(a.entry), a.confidence, "ru")), readAs: phrase };
    },
    oneSideAnswered: (question, whole) => {
      const sides = sidesOf(question);
      if (!sides) return null;
      const near = new Set(whole.suggestions.map((s) => s.entryId));
      const found = sides
        .filter((side, i) => i === 0 || !LEANS_BACK.test(side))
        .map((side) => answerWhole(side))
        .filter((a) => a.answered && a.kind === "entry" && a.entry !== null && near.has(a.entry.id));
      const [best] = found.sort((a, b) => b.confidence - a.confidence);
      return best ? { ...best, answer: withoutLeadingVerdict(best.answer) } : null;
    },
    knownSideAnswered: (question, { reader }, lang) => {
      const rest = withoutUnknownAlternative(question, {
        unknownName: (word) => reader.lexicon.analyse(word).unknownNames.length > 0,
        known: (word) => {
          const seen = reader.lexicon.analyse(word);
          return seen.content.length > 0 && seen.unknown.length === 0;
        },
      });
      if (rest === null) return null;
      const a = answerWhole(rest, lang);
      if (!a.answered || a.kind !== "entry") return null;
      return { ...a, answer: withoutLeadingVerdict(a.answer), readAs: rest };
    },
    guessAsideAnswered: (question, { reader }, lang, openOnly = false) => {
      if (reader !== readers.english) return null;
      const rest = withoutGuessedTopic(question);
      if (rest === null || (openOnly && !OPEN_QUESTION.test(rest))) return null;
      const a = answerWhole(rest, lang);
      if (!a.answered || a.kind !== "entry") return null;
      // The card's Yes or No answers the question, not the guess ("is russia close to israel, because of oil?").
      return { ...a, answer: withoutLeadingVerdict(a.answer), owned: undefined, readAs: rest };
    },
  };
}
