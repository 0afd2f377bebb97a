// Pronouns read against the chat's context: "what did he say?" -> "what did Erdogan say?" (the last speaker or the
// other person the answer named), "what is it for?" -> the last topic. A stand-alone question the engine can answer.
import type { Lang } from "../answering/types.js";
import { PLACE_PRONOUNS } from "./follow-up.js";
import { groupOfMembersTopic } from "./group-it.js";
import { personForGroupHe } from "./he-of-group.js";
import type { DialogueWords } from "./language.js";
import { onOnesOwn } from "./on-ones-own.js";
import { ownedTopic } from "./owned-topic.js";
import { aboutItRu, thereAsPlaceRu, toThereAsRegion } from "./place-pronoun.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext } from "./types.js";

/**
 * A question whose subject is a pronoun, read with the context's speaker in its place ("what did he say?" ->
 * "what did Erdogan say?"). Null when the question names someone itself or has no pronoun to resolve.
 */
export function resolvePronouns(
  folded: string,
  context: DialogueContext | null,
  words: DialogueWords,
  speakers: SpeakerNames,
  lang: Lang,
): string | null {
  if (!context) return null;
  // A pronoun after a name may be that name's ("did Putin say he…"): only those before the first name are read.
  const firstName = speakers.namedIn(folded)[0]?.start ?? folded.length;
  let replaced = false;
  const replaceBefore = (text: string, pattern: RegExp, by: (m: string) => string) =>
    text.replace(pattern, (m: string, ...rest: unknown[]) => {
      const at = rest.find((x) => typeof x === "number") as number;
      // "on its own", "by themselves": an idiom of doing alone, not a pointer at the last speaker.
      if (at >= firstName || onOnesOwn(text, at, m)) return m;
      replaced = true;
      return by(m);
    });
  let out = folded;
  // "Where's that guy from?": the other person the last answer named (Erdogan, after Putin's call).
  if (context.otherPersonId) {
    const other = speakers.shortName(context.otherPersonId, lang);
    out = replaceBefore(out, words.thatPerson, () => other);
  }
  // "what did he tell him?" after Putin's call: "he" the speaker, "him" the other person on it (dialog50).
  if (context.otherPersonId) {
    const other = speakers.shortName(context.otherPersonId, lang);
    const span = lang === "en" ? BOTH_ENDS.exec(out)?.indices?.[1] : undefined;
    if (span) {
      out = `${out.slice(0, span[0])}${other}${out.slice(span[1])}`;
      replaced = true;
    }
  }
  // "what did he say?" after the Kremlin's spokesman was named: the person, not the Kremlin (he-of-group.ts).
  const id = personForGroupHe(folded, context, speakers, lang) ?? context.speakerId;
  const person = id !== null && speakers.isPerson(id);
  if (id) {
    const name = speakers.shortName(id, lang);
    const possessive = /^(his|her|their|its|его|ее|их)$/u;
    // "so they pitch themselves as…": a reflexive after the subject stays reflexive ("the Kremlin pitch itself as…",
    // not "…pitch the Kremlin as…", which the readers took for a claim about another party; dialog28, d52-14#2).
    const reflexive = /^(himself|herself|themselves)$/u;
    let named = false;
    const swap = (m: string) => {
      if (reflexive.test(m) && named) return person ? m : "itself";
      named = true;
      return possessive.test(m) && lang === "en" ? words.possessive(name) : name;
    };
    // «по его мнению» -> «по мнению Путина», not «по Путин мнению» (which found the no-detailed-plan card, d80-38#2).
    const frame = lang === "ru" && person && firstName === folded.length ? opinionOf(name) : null;
    if (frame && VIEW_FRAME_RU.test(out)) {
      out = out.replace(VIEW_FRAME_RU, (_m, noun: string) => `по ${noun} ${frame}`);
      replaced = true;
    }
    // «а какая у неё роль?» after «Путин упомянул роль самой России?»: «она» is no man; the party the last question
    // named whose Russian name is feminine (Москва) is meant (d83-37#2).
    const she = lang === "ru" && person && opinionOf(name) ? feminineParty(context.question, speakers) : null;
    if (she) out = replaceBefore(out, FEMININE_RU, () => she);
    out = replaceBefore(out, person ? words.personPronouns : words.groupPronouns, swap);
    // "What did they talk about?" after Putin's call with Erdogan: "they" are the two people the answer named.
    if (person && context.otherPersonId) {
      const other = speakers.shortName(context.otherPersonId, lang);
      out = replaceBefore(out, PAIR_PRONOUN, () =>
        lang === "ru" ? `${name} и ${other}` : `${name} and ${other}`,
      );
    }
    // An institution may be "it": "what does it want?" after the Kremlin; in Russian "он"/"она" as well
    // (Кремль, МИД — он; Москва — она): the grammatical gender of its name, not a person.
    // "does it say who's to blame?" after the Foreign Ministry: "it" saying who or why is the article (dialog27).
    // "is he against it?" after Russia's view: "he" is someone else and "it" the thing he is for or against, never
    // the institution (read as "is he against Moscow?" it was a false Yes, d51-08#3).
    const objectIt = lang === "en" && PERSON_SUBJECT_EN.test(folded);
    // "could it actually spread beyond the region?" after the Foreign Ministry: "it" spreading is the crisis, never
    // the institution (read as the ministry spreading, the spread's Yes was lost; dialog43b, d108-07#3).
    if (!person && !objectIt && !ARTICLE_IT_ASKS.test(folded) && !SPREADING_IT_EN.test(folded))
      out = replaceBefore(out, words.thingPronouns, swap);
    if (!person && lang === "ru") out = replaceBefore(out, words.personPronouns, swap);
  }
  // "did he say anything about civilians?" after the story's summary: "he" is its lead (summary-lead in
  // dialogue-context.ts); "it", "they" and the speaker switches stay unread as before.
  if (!id && context.leadPersonId) {
    const lead = speakers.shortName(context.leadPersonId, lang);
    out = replaceBefore(out, words.personPronouns, () => lead);
  }
  // "what country does he lead again" after "whats erdogans view on the ceasefire", whose card has no speaker: "he"
  // is the one person it named (dialog33b; the engine read a bare "he" as Putin).
  if (!id && !context.leadPersonId && context.otherPersonId) {
    const other = speakers.shortName(context.otherPersonId, lang);
    out = replaceBefore(out, words.personPronouns, () => other);
  }
  return replaced ? out : null;
}

