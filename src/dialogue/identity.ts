// "Is he the Russian president?", "is Peskov a Kremlin spokesman?": who a person is, asked yes/no. The answer is
// the role the article gives that person (the speakers' curated roles): Yes where the asked role is the
// person's own; No where it is a one-holder role (a country's president or leader) the article gives someone
// else; else the article doesn't say. A country's president asked of the one the article calls that country's
// leader is Yes in the article's words ("is he the turkish president?": "Turkish leader", dialog30); "putins
// spokesman" reads as "Putin's spokesman".
import type { KnowledgeBase } from "../knowledge/index.js";
import { roleCountry } from "./countries.js";
import { personOfCountry } from "./country-person.js";
import { officeOf, otherOffice } from "./office.js";
import { asksPersonMerit } from "./person-merit.js";
import { roleFragmentQuestion } from "./role-fragment.js";
import type { SpeakerNames } from "./speakers.js";
import type { YesNo } from "./types.js";

const ASKED =
  /^(?:(?:so|and|but|then|wait)[, ]+)?(?:is|was|isn't|wasn't) (.+?) (?:(?:the|a|an) |(?=[\p{L}]+'s )|(?=(?:putin|russia|turkey|erdogan|kremlin)s ))([\p{L}' -]+?)(?: then| though| really| right| basically| correct| yeah)?$/u;
