// Phrasal verbs and multi-word prepositions read as the one word they stand for, before a claim is tokenised: a
// particle alone is glue, so "brushed off the need" would otherwise read as "brushed … the need" and agree with
// the passage. English here; the Russian readings are in russian-phrasal.ts ("выступает против" is "возражает").
// The tables of phrasal verbs and idioms are in phrasal-verbs.ts; the several-word readings of the ceasefire and the
// talks, of a mention or none, and of the Quartet and a role in it are in phrasal-ceasefire.ts, phrasal-mention.ts and
// phrasal-membership.ts. This file keeps the rest and the one order they are rewritten in (joinPhrasalVerbs).

import { lean } from "../lib/lean-regexp.js";
import {
  AT_ONCE,
  BACK_TO_TABLE,
  BOTH_SIDES_STOP,
  CAN_WAIT,
  NEW_TALKS,
  NOT_URGENT,
  RETURN_FORM,
  STOP_FIRE,
} from "./phrasal-ceasefire.js";
import {
  LEFT_GROUP,
  MEMBER_OF,
  MONOPOLIZE,
  ONE_OF_MEMBERS,
  SOLE_BROKER,
  SOLE_BROKER_FORM,
  WITHDRAW_FORM,
} from "./phrasal-membership.js";
import { KEPT_QUIET, LEFT_UN, SKIPPED_OVER } from "./phrasal-mention.js";
import { CONSIDER, IDIOM_FORMS, IDIOMS, ONE_WORD, PHRASAL, regular } from "./phrasal-verbs.js";
import { Rewriting } from "./rewriting.js";

/** Read apart (parties.ts, judge.ts); re-exported for their importers. */
export { withoutCeasefireSides } from "./phrasal-ceasefire.js";
export { sayingAsMention } from "./phrasal-mention.js";

/** "the policy flopped": failed (slang for it, one word). */
const FLOP = lean(/\bflop(s|ped|ping)?\b/giu);
const FLOP_FORM: Record<string, string> = { "": "fail", s: "fails", ped: "failed", ping: "failing" };

/**
 * (claims34) "backs direct talks", "backed the call": supports it (endorsed-need.ts reads "supports"); not "backed
 * down / off / away / out", a "US-backed" group, or "turned their backs on".
 */
const BACKS = lean(
  /(?<![-‐]|\b(?:their|his|her|its|our|your|my)\s)\b(backs|backed|backing)\b(?!\s+(?:down|off|away|out|up|into|onto|from|of)\b)/giu,
);
/**
 * (claims34) "this outbreak", "an outbreak of violence": the article's surge in violence ("outbreak" lined up with
 * nothing and read as a word put in the place of "clear"); "the outbreak of war" is left as it is.
 */
const OUTBREAK = lean(
  /\b(?:(this|the\s+latest|the\s+recent|the\s+new|the\s+current|this\s+latest)\s+outbreak(?!\s+of\s+(?!violence|fighting|hostilities)\p{L})|outbreak(?=\s+of\s+(?:violence|fighting|hostilities)\b))/giu,
);
const SUPPORT_FORM: Record<string, string> = {
  backs: "supports",
  backed: "supported",
  backing: "supporting",
};

/** "not bothering to look for compromises": not looking for them (the bother says nothing of its own). */
const BOTHER_TO = lean(/\b(?:bother|bothers|bothered|bothering)\s+to\s+/giu);

/** "the Kremlin is trying to help": seeking to, as the article's "seeks to assist" says. */
const TRY_TO = lean(/\b(try|tries|tried|trying)\s+to\b/giu);
const TRY_FORM: Record<string, string> = { try: "seek", tries: "seeks", tried: "sought", trying: "seeking" };

/**
 * (claims40) "due to the large number of former Russian citizens": the article's "the number of" says the number
 * counts; a size word before it adds nothing ("a small number" stays a change).
 */
const LARGE_NUMBER = lean(
  /\b(?:(?:a|the)\s+)?(?:large|big|great|huge|significant|considerable|sizeable|sizable|substantial|high)\s+(?=numbers?\s+of\b)/giu,
);

