// Requests that are not about one entry: a summary of the story, or who said what. The English words that ask
// for either are english-intents.ts (russian/intents.ts the Russian ones); here, how a question's words decide.

import { lean } from "../lib/lean-regexp.js";
import { ENGLISH_INTENT_WORDS } from "./english-intents.js";
import { type Analysis, speakerTerm } from "./lexicon.js";
import { asksRosterUnsaid, isPeopleToken, NAMING_WORDS, PEOPLE_WORDS } from "./roster-asked.js";
import { aboutOnlyStory, isStoryTopic } from "./roster-topic.js";
import { topicWordsOf } from "./summary-chatter.js";

const ARTICLE_TERM = speakerTerm("article");

/** `speakerIds` empty: every quoted speaker. */
export type Intent = { kind: "summary" } | { kind: "quotes"; speakerIds: string[] } | null;

/** Talking with someone: a partner asked, not words ("who did Putin speak with", "who did he talk to"). */
const TALKED_WITH = lean(
  /\b(?:talk|talks|talked|talking|speak|speaks|spoke|speaking|spoken)\s+(?:with|to)\b/,
);

/** "What did Putin not mention?" asks what he left out, not his words. */
const NOT_SAID = lean(/\bnot (?:\w+ ){0,3}?(?:say|mention|talk|speak|comment|bring up|address|discuss)\b/);

/** Question words asking for a time: never a request for the words themselves. */
const WHEN_WORDS = new Set(["when", "когда"]);

/**
 * The bodies that speak for a state, in the plural: beside Russia named ("which russian institutions are mentioned
 * apart from the kremlin") they ask the roster, the Kremlin and the Foreign Ministry being two of its voices
 * (quality27); "which international bodies does the text mention" asks for the Quartet, so never alone.
 */
const BODY_WORDS = new Set("institutions bodies agencies departments authorities".split(" "));
/** A speaker who is the only person of their side in the story: Erdogan (no other Turkish name). */
const SOLE_OF_THEIR_SIDE = new Set(["@erdogan"]);
/** Russia or the Kremlin named: the bodies asked are the Russian state's (the article's only speaking ones). */
const RUSSIAN_STATE = new Set(["@russia", "@kremlin"]);

/**
 * Whether one of a surface's words (split at spaces) passes `test`: surface.split(" ").some(test), in the same order,
 * without the array for a one-word surface (most tokens; this runs per token per message, perf36b).
 */
export function anyWordOf(surface: string, test: (word: string) => boolean): boolean {
  if (!surface.includes(" ")) return test(surface);
  return surface.split(" ").some((w) => test(w));
}

/** "who else besides Putin speaks": the speakers named after it are left out of the question, not asked. */
const BESIDES = lean(/\b(?:else|besides|except|apart from|other than|aside from)\b/);
const BESIDES_WORDS = new Set(["besides", "except", "apart", "aside"]);
/**
 * A speaker set aside by office rather than name ("other than the president, which russian officials are quoted",
 * "apart from the spokesman"): after a word of setting aside, the office is left out like a name (quality42).
 */
const SET_ASIDE_OFFICES = new Set(
  "president presidents spokesman spokesperson spokeswoman leader ministry kremlin".split(" "),
);

/** The words of one language that ask for a summary or for quotes. */
export interface IntentWords {
  summaryWord(surface: string): boolean;
  quoteWord(surface: string): boolean;
  /** Frame words about saying ("said", "заявил"). */
  sayingFrame(surface: string): boolean;
  requestWord(surface: string): boolean;
  /** Word sequences inside a question that ask for brevity: their words count as summary words. */
  summaryCues: RegExp[];
  /** Whole questions that ask for the story in brief, as normalised words. */
  summaryPhrases: RegExp[];
  /** A whole message asking for the story in brief in slang or chat ("eli5", "tldr pls"); absent: none. */
  briefRequest?: (words: string, topics: ReadonlySet<string>) => boolean;
  /** The question word "who" (its canonical form). */
  who: string;
  /** Nouns for people in office beside the English ones ("чиновник", "представитель"); absent: English only. */
  peopleWord?: (surface: string) => boolean;
  /** Bodies of a state ("ведомства", "органы власти"), people words beside Russia named; absent: English only. */
  bodyWord?: (surface: string) => boolean;
  /** Being mentioned or quoted ("упоминается", "фигурирует"): a roster word beside a people noun. */
  mentionWord?: (surface: string) => boolean;
}

