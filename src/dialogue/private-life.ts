// Kind: a person of the story asked about his private life or his travels mid-chat — "whats erdogan's favourite
// football team", "what football club does he support", «а какая у него любимая еда», «а сам путин когда последний
// раз был в израиле?», "has putin ever been to israel". The article names the person but says nothing of that; in
// the chat the question was placed by its one known word (the name) on the last answer (the call's card, d76-16#3;
// who Peskov is), or the engine's ranking put it on the casualties ("been to israel" → Yes, concern in Israel). Read
// by off-story-asked.ts, which refuses it as the engine refuses an off-topic question, whatever the context.
// - private life: only a wh-question (a yes/no "is peskov married?" keeps the verdict readers' path); family words
//   only with an owner ("his kids", "putin's wife": "does putin care about the kids in gaza" is the story's);
// - travels: a visit to a place (a country, Gaza), any question form ("Путин ездил к Эрдогану?" is the call's: a
//   person, no place).

import { FAMILY_WORDS_EN, PRIVATE_WORDS_EN } from "../answering/private-life-words.js";
import type { Lang } from "../answering/types.js";
import { foldQuestion } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import { countryOf } from "./countries.js";
import type { SpeakerNames } from "./speakers.js";

/** The engine's list (private-life-words.ts), read in the chat's raw words. */
const PRIVATE_EN = lean(new RegExp(`(?<!\\p{L})${PRIVATE_WORDS_EN}(?!\\p{L})`, "u"));
const FAMILY_EN = lean(
  new RegExp(`(?<!\\p{L})(?:his|her|\\p{L}+'s|have|has|got) (?:any )?${FAMILY_WORDS_EN}(?!\\p{L})`, "u"),
);
const PRIVATE_RU =
  /(?<!\p{L})(?:любим\p{L}*|хобби|увлечени\p{L}*|женат|замужем|зарплат\p{L}*|религи\p{L}*|футбол\p{L}*|хокке\p{L}*|болеет за)(?!\p{L})/u;
/** «у него есть дети», «его жена», «сколько у путина детей»: family words with an owner («погибших детей» is the story's). */
const FAMILY_RU = lean(
  /(?<!\p{L})(?:у (?:него|нее|\p{L}+а) (?:есть )?|(?:его|е[её]) )(?:\p{L}+ )?(?:дет(?:и|ей)|жен(?:а|ы|у|ой)|муж(?:а|ем)?|внук\p{L}*|родител\p{L}*)(?!\p{L})/u,
);
/** "who's his favourite side": the story's sides and outcomes, not a private taste. */
const STORY_TASTE =
  /(?<!\p{L})(?:sides?|part(?:y|ies)|solution|option|outcome|plan|сторон\p{L}*|решени\p{L}*|вариант\p{L}*)(?!\p{L})/u;
const WH_EN =
  /^(?:(?:and|so|ok|okay|btw|also|but|well|haha|lol|wait)[,.!]* )*(?:what|whats|what's|which|who|whos|who's|where|how)(?!\p{L})/u;
const WH_RU =
  /(?<!\p{L})(?:кто|что|какой|какая|какое|какие|какую|каков\p{L}*|сколько|где|как|чем|за кого)(?!\p{L})/u;

/** "visit israel", "been to gaza", "trip to turkey": the place after a verb of travel. */
const VISIT_EN = lean(
  /(?<!\p{L})(?:visit|visits|visited|visiting|been to|gone to|went to|travell?ed to|flown to|flew to|trip to|visit to|last in|ever in)(?: (?:the|a))? (\p{L}+)/u,
);
const VISIT_RU = lean(
  /(?<!\p{L})(?:был|бывал|ездил|ездит|приезжал|прилетал|летал|посещал|посетил|побывал|съездил|визит\p{L}*)(?: [\p{L}-]+){0,2}? (?:в|во|на) (\p{L}+)/u,
);
const GAZA = /^(?:gaza|west|газ[аеуы]|западн\p{L}*)$/u;
const PRONOUN_EN = /(?<!\p{L})(?:he|his|him|she|her|hes|he's)(?!\p{L})/u;
const PRONOUN_RU = /(?<!\p{L})(?:он|она|его|ему|него|сам|сама|е[её]|ней)(?!\p{L})/u;

/** True when the message asks a person's private life or travels, which the article never gives. */
export function privateLifeAsked(text: string, lang: Lang, speakers: SpeakerNames): boolean {
  if (text.length > 120) return false;
  const ru = lang === "ru" || /\p{Script=Cyrillic}/u.test(text);
  const t = foldQuestion(text);
  const named = speakers.namedIn(t).some((n) => speakers.isPerson(n.id));
  if (!named && !(ru ? PRONOUN_RU : PRONOUN_EN).test(t)) return false;
  const place = (ru ? VISIT_RU : VISIT_EN).exec(t)?.[1];
  if (place && (countryOf(place) !== null || GAZA.test(place))) return true;
  if (STORY_TASTE.test(t)) return false;
  if (ru) return WH_RU.test(t) && (PRIVATE_RU.test(t) || FAMILY_RU.test(t));
  return WH_EN.test(t) && (PRIVATE_EN.test(t) || FAMILY_EN.test(t));
}
