// A claim that someone talked about a thing the evidence says they made no mention of: "he talked about Russia's
// own role, right?", "and Russia's own role, he went into that, right?", "А про роль самой России он говорил, да?"
// on an answer saying "Putin makes no mention of Russia's own role". A tag or a plain yes/no question, the entry's
// curated Yes is on its own point, not on this one: the article says he did not, so No. Only when the claim's
// subject is a pronoun or the name the negated sentence gives, and the claim's object is the negated object
// (its content words found there by stem).

import { MENTION_NAMES_RUSSIA, namesAlternation, VOICE_NAMES } from "../knowledge/voices.js";
import { contentStems } from "./content-stems.js";
import { negatedMention } from "./negated-mention.js";
import { omissionAsked } from "./omission-words.js";
import type { DialogueReply, DialogueTurn } from "./types.js";

/** "X talked about Y" / "Y, X talked about that": a verb of speaking about something. */
const TALK_EN =
  /(?<!\p{L})(?:talk(?:s|ed)? (?:about|of)|spoke (?:about|of)|speaks? (?:about|of)|mention(?:s|ed)?|discuss(?:es|ed)?|address(?:es|ed)?|cover(?:s|ed)?|raise[sd]?|br(?:ing|ings|ought) up|went into|goes into|go into|touch(?:es|ed)? on|refer(?:s|red)? to|(?:say|said|says) (?:something|anything) about|admit(?:s|ted)?|acknowledge[sd]?|concede[sd]?)(?!\p{L})/u;
const TALK_RU =
  /(?<!\p{L})(?:говорил\p{L}*|говорит|упомянул\p{L}*|упоминал\p{L}*|упоминает|сказал\p{L}*|рассказал\p{L}*|рассказыва\p{L}*|обсуждал\p{L}*|обсуждает|затронул\p{L}*|затрагива\p{L}*|коснулся|касается)(?!\p{L})/u;
const NEGATION = /(?<!\p{L})(?:not|no|never|didn't|doesn't|не|ни|нет)(?!\p{L})/u;
const RESUMPTIVE = /(?<!\p{L})(?:that|it|this|это|этом|том|ней|нем|нём)(?!\p{L})/gu;
const STOP = new Set(
  "about that this with from their there were what which also even just about the and own its his her said talked про самой самого сам своей свою собственную".split(
    " ",
  ),
);
const STEM = 5;

const stemsOf = (text: string): string[] => contentStems(text, STEM, STOP);
/** One stem inside the other, or two short words differing in their ending only ("роли", "роль"). */
const sameStem = (a: string, b: string) =>
  a.startsWith(b) || b.startsWith(a) || (a.length <= 4 && b.length <= 4 && a.slice(0, 3) === b.slice(0, 3));

/** The claim's words other than its verb name the denied sentence's sayer (or a pronoun) and its object. */
export function namesDenied(rest: string, evidence: string): boolean {
  const negated = negatedMention(evidence);
  if (!negated) return false;
  const sayer = negated.sayer.toLowerCase();
  const object = stemsOf(negated.object);
  const stems = stemsOf(rest.replace(RESUMPTIVE, " "));
  const sayerStems = stemsOf(sayer);
  const aboutStems = stems.filter((s) => !sayerStems.includes(s));
  const subjectOk =
    /(?<!\p{L})(?:he|she|they|он|она|они)(?!\p{L})/u.test(rest) || stems.some((s) => sayerStems.includes(s));
  if (!subjectOk || aboutStems.length === 0) return false;
  const found = aboutStems.filter((s) => object.some((o) => sameStem(s, o)));
  return found.length >= Math.min(2, aboutStems.length) && found.length * 2 >= aboutStems.length;
}

/** A negative tag ("…, didn't he?") asks; it does not negate the claim. Read on the last words only: a run of
 * spaces before the end would make the unanchored pattern try every one of them. */
function withoutNegativeTag(text: string): string {
  const c = text.trimEnd();
  const cut = Math.max(0, c.length - 40);
  return (
    c.slice(0, cut) +
    c
      .slice(cut)
      .replace(/,?\s*(?:didn't|doesn't|wasn't|isn't|hasn't|haven't|don't) (?:he|she|it|they)\s*\?*\s*$/u, "?")
  );
}

/** A negative question ("but didn't Putin mention Russia's own role", "doesnt he bring it up?") asks whether he
 * did: read as its positive, so its "not" is no negation of the claim (wave AR, dialog-r2-31b). */
const NEGATIVE_ASKED =
  /^(?:(?:but|and|so|ok|okay|wait)[, ]+)?(?:didn't|didnt|doesn't|doesnt|hasn't|hasnt|did not|does not|has not) /u;
/** Moscow and the Kremlin stand for Russia in a denied mention (knowledge/voices.ts, a named exception). */
const STANDS_FOR_RUSSIA = new RegExp(`(?<!\\p{L})${namesAlternation(MENTION_NAMES_RUSSIA)}(?!\\p{L})`, "gu");
const positiveAsked = (c: string) => c.replace(NEGATIVE_ASKED, "did ");

/** True when `claim` says someone spoke of what `evidence` says they made no mention of. */
export function deniedMention(claim: string, evidence: string): boolean {
  // "doesn't putin bring up moscow's role?": Moscow and the Kremlin stand for Russia, the negated sentence's word.
  const c = positiveAsked(
    withoutNegativeTag(claim.toLowerCase().replace(/^(?:is it true that|правда ли,? что)\s+/u, "")),
  ).replace(STANDS_FOR_RUSSIA, VOICE_NAMES.russia.say.en);
  // "did he forget to mention it?" asks the omission, not the mention (omitted-mention.ts).
  if (omissionAsked(c)) return false;
  const talk = TALK_EN.exec(c) ?? TALK_RU.exec(c);
  if (!talk || NEGATION.test(c)) return false;
  // The claim's words other than the verb: its subject and its object, in either order.
  return namesDenied(`${c.slice(0, talk.index)} ${c.slice(talk.index + talk[0].length)}`, evidence);
}

/**
 * A turn's answer replies with the verdict No where the message, asked as a question (a question mark, a tag), claims
 * a mention the answer's own evidence denies — whatever path answered it (a follow-up read in context too).
 */
export function withDeniedMention(typed: string, turn: DialogueTurn): DialogueTurn {
  if (!/\?\s*$/u.test(typed) && !NEGATIVE_ASKED.test(typed.toLowerCase())) return turn;
  let changed = false;
  const replies = turn.replies.map((reply): DialogueReply => {
    if (reply.kind !== "answer" || !reply.answer.answered || reply.verdict === "no") return reply;
    if (!deniedMention(typed, reply.answer.answer)) return reply;
    changed = true;
    return { ...reply, verdict: "no", verdictSource: "article-text" };
  });
  if (!changed) return turn;
  return { ...turn, replies, context: turn.context ? { ...turn.context, verdict: "no" } : null };
}
