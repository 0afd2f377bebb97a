// Kind: which country a person of the story is from or works for, asked yes/no with a country ("Erdogan is from
// Russia?", "so he's a Russian official?", "Peskov works for the Turkish government?", "он из Турции?", "он работает
// на Турцию?", "Эрдоган — российский политик?", "Erdogan runs Iran, doesn't he?"). identity.ts reads offices ("is he
// the Russian president?"); a bare nationality or employer is no office, so these got "doesn't say" or no verdict.
// The article gives each person's country in the role it names them by ("Turkish leader", "Russian spokesperson,
// speaking for the Kremlin"): the asked country is Yes where it is that role's country, No where the role names
// another. A person whose role names no country, or a question with more in it than the country, is left alone.
import type { Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { countryOf, roleCountry } from "./countries.js";
import { type IdentityAsked, type PersonAskedContext, personAsked } from "./identity.js";
import type { SpeakerNames } from "./speakers.js";

/** A plain nationality noun after the country adjective: "a Russian official", "турецкий политик". */
const PERSON_NOUN_EN =
  "(?: (?:official|politician|diplomat|national|citizen|guy|man|woman|person|figure|representative|leader|spokesperson|spokesman))?";
const PERSON_NOUN_RU =
  "(?: (?:чиновник|политик|дипломат|гражданин|человек|деятель|представитель|подданный))?";
const TAG_EN =
  "(?:,? (?:right|then|too|really|correct|no|yes|yeah|eh|huh|(?:does|is|did|was)n'?t (?:he|she)|is that (?:right|so)))?";
/** «ведь», «же», «вроде», «случайно»: a particle of the asker's guess after the person, nothing asked of it. */
const PARTICLE_RU = "(?:(?:ведь|же|вроде|вроде бы|случайно|часом) )?";
const TAG_RU = "(?:,? (?:да|ли|же|что ли|верно|правда|так|тоже|нет))?";
/** "in this", "here", "in the story": where the person is asked about, no part of the country. */
const PLACE_EN = "(?: (?:here|in this|in (?:this|the) (?:story|article|piece)))?";
const LEAD_EN = "^(?:(?:so|and|but|wait|then|ok|okay)[, ]+)*";
/** «правда ли, что он из турции»: the rewrite of «он из турции да?» (a guess with its tag) as a truth question. */
const LEAD_RU = "^(?:(?:а|и|так|значит|то есть|погоди|правда ли,? что)[, ]+)*";

const ASKED_EN = [
  // "Erdogan is from Russia?", "is he from turkey?", "so he's a Russian official?", "he's Turkish?"
  new RegExp(
    `${LEAD_EN}(?:(?:is|was) )?(.{2,40}?)(?:'s| is| was)? (?:(?:really|actually|also|even) )?(?:from (?:the )?(\\p{L}+)|(?:an? )?(\\p{L}+)${PERSON_NOUN_EN})${TAG_EN}$`,
    "u",
  ),
  // "Peskov works for the Turkish government?", "does he work for Russia?"
  new RegExp(
    `${LEAD_EN}(?:(?:does|did) )?(.{2,40}?) (?:(?:really|actually|also) )?(?:works?|worked|working|is working) for (?:the )?(\\p{L}+)(?: (?:government|state|leadership|side|president|authorities))?${TAG_EN}$`,
    "u",
  ),
  // "is he speaking for the kremlin?", "so he talks on behalf of russia?", "does Peskov represent Turkey?": the voice
  // a person's role gives them is of that role's country (the Kremlin is Russia's).
  new RegExp(
    `${LEAD_EN}(?:(?:does|did|is|was) )?(.{2,40}?) (?:(?:really|actually|also) )?(?:(?:speak|talk|act)(?:s|ing)? (?:for|on behalf of)|spoke for|represent(?:s|ed|ing)?) (?:the )?(\\p{L}+)(?: (?:government|state|leadership|side|authorities))?${TAG_EN}$`,
    "u",
  ),
  // "Erdogan runs Iran, doesn't he?", "does Peskov lead Turkey?": a country's leader is of that country.
  new RegExp(
    `${LEAD_EN}(?:(?:does|did) )?(.{2,40}?) (?:(?:really|actually|also) )?(?:runs?|ran|leads?|led|rules?|ruled|governs?|governed|heads?|headed) (?:the )?(\\p{L}+)(?: (?:government|state|country))?${TAG_EN}$`,
    "u",
  ),
  // "is peskov the kremlin guy in this?", "and peskov is the kremlin's man here?": a country's or seat's man is of
  // that country (dialog27).
  new RegExp(
    `${LEAD_EN}(?:(?:is|was) )?(.{2,40}?)(?:'s| is| was)? (?:(?:basically|just|really|actually) )?(?:the|a) (\\p{L}+)(?:'s)? (?:guy|man|person|voice|mouthpiece|representative|official)${PLACE_EN}${TAG_EN}$`,
    "u",
  ),
];
const ASKED_RU = [
  // «эрдоган это турция да?», «песков — это россия?»: the person put as the country itself.
  new RegExp(`${LEAD_RU}(.{2,40}?)\\s*(?:[—–-]\\s*)?это (\\p{L}+)${TAG_RU}$`, "u"),
  // "он из Турции?", "Эрдоган из России?"
  new RegExp(
    `${LEAD_RU}(.{2,40}?) ${PARTICLE_RU}(?:(?:тоже|разве|правда|действительно|вообще) )?из (\\p{L}+)${TAG_RU}$`,
    "u",
  ),
  // "он работает на Турцию?", "Песков работает на турецкое правительство?"
  new RegExp(
    `${LEAD_RU}(.{2,40}?) ${PARTICLE_RU}(?:(?:тоже|разве|правда|действительно) )?работа\\p{L}* (?:на|в|для) (\\p{L}+)(?: (?:правительств\\p{L}*|власт\\p{L}*|сторон\\p{L}*|президент\\p{L}*))?${TAG_RU}$`,
    "u",
  ),
  // «он говорит от имени кремля?», «Песков представляет Турцию?»
  new RegExp(
    `${LEAD_RU}(.{2,40}?) (?:(?:тоже|разве|правда|действительно) )?(?:(?:говорит|выступает|высказывается|действует|говорил|выступал) от (?:имени|лица)|представля\\p{L}*) (\\p{L}+)(?: (?:правительств\\p{L}*|власт\\p{L}*|сторон\\p{L}*))?${TAG_RU}$`,
    "u",
  ),
  // «он российский политик?», "Эрдоган — российский чиновник?"
  new RegExp(
    `${LEAD_RU}(.{2,40}?)(?:\\s*[—–-]\\s*(?:это )?|\\s+)(?:(?:тоже|разве|правда) )?(\\p{L}+(?:ск|цк)\\p{L}{1,3})${PERSON_NOUN_RU}${TAG_RU}$`,
    "u",
  ),
  // «песков тут человек кремля?», «он голос кремля?» (dialog27)
  new RegExp(
    `${LEAD_RU}(.{2,40}?)(?: (?:тут|здесь|в статье))?(?:\\s*[—–-]\\s*(?:это )?|\\s+)(?:(?:тут|здесь) )?(?:человек|голос|рупор) (\\p{L}+)${TAG_RU}$`,
    "u",
  ),
];
const PRONOUN = /^(?:he|she|this guy|that guy|он|она|этот человек)$/u;

/** The verdict on a person's country asked yes/no, or null when the message is no such question. */
export function personCountryAsked(
  folded: string,
  lang: Lang,
  context: PersonAskedContext,
  kb: KnowledgeBase,
  speakers: SpeakerNames,
): IdentityAsked | null {
  const text = folded.replace(/[?!.\s]+$/u, "").trim();
  if (text.length > 120) return null;
  for (const re of lang === "ru" ? ASKED_RU : ASKED_EN) {
    const m = re.exec(text);
    if (!m?.[1]) continue;
    const asked = countryOf(m[2] ?? m[3]);
    if (!asked) continue;
    const who = m[1].trim();
    const pronoun = PRONOUN.test(who);
    // "and he leads turkey, right?" after Putin's call with Erdogan: Erdogan (personAsked).
    const speakerId = personAsked(who, pronoun, asked, context, kb, speakers);
    if (!speakerId) continue;
    const own = roleCountry(kb.speakerById.get(speakerId)?.role);
    if (!own) return null;
    return { speakerId, verdict: own === asked ? "yes" : "no" };
  }
  return null;
}