/** "so he's like the government spokesman?", "basically he's putin's press guy?": a role asked back, hedged. */
const ASKED_BACK =
  /^((?:(?:so|and|but|then|wait|ok)[, ]+)?)(?:basically |actually )?(he|she|peskov|putin|erdogan|this guy|that guy|that|this)(?:'s| is) /u;
const HEDGE =
  / (?:basically|just|like|kind of|sort of|some (?:kind|sort) of|something like)(?= (?:the|a|an) | \p{L}+'s )/gu;
const unhedged = (folded: string) => folded.replace(ASKED_BACK, "$1is $2 ").replace(HEDGE, "");

const PERSON_PRONOUN = /^(?:he|she|this guy|that guy|this man|that man)$/;

/** Role words in one spelling: "president of Russia" -> russian president, "spokesman" -> spokesperson. */
function roleWords(role: string): Set<string> {
  const text = ` ${role.toLowerCase()} `
    .replace(/ president of (russia|turkey) /g, (_m, c: string) => ` ${c} president `)
    .replace(/ (russia|turkey)'?s /g, (_m, c: string) => ` ${c} `)
    .replace(/ (putin|erdogan|kremlin)s /g, (_m, c: string) => ` ${c} `)
    .replace(/'s /g, " ")
    .replace(/ russia /g, " russian ")
    .replace(/ turkey /g, " turkish ")
    .replace(
      / (?:spokes(?:man|woman|guy)|press (?:secretary|officer|guy|man|person)|representative) /g,
      " spokesperson ",
    )
    // "the government spokesman", "Putin's spokesman": the spokesperson speaking for the Kremlin.
    .replace(/ (?:government|govt|gov|putin|presidential) spokesperson /g, " kremlin spokesperson ")
    .replace(/ (?:prime-minister|pm) /g, " prime minister ")
    // "the turkish head of state": the country's leader.
    .replace(/ head of (?:the )?state /g, " leader ");
  const words = new Set(text.split(/[\s,]+/).filter((w) => w && !/^(?:the|a|an|of|for|speaking)$/.test(w)));
  // A country's president is its leader too ("is Erdogan the Russian leader?" — Putin is).
  if (words.has("president")) words.add("leader");
  return words;
}

/** "the turkish guy", "the russian one": a country's person with no office named (dialog-r2-33b). */
const COUNTRYMAN = /^(?:russian|turkish) (?:guy|man|dude|fella|bloke|chap|one|person|bloke)$/u;

const ONE_HOLDER = /^(?:president|leader)$/;

/** An office or a country's leader in the words ("the president of turkey", "kremlin's press secretary"). */
const namesRole = (role: string): boolean => {
  const words = roleWords(role);
  return officeOf(words) !== null || (words.has("leader") && roleCountry(role) !== null);
};

export interface IdentityAsked {
  speakerId: string;
  verdict: YesNo;
}

/** What a question about a person knows of the chat: the last speaker, the last answer's text, and whether the
 * person "he" means was pinned by that answer (a "who…?" answer's person, or the person it was about). */
export interface PersonAskedContext {
  speakerId: string | null;
  answerText?: () => string;
  personPinned?: boolean;
}

/**
 * The person a role or country question is about: the last speaker for a pronoun, else the one person whose name
 * is the whole of `who` ("is Peskov …", "Песков — …"); null when that is no person of the story. English and
 * Russian. A pronoun in a question naming a country (`askedCountry`), right after an answer that named that
 * country's person, is that person unless the answer pinned "he" ("is he the turkish president?" after Putin's
 * call with Erdogan: Erdogan; country-person.ts).
 */
export function personAsked(
  who: string,
  pronoun: boolean,
  askedCountry: string | null,
  context: PersonAskedContext,
  kb: KnowledgeBase,
  speakers: SpeakerNames,
): string | null {
  const named = pronoun ? [] : speakers.namedIn(who);
  const speakerId = pronoun
    ? context.speakerId
    : named.length === 1 && named[0]!.start === 0 && named[0]!.end >= who.length - 1
      ? named[0]!.id
      : null;
  if (!speakerId || !speakers.isPerson(speakerId)) return null;
  return pronoun && context.answerText && !context.personPinned
    ? personOfCountry(speakerId, askedCountry, context.answerText, kb, speakers)
    : speakerId;
}

/** A question word in the role ("president of which country", «глава какого государства»): a wh-question. */
export const WHICH_OF_ROLE =
  /(?<!\p{L})(?<!or )(?:which|what|whose|какой|какого|какая|какую|каких|которой|которого|чей|чьей|чья|чего)(?!\p{L})/u;

/**
 * The verdict on "is <person> the <role>?", or null when the message is no such question about a person. "He"
 * is the last speaker, or a person the last answer names whose own role it is ("who did Putin call?" —
 * Erdogan; "is he the Turkish leader?" asks about Erdogan).
 */
export function identityAsked(
  folded: string,
  context: PersonAskedContext & { answerText: () => string },
  kb: KnowledgeBase,
  speakers: SpeakerNames,
): IdentityAsked | null {
  // "is erdogan a good president?": the person's merit, not their role (person-merit.ts refuses it).
  if (asksPersonMerit(folded)) return null;
  // "turkey's president right?" after an answer that pinned a person: "is he turkey's president?" (role-fragment.ts).
  const fragment = () => (context.personPinned ? roleFragmentQuestion(folded, namesRole) : null);
  const m = ASKED.exec(unhedged(folded)) ?? ASKED.exec(fragment() ?? "");
  if (!m?.[1] || !m[2]) return null;
  const who = m[1].trim();
  // "putin is the president of which country": the role's country asked, not a yes/no (quality38).
  if (WHICH_OF_ROLE.test(m[2])) return null;
  // "is that the turkish guy?": a person of that country, asked with a plain noun; "that" then points at a person.
  const countryman = COUNTRYMAN.test(m[2]);
  // "that's the turkish president, right?" after the call: "that" points at a person when an office or a country's
  // role is asked of it.
  const roleOfCountry = roleCountry(m[2]) !== null || officeOf(roleWords(m[2])) !== null;
  const pronoun = PERSON_PRONOUN.test(who) || ((countryman || roleOfCountry) && /^(?:that|this)$/.test(who));
  const speakerId = personAsked(who, pronoun, roleCountry(m[2]), context, kb, speakers);
  if (!speakerId) return null;
  const asked = countryman
    ? new Set([...roleWords(m[2])].filter((w) => /^(?:russian|turkish)$/.test(w)))
    : roleWords(m[2]);
  // An office ("prime minister", "spokesperson") or a country's leader ("is he the Turkish leader?").
  if (asked.size === 0 || (officeOf(asked) === null && !asked.has("leader") && !countryman)) return null;
  const within = (role: string | undefined) => {
    const words = roleWords(role ?? "");
    return [...asked].every((w) => words.has(w) || (w === "president" && words.has("leader")));
  };
  // "is he Putin's spokesman?": a spokesperson's own alias names the role too.
  const byAlias = asked.has("spokesperson") ? speakers.namedIn(m[2]) : [];
  const alias =
    byAlias.length === 1 && byAlias[0]!.end - byAlias[0]!.start >= m[2].length ? byAlias[0]!.id : null;
  const fits = (id: string) => id === alias || within(kb.speakerById.get(id)?.role);
  const answerNames = pronoun ? speakers.namedIn(context.answerText().toLowerCase()) : [];
  const meant = answerNames.find((n) => speakers.isPerson(n.id) && fits(n.id));
  if (meant) return { speakerId: meant.id, verdict: "yes" };
  if (fits(speakerId)) return { speakerId, verdict: "yes" };
  if (otherOffice(roleWords(kb.speakerById.get(speakerId)?.role ?? ""), asked))
    return { speakerId, verdict: "no" };
  const holder = [...asked].some((w) => ONE_HOLDER.test(w)) && asked.size >= 2;
  const other = kb.speakers.some((s) => s.id !== speakerId && speakers.isPerson(s.id) && within(s.role));
  // A one-holder role of another country than the person's own ("is Putin the Turkish president?").
  const own = roleWords(kb.speakerById.get(speakerId)?.role ?? "");
  const country = (words: Set<string>) => [...words].find((w) => /^(?:russian|turkish)$/.test(w));
  const elsewhere =
    holder && [...own].some((w) => ONE_HOLDER.test(w)) && country(own) && country(asked) !== country(own);
  // An office of another country than the one the person's role names ("is he the Israeli PM?" after
  // Erdogan, the Turkish leader): one person, one country's office here.
  const askedCountry = roleCountry(m[2]);
  const ownCountry = roleCountry(kb.speakerById.get(speakerId)?.role);
  const abroad = askedCountry !== null && ownCountry !== null && askedCountry !== ownCountry;
  return {
    speakerId,
    verdict: (holder && other) || (elsewhere && country(asked)) || abroad ? "no" : "not-said",
  };
}
