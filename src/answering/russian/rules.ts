// The lexicon's rules for Russian. A Russian question may carry Latin words ("что сказал Peskov", "ceasefire"):
// those are read by the English rules (Porter stems, English glue), so both alphabets work in one question.

import { isCommonEnglish } from "../common-english.js";
import { isEnglishWord } from "../english.js";
import { ENGLISH, englishStem, type LanguageRules } from "../language.js";
import { QUESTION_WORDS, STOPWORDS } from "../words.js";
import { expandClippedWords, RUSSIAN_ABBREVIATIONS } from "./abbreviations.js";
import { RUSSIAN_AUDIENCE_PHRASES } from "./audience.js";
import { RUSSIAN_BREVITY_PHRASES } from "./brevity.js";
import { isCommonRussian, isListedRussian } from "./dictionary.js";
import { isRussianAbbreviation } from "./dictionary-stems.js";
import { nameOneLetterShort } from "./dropped-letter.js";
import { namesForeignPlace } from "./foreign-places.js";
import { frameVowelSlip } from "./frame-slips.js";
import { heardNounVariants, heardSurnameVariants } from "./heard-spelling.js";
import { heardVerbVariants } from "./heard-verb.js";
import { normaliseRussianWords } from "./normalise.js";
import { RUSSIAN_OPINION_PHRASES, RUSSIAN_OPINION_WORDS } from "./opinion-glue.js";
import { RUSSIAN_SIZE_PHRASES, RUSSIAN_SIZE_WORDS } from "./size-words.js";
import { russianSoundKey } from "./sound-key.js";
import { RUSSIAN_SOURCE_PHRASES } from "./source-phrases.js";
import { partiesListedAfterSpeaker, russianSpeakerSlot } from "./speaker-slot.js";
import { russianStem } from "./stem.js";
import { RUSSIAN_TAG_PHRASES, RUSSIAN_TAG_WORDS } from "./tags.js";
import { russianTopicWords } from "./topic-words.js";
import { russianVerbVariant } from "./verb-forms.js";
import {
  RUSSIAN_FRAME_CUES,
  RUSSIAN_FRAME_WORDS,
  RUSSIAN_QUESTION_WORDS,
  RUSSIAN_STOP_PHRASES,
  RUSSIAN_STOPWORDS,
  russianQuestionWord,
} from "./words.js";

const isCyrillicWord = (w: string) => /^[а-я]+$/.test(w);

/** Short slips seen in Russian chat, too short for edit distance. */
const SHORT_MISSPELLINGS: Record<string, string> = {
  чо: "что",
  че: "что",
  шо: "что",
  скок: "сколько",
  щас: "сейчас",
  пра: "про",
  ктo: "кто",
};

const consonants = (w: string) => w.replace(/[аеёиоуыэюяь]/g, "");

/**
 * A stem is corrected without its ending, a weak sign: only the commonest slip of Russian spelling, a vowel for a
 * vowel (тилефон, перемерие). A changed consonant is another word or a stranger's name (блинкен is no близкий).
 */
const isRussianStemSlip = (stem: string, known: string) => consonants(stem) === consonants(known);

export const RUSSIAN: LanguageRules = {
  lang: "ru",
  normaliseWords: (text) => normaliseRussianWords(expandClippedWords(text)),
  stem: (w) => (isCyrillicWord(w) ? russianStem(w) : englishStem(w)),
  questionWord: (w) => russianQuestionWord(w) ?? (QUESTION_WORDS.has(w) ? w : undefined),
  questionWords: RUSSIAN_QUESTION_WORDS,
  stopwords: new Set([
    ...RUSSIAN_STOPWORDS,
    ...RUSSIAN_SIZE_WORDS,
    ...RUSSIAN_TAG_WORDS,
    ...RUSSIAN_OPINION_WORDS,
    ...STOPWORDS,
  ]),
  // English frame words frame a mixed question too ("what does МИД want"), as English glue is glue in it.
  frameWords: new Set([...RUSSIAN_FRAME_WORDS, ...ENGLISH.frameWords]),
  frameCues: new Map([...ENGLISH.frameCues, ...RUSSIAN_FRAME_CUES]),
  stopPhrases: [
    ...RUSSIAN_STOP_PHRASES,
    ...RUSSIAN_BREVITY_PHRASES,
    ...RUSSIAN_SIZE_PHRASES,
    ...RUSSIAN_TAG_PHRASES,
    ...RUSSIAN_SOURCE_PHRASES,
    ...RUSSIAN_OPINION_PHRASES,
    ...RUSSIAN_AUDIENCE_PHRASES,
  ],
  dropped: ENGLISH.dropped,
  isCommonWord: (w) => (isCyrillicWord(w) ? isListedRussian(w) : isCommonEnglish(w)),
  isWordOfLanguage: (w) => (isCyrillicWord(w) ? isCommonRussian(w) : isEnglishWord(w)),
  capitalisedWords: (text) => {
    const out = new Set<string>();
    for (const w of ENGLISH.capitalisedWords(text)) for (const n of normaliseRussianWords(w)) out.add(n);
    return out;
  },
  // A vowel slip in a frame verb ("хочит" -> "хочет"); the dictionary's guesses take "хочит" for a word, so no gate.
  // Then another form of the same verb (verb-forms.ts: "создавали" -> "создали", "вёл" -> "ведёт").
  spellingVariant: (w) => frameVowelSlip(w) ?? (isCyrillicWord(w) ? russianVerbVariant(w) : null) ?? w,
  heardVariants: (w) =>
    isCyrillicWord(w)
      ? [...heardVerbVariants(w), ...heardNounVariants(w, isCommonRussian), ...heardSurnameVariants(w)]
      : [],
  nameOneLetterShort,
  shortMisspellings: new Map(Object.entries({ ...RUSSIAN_ABBREVIATIONS, ...SHORT_MISSPELLINGS })),
  baseWord: () => null,
  ownScript: (w) => !/[a-z]/.test(w),
  isKnownName: (w) => isCyrillicWord(w) && isRussianAbbreviation(w),
  correctsStems: true,
  isStemSlip: isRussianStemSlip,
  soundKey: russianSoundKey,
  speakerSlot: russianSpeakerSlot,
  // A place the knowledge base never names ("позиция Китая") is the question's topic too (foreign-places.ts).
  topicWords: (tokens) => [
    ...russianTopicWords(tokens),
    ...partiesListedAfterSpeaker(tokens),
    ...tokens.filter((t) => t.role === "content" && !t.known && namesForeignPlace(t.surface)),
  ],
};
