// Reading a message that cannot stand alone against the chat's context: "why?", "and Peskov?", "what did he
// say?". Which follow-up a message is; its readings as stand-alone questions: follow-up-readings.ts.

import { asksHeldView } from "./attribution.js";
import { asksWhyBother } from "./bother-why.js";
import { isRussianClause } from "./clause-switch.js";
import { type DialogueWords, wordCount } from "./language.js";
import { AGREEING_RU, REACTING_RU } from "./reaction.js";
import type { SpeakerNames } from "./speakers.js";
import { thatPointClause } from "./that-point-clause-ru.js";
import { asksArticleTopic } from "./topic-denied.js";
import type { FollowUpKind } from "./types.js";

export type FollowUp =
  | { kind: "why" | "how" | "where" | "when" | "more" | "who-said-that" | "is-that-true" }
  | { kind: "speaker-switch"; speakerId: string }
  /** "Is that a quote from Putin?": whether the last answer's words are that speaker's. */
  | { kind: "said-by"; speakerId: string; name: string; view: boolean }
  | { kind: "topic-switch"; topic: string }
  /** "and why Israel?": a question word and a new topic, read with the context's speaker. */
  | { kind: "asked-switch"; questionWord: string; topic: string };

/** "why do they claim that?", "why would he say so?": a why with nothing of its own but pronouns and frames. */
function onlyAsks(folded: string, lead: RegExp, words: DialogueWords, speakers: SpeakerNames): boolean {
  const m = lead.exec(folded);
  if (!m) return false;
  const rest = folded.slice(m[0].length);
  if (speakers.namedIn(rest).length > 0) return false;
  const pronouns = [words.personPronouns, words.groupPronouns, words.thingPronouns].reduce(
    (t, r) => t.replace(r, " "),
    rest,
  );
  return pronouns
    .split(" ")
    .filter(Boolean)
    .every((w) => words.frameWords.has(w) || words.emptyWords.has(w));
}

/** «с израилем как», «у хамаса что там»: a preposition, a word or two, then «как»/«что» (and «там»/«же») alone. */
const TRAILING_HOW_RU =
  /(?<=^(?:с|со|у|про|о|об|к|ко|насч[её]т) \p{L}+(?: \p{L}+)?) (?:как|что|чего)(?: (?:там|же|тогда|дела))?$/u;

const SAID_BY_LEAD = /^(?:(?:and|so|but|ok|okay|wait|then|а|и|так|ну)[, ]+)+/u;

/**
 * "is that the kremlin's view too?", "is that also putin's view?", «это тоже позиция кремля?»: "too" asks the same
 * thing as without it — whose the last answer's words are (dialog40, d104-03) — so it is taken off first.
 */
const ALSO = /(?<!\p{L})(?:too|also|as well|тоже|также)(?!\p{L})/gu;
const withoutAlso = (text: string) => text.replace(ALSO, " ").replace(/\s+/g, " ").trim();

/** "Was that Peskov?", "это слова Путина?": the pattern's name must be one speaker and nothing else. */
function saidByOf(folded: string, words: DialogueWords, speakers: SpeakerNames): FollowUp | null {
  // "and was it peskov who said that?": the chat's lead word asks nothing (dialog44).
  const bare = withoutAlso(folded.replace(SAID_BY_LEAD, ""));
  for (const pattern of words.saidBy) {
    const name = pattern.exec(bare)?.[1]?.trim();
    if (!name) continue;
    const named = speakers.namedIn(name);
    if (named.length !== 1) continue;
    // "а сам Путин про это говорил?": "сам"/"лично" stress the person, they name no one else.
    const rest = `${name.slice(0, named[0]!.start)} ${name.slice(named[0]!.end)}`
      .replace(/\b(?:the|mr)\b/g, "")
      .replace(/(?<!\p{L})(?:сам|сама|сами|лично)(?!\p{L})/gu, "");
    if (rest.trim() === "")
      return { kind: "said-by", speakerId: named[0]!.id, name, view: asksHeldView(folded) };
  }
  // "wasn't it Lavrov who said that?", «разве это не Захарова сказала?»: a voice the article never names; its
  // name as typed stands for it (no voice of the article is the same), so the reply is No (other-voice.ts).
  const other = speakers.otherVoiceIn(folded, words.lang);
  // "the defense ministry", "Lavrov", "Захарова": a body keeps its article, a name its capital.
  const body = /(?<!\p{L})(?:ministry|office|department|agency)(?!\p{L})/u;
  const name = other
    ? body.test(other)
      ? `the ${other}`
      : other.replace(/^\p{L}/u, (c) => c.toUpperCase())
    : null;
  return name ? { kind: "said-by", speakerId: name, name, view: false } : null;
}