/** "it" doing what a conflict does (spread, spill over, escalate), with up to two words between: the crisis. */
const SPREADING_IT_EN =
  /(?<!\p{L})it (?:\p{L}+ ){0,2}(?:spread\p{L}*|spill\p{L}*|extend\p{L}*|escalat\p{L}*|widen\p{L}*|expand\p{L}*|go beyond|grow beyond)(?!\p{L})/u;

/** A person as the subject ("is he…", "does she…"): an "it" beside it is an object, not an institution. */
const PERSON_SUBJECT_EN = /(?<!\p{L})(?:he|she)(?!\p{L})/u;

/** "does it say who…", "did it explain why…": "it" telling an indirect question is the article, not an institution. */
const ARTICLE_IT_ASKS =
  /(?<!\p{L})(?:does|did|do) it (?:(?:actually|even|really) )?(?:say|mention|tell(?: us| me)?|explain|specify|clarify|name)\s+(?:who|whos|who's|whom|whose|why|whether|if|how|which|what|anything|anyone)(?!\p{L})/u;

/** A subject pronoun, then the object one (group 1): two people, the speaker and the other one on his call.
 * English only: a Russian object pronoun's case would need the name declined («ему» → «Эрдогану»). */
// Not before "about": "what did he tell him about the US?" asks for his words on that topic, which the call's entry
// does not hold (dialogues-own4 o4-en-14).
const BOTH_ENDS = /(?<!\p{L})he (?:\p{L}+ ){0,3}?(him)(?!\p{L})(?! about )/du;

/** "they" / "они" as a subject: two people the last answer named, not one of them. */
const PAIR_PRONOUN =
  /(?<!\p{L})(?:the two of them|both of them|the two leaders|the two men|the two|they|они оба|оба|эти двое|они)(?!\p{L})/u;

/** "it" doing what only a text does ("does it mention…", "what does it say about…"): the article, not the topic. */
const ARTICLE_IT =
  /(?<!\p{L})(?:it|this|that) (?:mention|mentions|mentioned|say|says|said|report|reports|reported|cover|covers|describe|describes|list|lists|name|names|talk about|talks about|tell us|tells us)(?!\p{L})/u;

/**
 * "one" last, after a verb of asking for: "who even asked for one" after a question on the ceasefire (d60-05)
 * stands for the last topic as "it" does. Only at the end ("which one", "no one", "one of" are not it), and not
 * after "wants" ("but the kremlin wants one?" after Russia's own role: a role, not the last topic's words).
 */
const ONE_LAST =
  /(?<!\p{L})((?:asked|asking|ask|asks|call|calls|called|calling|push|pushes|pushed|pushing|press|pressed|pressing|beg|begged|begging|lobbied|lobbying) for) one$/u;

/** "they blew it", "screwed it up": the idiom's "it" points at nothing (read as "failed", claims phrasal-verbs.ts). */
const IDIOM_IT =
  /(?<!\p{L})(?:blow|blows|blew|blown|blowing|screw|screws|screwed|screwing|mess|messes|messed|messing) $/u;

/** A verb of saying or holding right before "it": "moscow says it's ready", "does the kremlin think it can help". */
const SAID_OF_ITSELF =
  /(?<!\p{L})(?:say|says|said|claim|claims|claimed|think|thinks|thought|believe|believes|insist|insists|promise|promises|feel|feels) $/u;

/** "What is it for?" after "who is in the Quartet?": "it" stands for the last topic (not for a speaker). */
export function resolveTopic(
  folded: string,
  context: DialogueContext | null,
  words: DialogueWords,
  speakers: SpeakerNames,
): string | null {
  if (!context?.topic) return null;
  if (ONE_LAST.test(folded)) return resolveTopic(folded.replace(ONE_LAST, "$1 it"), context, words, speakers);
  // "там", "туда" point at the last topic whoever spoke: "а Россия туда входит?" after the Quartet.
  // A topic that names no place is no destination: «туда» is then the region (place-pronoun.ts).
  // «кто там воюет?»: «там» is the topic's place on the map, or the region (place-pronoun.ts).
  if (PLACE_PRONOUNS.test(folded))
    return (
      toThereAsRegion(folded, context.topic) ??
      thereAsPlaceRu(folded, context.topic) ??
      folded.replace(PLACE_PRONOUNS, context.topic)
    );
  if (context.speakerId !== null && !speakers.isPerson(context.speakerId)) return null;
  // «путин про него что-то сказал?» after what the Quartet is: with no person in the chat, «про него» is the topic.
  const about = context.speakerId === null ? aboutItRu(folded, context.topic) : null;
  if (about) return about;
  // "Which bodies does it mention?" after the Quartet: what mentions, reports or describes is the article.
  if (ARTICLE_IT.test(folded)) return null;
  // "why was it created?" after who is in the Quartet: "it" is the group (group-it.ts).
  const group = groupOfMembersTopic(context.topic, words.lang);
  const firstName = speakers.namedIn(folded)[0]?.start ?? folded.length;
  let replaced = false;
  const out = folded.replace(words.thingPronouns, (m: string, ...rest: unknown[]) => {
    const at = rest.find((x) => typeof x === "number") as number;
    if (onOnesOwn(folded, at, m) || IDIOM_IT.test(folded.slice(Math.max(0, at - 12), at))) return m;
    // "what does moscow say its ready to do": "it" said of itself by the voice named before it, not the last topic.
    if (firstName < at && SAID_OF_ITSELF.test(folded.slice(Math.max(0, at - 12), at))) return m;
    replaced ||= group !== "";
    return group === "" ? m : (group ?? ownedTopic(context.question, context.topic));
  });
  return replaced ? out : null;
}

/** «по его мнению», «по её словам»: a voice's frame, whose owner goes after the noun in the genitive. */
const VIEW_FRAME_RU = /(?<!\p{L})по (?:его|её|ее) (мнению|словам|версии|оценке)(?!\p{L})/u;
/** A man's surname ending in a consonant takes -а in the genitive (Путин -> Путина, Песков -> Пескова); any
 *  other name is left alone (the frame stays as asked). */
export function opinionOf(name: string): string | null {
  return /^\p{Lu}\p{Ll}+[бвгдзклмнпрстфхц]$/u.test(name) ? `${name}а` : null;
}

const FEMININE_RU = /(?<!\p{L})(?:она|н?е[её]|н?ей)(?!\p{L})/gu;
/** The one party (not a person) the question names whose Russian name is feminine: «Москва». */
function feminineParty(question: string, speakers: SpeakerNames): string | null {
  const names = speakers
    .namedIn(question)
    .filter((n) => !speakers.isPerson(n.id))
    .map((n) => speakers.shortName(n.id, "ru"))
    .filter((n) => /[ая]$/u.test(n));
  return names.length > 0 && names.every((n) => n === names[0]) ? names[0]! : null;
}
