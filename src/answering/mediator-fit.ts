// Why a Russian voice thinks it is fit to mediate ("why does the kremlin think it's well placed to mediate", "what
// makes moscow believe it can broker a deal", "how come russia sees itself as the right go-between"): the reason the
// article gives — Moscow's ties with both sides (russia-impartial-mediator) — asked as "why is russia a good
// mediator". Read as typed, "well"/"placed" were unknown and "the kremlin" drew the Kremlin's wish to play a role,
// which gives no reason. A question with no reason word ("does the kremlin want to mediate") stays as typed.
import { namesAlternation, voiceNames } from "../knowledge/voices.js";

/** The Russian voices (knowledge/voices.ts: the Kremlin, Russia and its people, Putin): which of them is asked does
 * not change the reason the article gives. */
const RUSSIAN_VOICE = new RegExp(
  `\\b${namesAlternation(voiceNames(["kremlin", "russia", "putin"], "en", "people"), "\\s+")}\\b`,
  "i",
);

/** Asking for a reason. */
const WHY =
  /^\s*(?:so\s+|and\s+|but\s+)?(?:why|how\s+come|what\s+makes|what\s+gives|on\s+what\s+(?:basis|grounds))\b/i;

/** A reason asked by its noun, wherever it stands ("what's their argument for it", "whats russia's reasoning for
 * being able to mediate", "whats its case for that"; blind88, quality39). */
const REASON_NOUN =
  /\b(?:reasoning|reasons?|arguments?|case|justification|rationale|grounds|logic)\s+(?:for|behind)\b/i;

/** Fitness for a job: placed, positioned, suited, qualified, credible, the right/good/ideal one. */
const FIT =
  /\b(?:(?:well|best|uniquely|ideally|perfectly|better|so)\s+(?:placed|positioned|suited|equipped)|placed|positioned|suited|qualified|equipped|credible|credibility|standing|(?:a\s+|the\s+)?(?:good|right|ideal|natural|fair|honest|neutral|impartial|credible|trusted)\s+(?:mediator|broker|go-between|middleman|intermediary|peacemaker|referee|arbiter)|can\s+(?:mediate|broker)|could\s+(?:mediate|broker)|able\s+to\s+(?:mediate|broker))\b/i;

/** Mediation words. */
const MEDIATE =
  /\b(?:mediat\w*|broker\w*|go-between|go\s+between|middleman|intermediary|peacemaker|referee|arbiter|honest\s+broker)\b/i;

/** The question as "why is russia a good mediator", or as it came. */
export function asMediatorFit(text: string): string {
  if (
    !(WHY.test(text) || REASON_NOUN.test(text)) ||
    !RUSSIAN_VOICE.test(text) ||
    !MEDIATE.test(text) ||
    !FIT.test(text)
  )
    return text;
  return "why is russia a good mediator";
}
