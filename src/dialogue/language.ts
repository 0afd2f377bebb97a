// Which word lists a message is read with, and the folding every pattern runs on.
import type { Lang } from "../answering/types.js";
import { foldQuestion } from "../lib/fold-question.js";
import { rememberingLast } from "../lib/last-results.js";
import { isRussianText, scriptLanguage } from "../lib/script-language.js";
import type { SmallTalk } from "./types.js";
import { ENGLISH } from "./words-en.js";
import { RUSSIAN } from "./words-ru.js";

/**
 * Whether a reader with its own Russian patterns takes its Russian ones: the chat's language is Russian, or the
 * message holds any Cyrillic letter (a Russian follow-up typed in an English chat).
 */
export function readsAsRussian(text: string, lang: Lang): boolean {
  return lang === "ru" || /\p{Script=Cyrillic}/u.test(text);
}

/** One language's patterns. Each runs on fold()ed text. */
export interface DialogueWords {
  /** The language these lists read. */
  lang: Lang;
  why: RegExp;
  how: RegExp;
  where: RegExp;
  when: RegExp;
  more: RegExp;
  whoSaidThat: RegExp;
  isThatTrue: RegExp;
  /** "Is that a quote from Putin?", "это сказал Песков?": group 1 is the name to check the last answer against. */
  saidBy: RegExp[];
  /** "and Peskov?", "what about the US?": group 1 is the new speaker or topic. */
  switchTo: RegExp;
  /** A message that starts like a question of its own. */
  questionStart: RegExp;
  /** Pronouns for a person (he, his…), a group (they…) and a thing (it): global, with the u flag. */
  personPronouns: RegExp;
  groupPronouns: RegExp;
  thingPronouns: RegExp;
  /** "that guy", "this man": the other person the last answer named; global, with the u flag. */
  thatPerson: RegExp;
  /** "why do…", "how would…": a why/how whose rest may be only pronouns and frame words. */
  whyLead: RegExp;
  howLead: RegExp;
  /** "and why Israel?": group 1 the question word, group 2 the new topic. */
  askSwitch: RegExp;
  /** Words that add nothing to a why/how follow-up ("so", "really", "exactly"). */
  emptyWords: Set<string>;
  /** A yes/no question: starts with an auxiliary verb (English) or holds "ли" (Russian). */
  yesNo: RegExp;
  /** "…or…": an alternative question, not a yes/no one. */
  alternative: RegExp;
  /** Where one message holds two questions. */
  compoundSplit: RegExp;
  /** A question ending in a preposition's object: group 1 is everything up to the object. */
  lastObject: RegExp;
  /** "who did…", "what is…": the question word a "why?" follow-up replaces. */
  leadingQuestionWord: RegExp;
  /** Chat words that carry nothing for the engine ("yo", "lol", "please"); global, with the u flag. */
  fillers: RegExp;
  smallTalk: [SmallTalk, RegExp][];
  templates: {
    why: (question: string) => string;
    how: (question: string) => string;
    where: (question: string) => string;
    when: (question: string) => string;
    speakerAbout: (speaker: string, topic: string) => string;
    articleAbout: (topic: string) => string;
    whoSaidThat: string;
    isThatTrue: string;
    saidBy: (speaker: string) => string;
    more: (title: string) => string;
  };
  possessive: (name: string) => string;
  /** Words that carry no topic (question words, auxiliaries, frames): what is left of a question is its topic. */
  frameWords: Set<string>;
  /** An insult word counts as one when the message addresses the bot, or is very short. */
  insultNeedsAddressee: RegExp;
}

/** The reply's language: a Russian message (src/lib/script-language.ts) in Russian, any other in the reader's. */
export function languageOf(text: string, readerLang: Lang): Lang {
  return isRussianText(text) ? "ru" : readerLang;
}

/** Which word lists read the message: its script, else (a number, an emoji) the reader's language. */
export function parsingLanguageOf(text: string, readerLang: Lang): Lang {
  return scriptLanguage(text) ?? readerLang;
}

export function wordsFor(lang: Lang): DialogueWords {
  return lang === "ru" ? RUSSIAN : ENGLISH;
}

/**
 * Lower case, plain apostrophes, ё as е, single spaces, no punctuation at the ends. A turn's readers fold the same
 * few texts (the message, the answer) again and again: the last few folds are remembered.
 */
export const fold: (text: string) => string = rememberingLast(
  (text) => foldQuestion(text.normalize("NFKC")).replace(/^[\s"'«»“”.,!?…:;-]+|[\s"'«»“”.,!?…:;-]+$/g, ""),
  8,
);

export function wordCount(folded: string): number {
  return folded === "" ? 0 : folded.split(" ").length;
}
