// The answering engine: question -> its language -> analysis -> intent or ranked entries -> a calibrated decision,
// answered in the reader's language. This file only assembles the parts: the routing of a question to its
// reader (routing.ts), the reading of one question whole (whole-question.ts), the second readings of a refused
// message by one of its sides (refused-sides.ts), the reading of a message as typed, long ones in pieces
// (message-reading.ts), and the speaker a typed name stands for (speaker-lookup.ts).
import type { KnowledgeBase } from "../knowledge/index.js";
import { readPendingLiterals } from "../lib/prefiltered-regexp.js";
import { ENGLISH } from "./language.js";
import { Lexicon } from "./lexicon.js";
import { createMessageReading } from "./message-reading.js";
import { Ranker } from "./ranker.js";
import { questionAsRead } from "./readers.js";
import { createRefusedSides } from "./refused-sides.js";
import { createReplies } from "./replies.js";
import { createReaders, type ReadingParts, type SavedEnglishIndex } from "./routing.js";
import { createSpeakerLookup } from "./speaker-lookup.js";
import { DEFAULT_TUNING, type Tuning } from "./tuning.js";
import type { AnsweringEngine, Lang } from "./types.js";
import { createWholeQuestion } from "./whole-question.js";

export { REPLY_BUDGET } from "./replies.js";
export type { SavedEnglishIndex } from "./routing.js";

/** What the engine saw in a question: for `npm run ask -- --explain` and for whoever tunes the engine. */
export interface Explanation {
  /** The language the question was read in. */
  lang: Lang;
  tokens: string[];
  unknown: string[];
  unknownNames: string[];
  cues: string[];
  ranked: { entryId: string; score: number }[];
}

export interface ExplainableEngine extends AnsweringEngine {
  explain(question: string, lang?: Lang): Explanation;
  /** An English text's content terms: concepts ("=violence", "@putin") and stems, typos corrected. */
  contentTerms(text: string): string[];
  /**
   * Builds now what is otherwise built on first use (the Russian index, the English typo index, the regexps' required
   * literals): no reader waits.
   */
  warmUp(): void;
  /**
   * The reader's lexicon of a language (Russian: built now if not yet; null without a Russian knowledge base): the
   * claim checker reads with the same one instead of building its own copy of the vocabulary.
   */
  lexicon(lang: Lang): Lexicon | null;
}

/** Reads the knowledge base into the English reader's index, as createEngine would, and returns it as data. */
export function buildEnglishIndex(kb: KnowledgeBase): SavedEnglishIndex {
  const lexicon = new Lexicon(kb, ENGLISH);
  return { lexicon: lexicon.save(), ranker: new Ranker(kb, lexicon, DEFAULT_TUNING).save() };
}

/** `saved`: the English index made from this same knowledge base by buildEnglishIndex (else it is built here). */
export function createEngine(
  kb: KnowledgeBase,
  tuningOverrides: Partial<Tuning> = {},
  saved?: SavedEnglishIndex,
): ExplainableEngine {
  const tuning = { ...DEFAULT_TUNING, ...tuningOverrides };
  const readers = createReaders(kb, tuning, saved);
  const { english, russian, route } = readers;
  const replies = createReplies(kb);
  const parts: ReadingParts = { kb, tuning, readers, replies, original: (e) => kb.entryById.get(e.id) ?? e };
  const whole = createWholeQuestion(parts);
  const messages = createMessageReading(parts, whole, createRefusedSides(parts, whole));
  const { findAnswer } = messages;

  const explain = (question: string): Explanation => {
    const { reader, text } = route(question);
    const a = reader.lexicon.analyse(questionAsRead(text, reader.lang));
    return {
      lang: reader.lang,
      tokens: a.tokens.map(
        (t) =>
          `${t.correctedFrom ? `${t.correctedFrom}→` : ""}${t.surface} [${t.role === "content" ? t.term : t.role}]`,
      ),
      unknown: a.unknown,
      unknownNames: a.unknownNames,
      cues: a.cues,
      ranked: reader.ranker
        .rank(a)
        .slice(0, 5)
        .map((r) => ({ entryId: r.entry.id, score: Math.round(r.score * 1000) / 1000 })),
    };
  };

  return {
    findAnswer,
    explain,
    contentTerms: (text) => english.lexicon.analyse(text).content,
    warmUp: () => {
      english.lexicon.warmUp();
      russian()?.lexicon.warmUp();
      // The literals of the patterns made so far, read now rather than in the first answer that runs each.
      readPendingLiterals();
    },
    lexicon: (lang) => (lang === "en" ? english.lexicon : (russian()?.lexicon ?? null)),
    forgetReadings: () => {
      messages.forget();
      english.lexicon.forgetAnalyses();
      readers.russianIfBuilt()?.lexicon.forgetAnalyses();
    },
    quotesBy: (speakerId, lang) => replies.quotesBy(speakerId, replies.usable(lang)),
    answerForEntry: (id, lang) => {
      const entry = kb.entryById.get(id);
      return entry ? replies.entryAnswer(entry, 1, replies.usable(lang)) : null;
    },
    popularQuestions: (limit, lang) => replies.popular(limit, replies.usable(lang)),
    findSpeaker: createSpeakerLookup(kb, readers),
  };
}
