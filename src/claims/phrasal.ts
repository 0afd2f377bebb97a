// Phrasal verbs and multi-word prepositions read as the one word they stand for, before a claim is tokenised: a
// particle alone is glue, so "brushed off the need" would otherwise read as "brushed … the need" and agree with
// the passage. English here; the Russian readings are in russian-phrasal.ts ("выступает против" is "возражает").
// The tables of phrasal verbs and idioms are in phrasal-verbs.ts.

import { lean } from "../lib/lean-regexp.js";
import { CONSIDER, IDIOM_FORMS, IDIOMS, ONE_WORD, PHRASAL, regular } from "./phrasal-verbs.js";
import { Rewriting } from "./rewriting.js";

/** "the policy flopped": failed (slang for it, one word). */
const FLOP = lean(/\bflop(s|ped|ping)?\b/giu);
const FLOP_FORM: Record<string, string> = { "": "fail", s: "fails", ped: "failed", ping: "failing" };

/** How urgent, said in several words: "there is no rush to agree a ceasefire", "the ceasefire can wait". */
const NOT_URGENT = lean(/\b(?:(?:is|was)\s+)?(?:in\s+)?no\s+(?:rush|hurry)\b/giu);
const CAN_WAIT = lean(/\b(?:can|could|may|might|should|must|will|would)\s+wait\b/giu);
/** "stopping the fire", "halt the shooting", "the shooting to stop": a ceasefire said in a verb and its object. */
const STOP_FIRE = lean(
  /\b(?:stop|stops|stopped|stopping|halt|halts|halted|halting|cease|ceases|ceased|ceasing)\s+(?:the\s+)?(?:fire|firing|shooting)\b|\bthe\s+(?:firing|shooting)\s+to\s+(?:stop|cease|halt)\b/giu,
);
/**
 * (claims34) "both sides to stop fighting", "the two sides to cease hostilities": the ceasefire's own parties (a
 * ceasefire is both sides' stopping), read as "them"; "both sides" lined up with nothing read as a party added
 * (claims-blind54: "putin wants both sides to stop fighting right away …" altered).
 */
const BOTH_SIDES_STOP = lean(
  /\b(?:both|the\s+two|the\s+warring|all|each)\s+(?:sides|parties|side)(?:\s+(?:of|in)\s+the\s+(?:conflict|war|fighting))?(?=\s+to\s+(?:stop|cease|halt|end|quit)\s+(?:the\s+)?(?:fighting|hostilities|firing|shooting)\b)/giu,
);
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
/** The claim without the ceasefire's own parties ("both sides to stop fighting"): what parties.ts reads of it. */
export const withoutCeasefireSides = (text: string): string => text.replace(BOTH_SIDES_STOP, "them");
const SUPPORT_FORM: Record<string, string> = {
  backs: "supports",
  backed: "supported",
  backing: "supporting",
};
const AT_ONCE = lean(/\b(?:right\s+away|straight\s+away|at\s+once|without\s+delay)\b/giu);

/** "not bothering to look for compromises": not looking for them (the bother says nothing of its own). */
const BOTHER_TO = lean(/\b(?:bother|bothers|bothered|bothering)\s+to\s+/giu);

/** "the Kremlin is trying to help": seeking to, as the article's "seeks to assist" says. */
const TRY_TO = lean(/\b(try|tries|tried|trying)\s+to\b/giu);
const TRY_FORM: Record<string, string> = { try: "seek", tries: "seeks", tried: "sought", trying: "seeking" };

/** (claims40) "The UN has left the Quartet": withdrawn from it (opposites.ts), said of a group or of talks only. */
const LEFT_GROUP = lean(
  /\b(leave|leaves|left|leaving)\s+(?=(?:the\s+)?(?:quartet|group|talks|negotiations|mediation|peace\s+process)\b)/giu,
);
const WITHDRAW_FORM: Record<string, string> = {
  leave: "withdraw from ",
  leaves: "withdraws from ",
  left: "withdrew from ",
  leaving: "withdrawing from ",
};

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

/** "kept quiet about Russia's role": said nothing about it. */
const KEPT_QUIET = lean(
  /\b(?:keep|keeps|kept|keeping|remain|remains|remained|remaining|stay|stays|stayed|staying)\s+(?:quiet|silent|mum)\s+(?:about|on|over)\b/giu,
);

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