/** The longest "and X?" that still reads as a switch rather than a question of its own. */
const MAX_SWITCH_WORDS = 6;

/** A verb of saying or holding a view, after "а что …": with a voice's name the words ask about that voice. */
const VOICE_VERB =
  /(?<!\p{L})(?:сказал\p{L}*|говор\p{L}*|заявил\p{L}*|заявля\p{L}*|счита\p{L}*|дума\p{L}*|хоч\p{L}*|хот\p{L}*|предлага\p{L}*|предложил\p{L}*|ответил\p{L}*|отвеча\p{L}*|said|says|say|thinks?|wants?)(?!\p{L})/u;

const VOICE_ASKED = /^(?:а|и|но)[, ]+(?:что|как) (?!насч[её]т )/u;

/** Which follow-up a folded message is, if it is one at all (context or not). */
export function followUpOf(folded: string, words: DialogueWords, speakers: SpeakerNames): FollowUp | null {
  // "а статья вообще про сирию?", "and is the article about ukraine?": the article's topic, asked alone (dialog51).
  if (asksArticleTopic(folded, words.lang)) return null;
  if (words.why.test(folded) || onlyAsks(folded, words.whyLead, words, speakers)) return { kind: "why" };
  // "why does moscow bother?", «зачем москве это?»: a bare why in chat words (bother-why.ts).
  if (asksWhyBother(folded, speakers)) return { kind: "why" };
  if (words.how.test(folded) || onlyAsks(folded, words.howLead, words, speakers)) return { kind: "how" };
  if (words.where.test(folded)) return { kind: "where" };
  if (words.when.test(folded)) return { kind: "when" };
  if (words.more.test(folded)) return { kind: "more" };
  if (words.whoSaidThat.test(folded)) return { kind: "who-said-that" };
  const saidBy = saidByOf(folded, words, speakers);
  if (saidBy) return saidBy;
  if (words.isThatTrue.test(folded)) return { kind: "is-that-true" };
  // "а что сказал Песков?": a voice and its verb are a question of their own, not a topic beside the last one.
  if (VOICE_ASKED.test(folded) && VOICE_VERB.test(folded) && speakers.namedIn(folded).length > 0) return null;
  const asked = words.askSwitch.exec(folded);
  // "а что он сказал?", "а кто ещё туда входит?": a pronoun is resolved in place, not a new topic beside the speaker.
  if (
    asked?.[1] &&
    asked[2] &&
    wordCount(asked[2]) <= 4 &&
    !words.questionStart.test(asked[2]) &&
    !hasPronoun(asked[2], words) &&
    // "and what about peskov?": a voice alone after "what about" is the speaker switch below, not "what Putin peskov".
    !(/(?<!\p{L})what about /u.test(folded) && onlyNamesIn(asked[2], speakers))
  ) {
    return { kind: "asked-switch", questionWord: asked[1], topic: asked[2] };
  }
  // «а с израилем как?», «а у палестинцев что?»: a party after its preposition, the question word trailing — the
  // last question asked of that party, as «а с израилем?» (dialog53, d47-29).
  const typedSwitch = words.switchTo.exec(folded)?.[1]?.trim();
  const switched =
    words.lang === "ru" && typedSwitch ? typedSwitch.replace(TRAILING_HOW_RU, "") : typedSwitch;
  const target = switched ?? (wordCount(folded) <= 3 ? folded : null);
  if (!target || wordCount(target) > MAX_SWITCH_WORDS || words.questionStart.test(target)) return null;
  // Russian puts the question word anywhere: "а курс доллара какой?", "а Кремль что говорит?" ask on their own.
  if (words.lang === "ru" && questionWordInside(words).test(target) && !onlyQuestionWords(target, words))
    return null;
  // "а Вашингтон ответил?" (a reaction), "а Кремль поддерживает связь с…?" (a clause): questions of their own.
  if (
    words.lang === "ru" &&
    (REACTING_RU.test(target) || AGREEING_RU.test(target) || isRussianClause(target))
  )
    return null;
  if (words.lang === "ru" && thatPointClause(target)) return null; // «и это спорно?» (that-point-clause-ru.ts)
  // "а они назвали страны?": a question of its own about "them", read with the pronoun resolved instead; so is
  // "а Россия туда входит?" ("туда" is the last topic).
  const pronoun = [words.personPronouns, words.groupPronouns].some((r) => unglobal(r).test(target));
  if ((pronoun && speakers.namedIn(target).length === 0) || PLACE_PRONOUNS.test(target)) return null;
  const named = speakers.namedIn(target);
  if (onlyNamesIn(target, speakers) && named[0]) return { kind: "speaker-switch", speakerId: named[0].id };
  // A bare word or two with no "what about" is a keyword query, not a switch: the engine reads it alone.
  return switched ? { kind: "topic-switch", topic: switched } : null;
}

