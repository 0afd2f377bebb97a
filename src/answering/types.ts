// What the answering engine gives back. Plain data: the bot, the terminal and the eval all render it.
import type { Entry, Speaker, Voice } from "../knowledge/index.js";

/** The languages the bot reads and answers in. The article and its quotes are English in every language. */
export type Lang = "en" | "ru";
/** The summary's sizes: one line, the short paragraph, three bullets, the long summary. */
export type SummarySize = "line" | "short" | "bullets" | "full";

/** Why the engine did not answer. */
export type NoAnswerReason =
  /** The question is about something the article does not touch. */
  | "out-of-scope"
  /** A curated "the article doesn't say" entry matched: the article touches the topic but leaves this open. */
  | "not-in-article"
  /** Two or more entries fit about equally well: ask "did you mean…?". */
  | "ambiguous"
  /** Nothing to search for (empty, only punctuation or emoji). */
  | "empty";

/** What kind of reply it is. */
export type AnswerKind =
  /** A knowledge-base entry (answered, or not-in-article). */
  | "entry"
  /** The story's summary. */
  | "summary"
  /** Who said what: the quotes of one speaker, or of all. */
  | "quotes"
  /** No answer: see `reason`. */
  | "none";

export interface AttributedQuote {
  /** Verbatim span of the article. */
  text: string;
  speakerId: string;
  /** Display name: "Vladimir Putin". */
  speaker: string;
  role: string;
  /** 1-based article paragraph. */
  paragraph: number;
  /** reported: the article paraphrases the speaker; article: the author's own words. */
  voice: Voice;
  /** A curated translation of `text` into the answer's language (never for English); labelled as such. */
  translation?: string;
  /** `speaker` and `role` in the answer's language, where it is not English. */
  localSpeaker?: string;
  localRole?: string;
}

export interface Suggestion {
  entryId: string;
  question: string;
}

export interface Answer {
  /** The language of title, answer and suggestions (quotes stay English, with `translation`); "en" if absent. */
  lang?: Lang;
  /** true when the reply gives information from the article. */
  answered: boolean;
  kind: AnswerKind;
  /** The matched entry (answered or not-in-article), else null. */
  entry: Entry | null;
  /** The speaker a "who said what" reply is about; null for all speakers or other kinds. */
  speaker: Speaker | null;
  /** How sure the engine is that `entry` (or the intent) is what was asked, in [0, 1]. */
  confidence: number;
  /** The heading to show: the entry's canonical question, "Summary", "What Putin said", … */
  title: string;
  /** Plain text, our own words; for refusals a short explanation. */
  answer: string;
  quotes: AttributedQuote[];
  /** Entries to offer: "did you mean" candidates, related follow-ups or, for refusals, popular questions. */
  suggestions: Suggestion[];
  reason: NoAnswerReason | null;
  /**
   * An out-of-scope refusal decided by the question's kind before any search: "forecast", how the story's events
   * will turn out (future-outcome.ts). Absent otherwise.
   */
  refusedAs?: "forecast";
  /** The question found inside a long message and answered, when the message as a whole was not. */
  readAs?: string;
  /**
   * A yes/no question that put a party the article never names in the slot of this entry's fact ("did Putin blame
   * Iran?"): the entry holds the real party, so the verdict is No; put in the place of the one phoned ("did Putin
   * phone Biden about it?"), a call the article does not report: doesn't say (wrong-party.ts). Absent otherwise.
   */
  wrongParty?: "fact" | "call";
  /**
   * The engine's own Yes or No on a plain yes/no question that asks this card's point (owned-verdict.ts): the
   * dialogue layer's readers and the claim checker outrank it, an unconfirmed reading does not (docs/conversation.md, "Whose
   * verdict wins"). Absent otherwise.
   */
  owned?: "yes" | "no";
  /** A summary's size the question itself asked for ("in one line", "as bullets"); absent: none stated. */
  summarySize?: SummarySize;
}

export interface AnsweringEngine {
  /**
   * `lang`: the reader's language when the question itself does not decide it (its script does: a Cyrillic
   * question is answered in Russian).
   */
  findAnswer(question: string, lang?: Lang): Answer;
  /** The speaker a free-text name points at ("putin", "peskov", "kremlin spokesman", typos tolerated). */
  findSpeaker(name: string): Speaker | null;
  /** The reply for an entry chosen directly (a button press), with its quotes and related suggestions. */
  answerForEntry(entryId: string, lang?: Lang): Answer | null;
  /** All quotes of one speaker, or of every quoted speaker when `speakerId` is null. */
  quotesBy(speakerId: string | null, lang?: Lang): Answer;
  /** The most useful questions to suggest when the user has not asked anything yet. */
  popularQuestions(limit: number, lang?: Lang): Suggestion[];
  /** A new message: readings kept for the last one (its analyses, for repeated reads) are let go. */
  forgetReadings?(): void;
}
