// What the lexicon needs to know about a language: how text becomes words, how words are stemmed, which words
// are glue, question words or frames, and how to tell a real word of the language from a name. English here;
// Russian in russian/rules.ts. Adding a language is another object of this shape (and its knowledge folder).
import { stemmer } from "stemmer";
import { chatSpelling } from "./chat-spelling.js";
import { isCommonEnglish } from "./common-english.js";
import {
  adjectiveOfAdverb,
  americanSpelling,
  capitalisedWords,
  isEnglishWord,
  isNewsTerm,
  SHORT_MISSPELLINGS,
  withDroppedG,
} from "./english.js";
import { englishSpeakerSlot, englishTopicWords } from "./english-slots.js";
import { everydaySlip } from "./everyday-slips.js";
import type { Token } from "./lexicon.js";
import { normaliseWords } from "./normalise.js";
import { signSubjectWords } from "./sign-subject.js";
import type { Lang } from "./types.js";
import { FRAME_CUES, FRAME_WORDS, QUESTION_WORDS, STOP_PHRASES, STOPWORDS } from "./words.js";

export interface LanguageRules {
  lang: Lang;
  /** Raw text -> comparable lower-case words. */
  normaliseWords(text: string): string[];
  /** A word's stem (no cache: the lexicon keeps one). */
  stem(word: string): string;
  /** The canonical question word a word is ("кого" -> "кто"), or undefined. */
  questionWord(word: string): string | undefined;
  /** Every canonical question word (typo correction may propose them). */
  questionWords: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  /** Words that frame a question without naming its topic ("say", "think"). */
  frameWords: ReadonlySet<string>;
  /** Frame words to their class ("said" -> "say"). */
  frameCues: ReadonlyMap<string, string>;
  /** Word sequences that are glue whatever their words mean alone ("dealing with"). */
  stopPhrases: Iterable<string>;
  /** Words dropped before anything else (English articles). */
  dropped: ReadonlySet<string>;
  /** Whether a word is written in the language's own script (typo correction proposes only those, and names). */
  ownScript(word: string): boolean;
  /** A real, common word of the language: never "corrected" into another word. */
  isCommonWord(word: string): boolean;
  /** A word of the language rather than a name (common, or made of common words). */
  isWordOfLanguage(word: string): boolean;
  /** Words written with a capital inside a sentence, normalised: likely names. */
  capitalisedWords(text: string): Set<string>;
  /** Another spelling to try for an unknown word ("colour" -> "color"); the word itself when none. */
  spellingVariant(word: string): string;
  /** Spellings by ear of a word the gate calls common ("званил" for звонил): one the knowledge base uses wins. */
  heardVariants?(word: string): string[];
  /** A name of the knowledge base typed one letter short where the rest is a word too ("путн"), or null. */
  nameOneLetterShort?(
    word: string,
    stem: string,
    isName: (w: string) => boolean,
    names?: ReadonlySet<string>,
  ): string | null;
  /** Misspellings too short for edit distance, fixed by name. */
  shortMisspellings: ReadonlyMap<string, string>;
  /** The word an unknown derived word falls back to ("directly" -> "direct"), or null. */
  baseWord(word: string): string | null;
  /** The everyday word a chat spelling stands for ("thnk", "teh", "2"), tried last on an unknown word. */
  chatSpelling?(word: string): string | null;
  /**
   * The everyday word an unknown word is a slip of ("levle", "forien"), a known one winning a tie; tried last.
   * `nearKnown`: the knowledge base's word one edit from a word and one letter longer than it, or null.
   */
  everydaySlip?(
    word: string,
    isKnown: (w: string) => boolean,
    nearKnown: (w: string) => string | null,
  ): string | null;
  /** A name the language knows (an abbreviation like "нато"): left as it is, never corrected into a word. */
  isKnownName(word: string): boolean;
  /** Typos are also corrected at the level of stems (inflected languages: one stem, many endings). */
  correctsStems: boolean;
  /** Whether a stem one edit from a known stem is a slip of it, not another word or a name ("блинк" is no "близк"). */
  isStemSlip?(stem: string, known: string): boolean;
  /** A stem as it sounds, folding the spelling slips of hearing ("гавар" and "говор" share one), or absent. */
  soundKey?(stem: string): string;
  /** Whether token i stands where a speaker does ("what did *hamas* say"). */
  speakerSlot?(tokens: Token[], i: number): boolean;
  /** The content tokens naming a question's topic ("about the election", "про инфляцию"). */
  topicWords?(tokens: Token[]): Token[];
}

const ARTICLES = new Set(["the", "a", "an"]);

export function englishStem(word: string): string {
  return /^\p{L}+$/u.test(word) ? stemmer(word) : word;
}

export const ENGLISH: LanguageRules = {
  lang: "en",
  normaliseWords,
  stem: englishStem,
  questionWord: (w) => (QUESTION_WORDS.has(w) ? w : undefined),
  questionWords: QUESTION_WORDS,
  stopwords: STOPWORDS,
  frameWords: FRAME_WORDS,
  frameCues: FRAME_CUES,
  stopPhrases: STOP_PHRASES,
  dropped: ARTICLES,
  isCommonWord: isCommonEnglish,
  isWordOfLanguage: isEnglishWord,
  capitalisedWords,
  spellingVariant: (w) => {
    const american = americanSpelling(w);
    return american !== w ? american : withDroppedG(w);
  },
  shortMisspellings: SHORT_MISSPELLINGS,
  baseWord: adjectiveOfAdverb,
  chatSpelling,
  everydaySlip,
  isKnownName: isNewsTerm,
  ownScript: () => true,
  correctsStems: false,
  speakerSlot: englishSpeakerSlot,
  topicWords: (tokens) => [...englishTopicWords(tokens), ...signSubjectWords(tokens)],
};