/** The text names one or more voices and nothing else ("peskov", "the kremlin and peskov"); a chat word after
 * them asks nothing ("what about peskov then?", "а песков тогда?"). */
function onlyNamesIn(text: string, speakers: SpeakerNames): boolean {
  const named = speakers.namedIn(text);
  return (
    named.length > 0 &&
    stripSpans(text, named)
      .replace(/\b(?:the|and|и)\b/g, "")
      .replace(SWITCH_FILLER, "")
      .trim() === ""
  );
}
const SWITCH_FILLER = /(?<!\p{L})(?:then|though|tho|now|here|тогда|теперь|же)(?!\p{L})/gu;

/** Pronouns of people, groups and things, and Russian "туда"/"там" ("there"): words pointing back at the context. */
export const PLACE_PRONOUNS = /(?<!\p{L})(?:туда|там)(?!\p{L})/u;
function hasPronoun(text: string, words: DialogueWords): boolean {
  return (
    [words.personPronouns, words.groupPronouns, words.thingPronouns].some((r) => unglobal(r).test(text)) ||
    PLACE_PRONOUNS.test(text)
  );
}

/** "о чём", "с кем", "про что": question words and prepositions only, a follow-up on the last answer. */
function onlyQuestionWords(target: string, words: DialogueWords): boolean {
  const inside = questionWordInside(words);
  return target
    .split(" ")
    .every(
      (w) =>
        /^(?:о|об|про|с|со|за|на|в|к|для|от|у|ещ[её]|шла|идет|ид[её]т|речь|был|разговор)$/u.test(w) ||
        inside.test(w) ||
        words.frameWords.has(w),
    );
}

/**
 * The word lists' pronoun patterns are global (/g, for replace): `replace` starts a global pattern at 0 and leaves
 * it at 0, so they are used as they are; `test` moves lastIndex, so it reads a copy without g, made once per
 * pattern (the copy per call this replaced allocated a RegExp per turn).
 */
const unglobalCache = new WeakMap<RegExp, RegExp>();
function unglobal(r: RegExp): RegExp {
  let copy = unglobalCache.get(r);
  if (!copy) {
    copy = new RegExp(r.source, r.flags.replace("g", ""));
    unglobalCache.set(r, copy);
  }
  return copy;
}

const insideCache = new WeakMap<DialogueWords, RegExp>();
/** The language's question words anywhere in the text, not only at its start. */
function questionWordInside(words: DialogueWords): RegExp {
  let r = insideCache.get(words);
  if (!r) {
    r = new RegExp(words.questionStart.source.replace(/^\^/, "(?<!\\p{L})"), "u");
    insideCache.set(words, r);
  }
  return r;
}

export function stripSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start))
    out = `${out.slice(0, s.start)} ${out.slice(s.end)}`;
  return out.replace(/\s+/g, " ").trim();
}

export const FOLLOW_UP_KINDS: readonly FollowUpKind[] = [
  "why",
  "how",
  "where",
  "when",
  "more",
  "speaker-switch",
  "topic-switch",
  "pronoun",
  "who-said-that",
  "is-that-true",
];