/** "wants to stay out of resolving the conflict": not to resolve it. */
const STAY_OUT = lean(
  /\b(?:stay|stays|stayed|staying|keep|keeps|kept|keeping)\s+(?:out\s+of|away\s+from|clear\s+of)\b/giu,
);

/**
 * (claims-r2-37) "voiced its readiness", "voices deep concern": the article's "expresses" ("voiced" lined up with
 * nothing: "Peskov voiced Russia's readiness …" read not in the article, not as the Kremlin's words misattributed).
 * The verb only: a determiner, a possessive or a feeling after it ("the voices of …" stays).
 */
const VOICED = lean(
  /\b(voice|voices|voiced|voicing)\s+(?=(?:the|a|an|its|his|her|their|our|deep|serious|grave|strong|growing|readiness|willingness|concern|concerns|support|hope|[a-z]+['’]s)\b)/giu,
);
const EXPRESS_FORM: Record<string, string> = {
  voice: "express ",
  voices: "expresses ",
  voiced: "expressed ",
  voicing: "expressing ",
};

/** "take Palestinian interests into account": consider them. */
const TAKE: string[] = ["take", "takes", "took", "taken", "taking"];
const INTO_ACCOUNT = lean(/\b(take|takes|took|taken|taking)\s+((?:[\p{L}'’-]+\s+){1,5}?)into\s+account\b/giu);

/** "regional players should work together / act in concert": coordinate. */
const COORDINATE = regular("coordinate");
const ACT_FORMS = [
  ["act", "work"],
  ["acts", "works"],
  ["acted", "worked"],
  ["acted", "worked"],
  ["acting", "working"],
];
const TOGETHER = lean(
  /\b(act|acts|acted|acting|work|works|worked|working)\s+(?:together|in\s+concert|in\s+tandem|jointly|in\s+unison)\b/giu,
);

/** "paid no / little attention to": not heeded (before "few" and the idioms read "paid attention to"). */
const NO_ATTENTION = lean(
  /\b(?:pay|pays|paid|paying)\s+(no|little|scant|hardly\s+any|scarcely\s+any)\s+(?:heed|attention)\s+to\b/giu,
);

/**
 * "there has to be a Palestinian state", "there must be …": a need for it, as the article's "the need for a
 * Palestinian state" says (claims-blind49: the modal weighed nothing, the claim was two nouns, not in the article).
 * Negated ("there mustn't be", "there doesn't have to be"): no need.
 */
const THERE_MUST_BE = lean(/\bthere\s+(?:(?:has|have|needs|need)\s+to|must|should|ought\s+to)\s+be\b/giu);
const THERE_MUST_NOT_BE = lean(
  /\bthere\s+(?:(?:must|should)(?:\s+not|n['’]t)|(?:does|do)(?:\s+not|n['’]t)\s+(?:have|need)\s+to)\s+be\b/giu,
);

/** "no longer sees a need": not (any more). */
const NO_LONGER = lean(/\b(?:no\s+longer|not\s+any\s+(?:longer|more))\b/giu);

/** "few ties", "very few" (not "a few"): hardly any, as "little" says. */
const FEW = lean(/(?<!\ba\s+)\b(?:very\s+)?few\b/giu);

/** "people who used to be Russian citizens": former ones. */
const USED_TO_BE = lean(/\b(?:who\s+)?used\s+to\s+be\b/giu);

/** Prepositions of cause said in several words, read as the article's "due to". */
const CAUSE = lean(/\b(?:because\s+of|owing\s+to|on\s+account\s+of|as\s+a\s+result\s+of)\b/giu);

/** "except Hamas", "apart from Hamas": what follows is left out, as after "not" ("including Hamas" is not it). */
const EXCEPT = lean(
  /\b(?:except(?:\s+for)?|apart\s+from|other\s+than|save\s+for|with\s+the\s+exception\s+of)\b/giu,
);

/** "the only member", "in Israel only" (at the end): a restriction, read as "the sole", "solely". */
const THE_ONLY = lean(/\bthe\s+only\b/giu);
const ONLY_AT_END = lean(/\bonly(?=\s*[.!]?\s*$)/iu);

/**
 * English: phrasal verbs as one word, prepositions of cause as "due to", of exception as "not", a restricting
 * "only" as "solely", "no rush" and "can wait" as "not urgent", "left … unmentioned" as "did not mention …",
 * "stopping the fire" / "the shooting to stop" as "a ceasefire".
 */
export function joinPhrasalVerbs(text: string): string {
  // Before the idioms' "members of" → "part of", or "one of the members of" would be "one of the part of".
  let out = new Rewriting(text)
    .replace(
      SOLE_BROKER,
      (_, verb: string) => `${MONOPOLIZE[SOLE_BROKER_FORM[verb.toLowerCase()] ?? 0]} peace efforts`,
    )
    .replace(MEMBER_OF, "part of")
    .replace(ONE_OF_MEMBERS, (_, group: string) => `part of the ${group}`);
  IDIOMS.forEach(([idiom, word], i) => {
    out = out.replace(idiom, (_, verb: string, object: unknown) => {
      const form = IDIOM_FORMS[i]!.indexOf(verb.toLowerCase());
      // "take … to task" and "keep … to itself" capture an object; for the others the next argument is the match's
      // offset.
      return `${word[Math.max(0, form)]!} ${typeof object === "string" ? object : ""}`.trimEnd();
    });
  });
  return out
    .replace(PHRASAL, (whole, verb: string, particle: string) => {
      const key = `${verb.toLowerCase()} ${particle.toLowerCase().replace(/\s+/g, " ")}`;
      return ONE_WORD.get(key) ?? whole;
    })
    .replace(THERE_MUST_NOT_BE, "there is no need for")
    .replace(THERE_MUST_BE, "there is a need for")
    .replace(NOT_URGENT, "is not urgent")
    .replace(CAN_WAIT, "is not urgent")
    .replace(AT_ONCE, "immediately")
    .replace(BOTH_SIDES_STOP, "them")
    .replace(OUTBREAK, (_, the?: string) => (the ? `${the} surge` : "surge"))
    .replace(BACKS, (_, verb: string) => SUPPORT_FORM[verb.toLowerCase()] ?? "supports")
    .replace(STOP_FIRE, "a ceasefire")
    .replace(USED_TO_BE, "former")
    .replace(KEPT_QUIET, "said nothing about")
    .replace(VOICED, (_, verb: string) => EXPRESS_FORM[verb.toLowerCase()] ?? "expressed ")
    .replace(
      INTO_ACCOUNT,
      (_, verb: string, object: string) =>
        `${CONSIDER[TAKE.indexOf(verb.toLowerCase())] ?? "consider"} ${object.trimEnd()}`,
    )
    .replace(
      TOGETHER,
      (_, verb: string) =>
        COORDINATE[ACT_FORMS.findIndex((f) => f.includes(verb.toLowerCase()))] ?? "coordinate",
    )
    .replace(STAY_OUT, "not")
    .replace(LARGE_NUMBER, "the ")
    .replace(LEFT_GROUP, (_, verb: string) => WITHDRAW_FORM[verb.toLowerCase()] ?? "withdrew from ")
    .replace(BOTHER_TO, "")
    .replace(TRY_TO, (_, verb: string) => `${TRY_FORM[verb.toLowerCase()] ?? "seek"} to`)
    .replace(NO_ATTENTION, (_, little: string) => `${little.toLowerCase() === "no" ? "no" : "little"} heeded`)
    .replace(FEW, "little")
    .replace(NO_LONGER, "not")
    .replace(NEW_TALKS, "renewed ")
    .replace(
      BACK_TO_TABLE,
      (_, verb: string) => `${RETURN_FORM[verb.toLowerCase()] ?? "return"} to negotiations`,
    )
    .replace(SKIPPED_OVER, "did not mention")
    .replace(LEFT_UN, (_, object: string, verb: string) => `did not ${verb} ${object.trimEnd()}`)
    .replace(FLOP, (_, ending?: string) => FLOP_FORM[(ending ?? "").toLowerCase()] ?? "failed")
    .replace(CAUSE, "due to")
    .replace(EXCEPT, "not")
    .replace(THE_ONLY, "the sole")
    .replace(ONLY_AT_END, "solely").text;
}
