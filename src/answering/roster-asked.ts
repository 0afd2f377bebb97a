// The roster asked without a word of saying: "who are the key figures in this story", "how many people does the
// article name", "the speakers?", "which russian bodies are cited". detectIntent (intents.ts) asks this when the
// question holds no saying word; with one, its own rules decide.

import { lean } from "../lib/lean-regexp.js";
import type { Analysis } from "./lexicon.js";

/** Who-nouns beside a saying word ask for the roster: "which officials are quoted", "what people speak". */
export const PEOPLE_WORDS = new Set(
  "official officials people person persons speaker speakers voice voices figure figures leader leaders politician politicians".split(
    " ",
  ),
);
/** The article naming people, not anyone saying something: "every person the article names", "the people it features". */
const NAMES_ROSTER = lean(
  /\b(?:names|named|naming|feature|features|featured|cite|cites|cited|appear|appears|involved)\b/,
);
export const NAMING_WORDS = new Set(
  "name names named naming feature features featured cite cites cited appear appears involved u".split(" "),
);
/** A count of the people the piece names or quotes: "how many people does the article name". */
const HOW_MANY_NAMED = lean(
  /\bhow many (?:people|persons|individuals|officials|leaders|politicians|figures|names|speakers|voices)\b.*\b(?:name|names|named|mention|mentions|mentioned|feature|features|featured|quote|quotes|quoted|cite|cites|cited)\b/,
);
/** How much a person counts, beside a who-noun: "the key figures", "the main people". */
const RANK_WORDS = new Set(["key", "main", "important", "major", "principal", "central"]);

/** The voices themselves asked for ("break down each voice in the article", "the speakers?"): the roster. */
const VOICE_WORDS = new Set(["voice", "voices", "speaker", "speakers"]);

/**
 * A who-noun, alone or closing a speaker's alias in the plural ("russian officials" is one alias of Moscow, yet
 * "which russian officials get mentioned" asks for the officials, every one of them).
 */
export function isPeopleToken(surface: string): boolean {
  if (PEOPLE_WORDS.has(surface)) return true;
  // A plural only: "turkey leader" is one person's alias (Erdogan), "russian officials" a class.
  const space = surface.lastIndexOf(" ");
  if (space < 0) return false;
  const last = surface.slice(space + 1);
  return last.endsWith("s") && PEOPLE_WORDS.has(last);
}

/** What detectIntent already read of the question's people: its who-word and the readers of its people nouns. */
export interface RosterReaders {
  who: string;
  isPeople(surface: string): boolean;
  isBody(surface: string): boolean;
  namedOrSetAside(t: { term: string; surface: string }): boolean;
}

/** Whether a question without a saying word asks for the roster; `others` are its words that are not cue words. */
export function asksRosterUnsaid(
  a: Analysis,
  words: string,
  others: readonly { term: string; surface: string }[],
  { who, isPeople, isBody, namedOrSetAside }: RosterReaders,
): boolean {
  // "the speakers?", "who are all the russian voices in the piece", "every person the article names": the roster.
  // "who are the key figures in this story", "which officials does the article feature": people of the piece.
  const asksWhoOfPiece =
    a.questionWords.some((w) => w === who || w === "which") &&
    (NAMES_ROSTER.test(words) || /\b(?:article|story|piece|text|report)\b/.test(words));
  // "who is featured in the story", "who appears in the article", "who is named": whoever the piece names.
  // Without a word for the piece, "who is involved" asks for the warring parties, not the roster.
  const namesPiece = /\b(?:article|story|piece|text|report)\b/.test(words);
  if (
    a.questionWords.includes(who) &&
    NAMES_ROSTER.test(words) &&
    (namesPiece || !/\binvolved\b/.test(words)) &&
    others.every((t) => NAMING_WORDS.has(t.surface))
  )
    return true;
  // "how many people does the article name": the roster is the count.
  if (HOW_MANY_NAMED.test(words) && others.every((t) => isPeople(t.surface) || NAMING_WORDS.has(t.surface)))
    return true;
  const rosterWords = others.filter(
    (t) =>
      VOICE_WORDS.has(t.surface) ||
      ((NAMES_ROSTER.test(words) || asksWhoOfPiece) &&
        // "which russian bodies are cited": the Russian state's bodies (the Kremlin, its ministry) speak too.
        (isPeopleToken(t.surface) || isBody(t.surface)) &&
        // "which figures does the article give" asks for numbers; "who are the key figures" for people.
        (!/\bfigures?$/.test(t.surface) || a.questionWords.includes(who))),
  );
  const voices =
    rosterWords.length > 0 &&
    others.every(
      (t) =>
        rosterWords.includes(t) ||
        namedOrSetAside(t) ||
        NAMING_WORDS.has(t.surface) ||
        (asksWhoOfPiece && RANK_WORDS.has(t.surface)),
    );
  return voices;
}
