// "Who are the members of the Quartet?" -> "why was it created?", "what is it for?": after a question asking who
// makes up a group, a singular "it" is the group, not the whole topic with its members ("the members the middle
// east quartet"), which the engine reads as the members again. Only the words that ask for the members come off
// the topic; null when the topic is no such question. (Russian "он" after "кто входит в квартет" is left: read as
// the group it would carry a typed slip of the group's name into the next context, where "а Россия там тоже?"
// then loses its verdict.)
import type { Lang } from "../answering/types.js";

const MEMBERS_EN =
  /^(?:(?:the )?(?:members|membership|member states|member countries|countries|nations|parties|participants|bodies|organisations|organizations) (?:of |in |make up |makes up |are in |sit in )?(?:the )?|(?:is |are )?(?:in|part of|make up|makes up|made up of|form|forms|belong to|belongs to) (?:the )?)(?=\p{L})/u;

/** "is the eu a member of the quartet" leaves the topic "the european union member the quartet": the party before
 * "member" is the one asked of, the group after it is what a later "it" points at (dialog43, d107-19). */
const PARTY_MEMBER_EN = /^(?:the )?(?:\p{L}+ ){1,3}?(?:a |one )?members? (?:of |in )?(?:the )?(?=\p{L})/u;

/** A topic of members alone ("so is China one of the members?"): a singular "it" is not they. */
const BARE_MEMBERS = /^(?:the )?(?:members?|membership|member states|member countries|participants)$/u;

/**
 * The group a members-of topic asks about ("the middle east quartet"), "" when the topic is the members alone
 * (the "it" after it is left as typed: "did Putin bring up Russia's part in it?" is no question about "members"),
 * or null.
 */
export function groupOfMembersTopic(topic: string, lang: Lang): string | null {
  if (lang === "en" && BARE_MEMBERS.test(topic)) return "";
  const m = lang === "en" ? (MEMBERS_EN.exec(topic) ?? PARTY_MEMBER_EN.exec(topic)) : null;
  const rest = m ? topic.slice(m[0].length).trim() : "";
  return m && rest.split(" ").length <= 4 ? rest : null;
}

/** Verbs of making up a group the engine does not read as "created": "dreamed up", "thought up", "cooked up". */
const MADE_UP_EN = /(?<!\p{L})(?:dream(?:ed|t) up|thought up|cooked up|came up with)(?!\p{L})/u;
const IT_EN = /(?<!\p{L})it(?!\p{L})/gu;
const WH_EN = /^(?:(?:and|so|ok|okay|but|then)[, ]+)*(?:why|what|how|when|who)(?!\p{L})/u;

/** "why was it dreamed up?" after a card on the Quartet: asked as "why was the middle east quartet created?", or null
 * (the pronoun went to the last voice, Moscow, and the engine found no creating in "dreamed up"). */
export function groupMadeUpOf(text: string, entryId: string | null | undefined): string | null {
  if (!entryId?.startsWith("quartet-")) return null;
  const t = text.trim().toLowerCase();
  if (t.length > 80 || !WH_EN.test(t) || !MADE_UP_EN.test(t) || t.match(IT_EN)?.length !== 1) return null;
  return t.replace(IT_EN, "the middle east quartet").replace(MADE_UP_EN, "created");
}