/**
 * "one of the Quartet's members", "one of the members of the Quartet": part of it, as the article says of Russia
 * (claims-blind50: "one" read as a word of its own in the place of "part").
 */
/**
 * (claims36) "would like America to remain the only broker of peace": the sole broker of peace is the one
 * monopolizing the peace efforts (claims-own39: it lined up with nothing, read as not in the article).
 */
const SOLE_BROKER = lean(
  /\b(remain|remains|remained|remaining|stay|stays|stayed|staying|be|is|are|was|were|being)\s+the\s+(?:only|sole|exclusive)\s+(?:peace\s+)?(?:broker|mediator|peacemaker|go-between|arbiter)s?(?:\s+(?:of|for)\s+peace(?:\s+(?:efforts|talks|process))?)?\b/giu,
);
const SOLE_BROKER_FORM: Readonly<Record<string, number>> = {
  remains: 1,
  stays: 1,
  is: 1,
  remained: 2,
  stayed: 2,
  was: 2,
  were: 2,
  remaining: 4,
  staying: 4,
  being: 4,
};
const MONOPOLIZE = regular("monopolize");

const MEMBER_OF = lean(/\b(?:one\s+of|among)\s+(?:the\s+)?members\s+of\b/giu);
const ONE_OF_MEMBERS = lean(
  /\b(?:one\s+of|among)\s+(?:the\s+)?(?!(?:its|their|his|her|our|two|three|four|five)\s)(\p{L}+)(?:['’]s)?\s+members\b/giu,
);

/**
 * (verdict50) "new / fresh talks", "a new round of negotiations": the talks again, as the article's "the resumption of
 * the negotiation process" says ("new" was read as a word of its own in the place of "urgent"); "a return to the
 * (negotiating) table", "get back to the table": a return to negotiations (opposites.ts puts "return" beside
 * "resumption"). Only right before the talks: "a new mediator" stays, and so does "the launch of a new negotiation
 * process" (claims-blind15: a process of its own, not the old one resumed).
 */
const NEW_TALKS = lean(
  /\b(?:new|fresh)\s+(?:round\s+of\s+|rounds\s+of\s+)?(?=(?:peace\s+)?(?:talks|negotiations)\b)/giu,
);
const BACK_TO_TABLE = lean(
  /\b(return|returns|returned|returning|get\s+back|gets\s+back|got\s+back|getting\s+back|go\s+back|come\s+back)\s+to\s+the\s+(?:negotiating\s+|negotiation\s+|peace\s+)?table\b/giu,
);
const RETURN_FORM: Record<string, string> = {
  returns: "returns",
  returned: "returned",
  returning: "returning",
};

/** "no longer sees a need": not (any more). */
const NO_LONGER = lean(/\b(?:no\s+longer|not\s+any\s+(?:longer|more))\b/giu);

/** "few ties", "very few" (not "a few"): hardly any, as "little" says. */
const FEW = lean(/(?<!\ba\s+)\b(?:very\s+)?few\b/giu);

/** "people who used to be Russian citizens": former ones. */
const USED_TO_BE = lean(/\b(?:who\s+)?used\s+to\s+be\b/giu);

/** "skipped over Russia's role": did not mention it. */
const SKIPPED_OVER = lean(/\b(?:skip|skips|skipped|skipping|pass|passes|passed|passing)\s+over\b/giu);

/** "left Russia's role unmentioned": not mentioned, as "did not mention Russia's role" says. */
const LEFT_UN = lean(
  /\b(?:leave|leaves|left|leaving)\s+((?:[\p{L}'’-]+\s+){1,8}?)un(mention|address)ed\b/giu,
);

/**
 * "didn't say a word about", "never said anything about": a mention, negated as the claim negates it. Read before
 * the claim's attribution is, or "Putin didn't say" would be taken for a denied attribution ("X never said …").
 */
const SAY_A_WORD = lean(
  /\b(say|says|said|saying)\s+(?:a\s+(?:single\s+)?word|anything)(?=\s+(?:about|on|of|in)\b)/giu,
);
const MENTION_FORM: Record<string, string> = {
  say: "mention",
  says: "mentions",
  said: "mentioned",
  saying: "mentioning",
};

export function sayingAsMention(text: string): string {
  return text.replace(SAY_A_WORD, (_, verb: string) => MENTION_FORM[verb.toLowerCase()] ?? "mention");
}

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