/**
 * Which non-entry request a question is, if any. `quotedSpeakers` are the ids of speakers the article quotes
 * (a request for what Erdogan said is not one: the article never quotes him).
 */
export function detectIntent(
  a: Analysis,
  words: string,
  quotedSpeakers: ReadonlySet<string>,
  vocabulary: IntentWords = ENGLISH_INTENT_WORDS,
): Intent {
  const { summaryWord, quoteWord: isQuoteWord, sayingFrame, requestWord } = vocabulary;
  const ofRussianState = a.tokens.some((t) => RUSSIAN_STATE.has(t.term));
  const isBody = (s: string) => ofRussianState && (BODY_WORDS.has(s) || (vocabulary.bodyWord?.(s) ?? false));
  const isPeople = (s: string) => PEOPLE_WORDS.has(s) || (vocabulary.peopleWord?.(s) ?? false) || isBody(s);
  if (vocabulary.briefRequest?.(words, topicWordsOf(a))) return { kind: "summary" };
  // The words of the summary cues the question holds, read once: read again for every token of an unknown word,
  // a 4,096-character message of short unknown words took time quadratic in its length (~100 ms).
  const cueWords = cueWordsIn(words, vocabulary.summaryCues);
  if (a.unknown.length > 0 && a.unknown.some((t) => !isSummaryOrQuoteWord(a, t, cueWords, vocabulary)))
    return null;
  // "the article", "the story" name the whole story here, not a speaker.
  const content = a.tokens.filter(
    (t) =>
      t.role === "content" && t.term !== ARTICLE_TERM && !requestWord(t.surface) && !cueWords.has(t.surface),
  );
  const contentSurfaces = content.map((t) => t.surface);
  const asksSummary = cueWords.size > 0 || contentSurfaces.some(summaryWord) || a.frames.some(summaryWord);
  const onlySummary = contentSurfaces.every(summaryWord);
  if (onlySummary && (asksSummary || vocabulary.summaryPhrases.some((p) => p.test(words))))
    return { kind: "summary" };

  // "когда песков это заявил", "when did Peskov say that": a date asked, not the words (the entries say none).
  if (a.questionWords.some((w) => WHEN_WORDS.has(w))) return null;
  const quoteWord = contentSurfaces.some(isQuoteWord);
  // "who is speaking in this piece": a saying word the lexicon keeps as content is still a saying word.
  const sayingContent = contentSurfaces.some(sayingFrame);
  // "Who did Putin speak with?" asks whom he talked to, not his words.
  // "кто из российских чиновников упоминается", "перечисли российских спикеров": people in office beside a word
  // of being mentioned, or a request to list them, ask for them.
  // A people noun naming the one voice of its side ("лидера турции", "турецких лидеров": Erdogan, the story's only
  // Turkish name) is that person asked, not the roster (quality-r2-27, quality27's leftover).
  const mentionsPeople =
    a.tokens.some((t) => !SOLE_OF_THEIR_SIDE.has(t.term) && anyWordOf(t.surface, isPeople)) &&
    a.tokens.some((t) => (vocabulary.mentionWord?.(t.surface) ?? false) || requestWord(t.surface));
  const saying =
    quoteWord ||
    mentionsPeople ||
    ((a.frames.some(sayingFrame) || sayingContent) && !TALKED_WITH.test(words) && !NOT_SAID.test(words));
  const others = content.filter(
    (t) =>
      !isQuoteWord(t.surface) &&
      !summaryWord(t.surface) &&
      !sayingFrame(t.surface) &&
      !(vocabulary.mentionWord?.(t.surface) ?? false) &&
      !requestWord(t.surface) &&
      !BESIDES_WORDS.has(t.surface),
  );
  // "other than the president": the office set aside, as a speaker's name would be.
  const setAside = BESIDES.test(words);
  const namedOrSetAside = (t: { term: string; surface: string }) =>
    t.term.startsWith("@") || (setAside && SET_ASIDE_OFFICES.has(t.surface));
  // No saying word: the roster may still be asked by the people or the voices of the piece (roster-asked.ts).
  if (!saying)
    return asksRosterUnsaid(a, words, others, { who: vocabulary.who, isPeople, isBody, namedOrSetAside })
      ? { kind: "quotes", speakerIds: [] }
      : null;
  const asksWho = quoteWord || a.questionWords.includes(vocabulary.who);
  if (others.length === 0) return asksWho ? { kind: "quotes", speakerIds: [] } : null;
  // "who else besides Putin speaks": the speakers named after it are left out, every other one asked.
  const besides = asksWho && BESIDES.test(words);
  // "What did Peskov and the Foreign Ministry say": every other word names a speaker the article quotes.
  const speakerIds = [...new Set(a.speakers)];
  const allNamed = (tokens: typeof others) => tokens.every((t) => t.term.startsWith("@"));
  const allNamedOrSetAside = (tokens: typeof others) => tokens.every(namedOrSetAside);
  // "кто от России что заявил", "кто из Кремля высказывается": who from Russia or the Kremlin asks for its voices.
  const whoFromRussia =
    asksWho && speakerIds.length > 0 && speakerIds.every((id) => id === "russia" || id === "kremlin");
  if (!besides && !whoFromRussia && allNamed(others) && speakerIds.every((id) => quotedSpeakers.has(id))) {
    return { kind: "quotes", speakerIds };
  }
  // "which (Russian) officials are quoted", "who from Moscow is quoted": every quoted speaker ("what people does
  // Putin speak about" asks whom he mentions; "which Erdogan quotes…" asks his, by the rule above or the ranker).
  const isRosterPeople = (s: string) =>
    isPeopleToken(s) || (vocabulary.peopleWord?.(s) ?? false) || isBody(s);
  // "which turkish leaders are mentioned": the one voice of its side is that person asked (SOLE_OF_THEIR_SIDE).
  const people = others.filter((t) => !SOLE_OF_THEIR_SIDE.has(t.term) && isRosterPeople(t.surface));
  const asksWhoIsQuoted =
    contentSurfaces.includes("quoted") && a.questionWords.some((w) => w === vocabulary.who || w === "which");
  const asksRoster =
    (people.length > 0 && (!/\b(?:about|о|об|про)\b/.test(words) || aboutOnlyStory(a))) ||
    besides ||
    asksWhoIsQuoted ||
    whoFromRussia;
  // "…высказываются по конфликту": the whole story as the topic narrows nothing.
  if (
    asksRoster &&
    allNamedOrSetAside(others.filter((t) => !isRosterPeople(t.surface) && !isStoryTopic(a, t)))
  )
    return { kind: "quotes", speakerIds: [] };
  return null;
}

const NO_CUE_WORDS: ReadonlySet<string> = new Set();

/**
 * The words of the summary cues (global patterns) that `words` holds. Most questions hold none: a test first, so
 * they make no matchAll iterator (it copies the pattern) and no set, garbage of every answer otherwise.
 */
export function cueWordsIn(words: string, cues: readonly RegExp[]): ReadonlySet<string> {
  let out: Set<string> | null = null;
  for (const cue of cues) {
    cue.lastIndex = 0;
    if (!cue.test(words)) continue;
    cue.lastIndex = 0;
    out ??= new Set();
    for (const m of words.matchAll(cue)) for (const w of m[0].split(" ")) out.add(w);
  }
  return out ?? NO_CUE_WORDS;
}

function isSummaryOrQuoteWord(
  a: Analysis,
  term: string,
  cueWords: ReadonlySet<string>,
  vocabulary: IntentWords,
): boolean {
  return a.tokens.some(
    (t) =>
      t.term === term &&
      (vocabulary.summaryWord(t.surface) ||
        vocabulary.quoteWord(t.surface) ||
        PEOPLE_WORDS.has(t.surface) ||
        BODY_WORDS.has(t.surface) ||
        (vocabulary.peopleWord?.(t.surface) ?? false) ||
        (vocabulary.bodyWord?.(t.surface) ?? false) ||
        (vocabulary.mentionWord?.(t.surface) ?? false) ||
        vocabulary.requestWord(t.surface) ||
        NAMING_WORDS.has(t.surface) ||
        cueWords.has(t.surface)),
  );
}
