// What failed, asked of a Russian voice with no subject ("what exactly failed according to putin", "what precisely
// does putin say went wrong?", "according to putin what was the failure"): the failed US policy in the Middle East,
// asked as "which policy failed according to putin". Read as typed, "failed" beside "according to putin" met the
// entry on what Washington failed to consider (its monopoly of peace efforts), or fell between the US entries.
// A subject named ("what did washington fail to consider") stays as typed.

import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";
import { leanRegExp } from "../lib/lean-regexp.js";

/** The voice whose verdict of failure is asked. */
/** Putin (his names and titles) or Russia as a party: the voices table's names (voices46). */
const VOICE = namesAlternation(
  [...voiceNames(["putin"], "en", "also", "titles"), ...voiceNames(RUSSIA_AS_PARTY, "en")],
  "\\s+",
);
/** Subject-less failure: "what (exactly) failed", "what went wrong", "what was the failure". */
const FAILED =
  "what\\s+(?:exactly\\s+|precisely\\s+|really\\s+)?(?:(?:has|have|had)\\s+)?(?:failed|went\\s+wrong|has\\s+gone\\s+wrong|gone\\s+wrong|was\\s+(?:the|a)\\s+failure|is\\s+(?:the|a)\\s+failure)";
/** "…according to putin", "…, per putin", "…in putin's view", "…for putin". */
const BY_VOICE = `(?:according\\s+to|per|for|in\\s+the\\s+view\\s+of|in\\s+the\\s+eyes\\s+of)\\s+${VOICE}|in\\s+${VOICE}(?:'s|s)?\\s+(?:view|opinion|eyes|words)`;

const ASKED = [
  leanRegExp(`^\\s*(?:so\\s+|and\\s+|ok\\s+)?${FAILED}\\s*,?\\s*(?:${BY_VOICE})\\s*$`, "i"),
  leanRegExp(`^\\s*(?:so\\s+|and\\s+)?(?:${BY_VOICE})\\s*,?\\s*${FAILED}\\s*$`, "i"),
  leanRegExp(
    `^\\s*(?:so\\s+|and\\s+)?what\\s+(?:exactly\\s+|precisely\\s+)?(?:does|did)\\s+${VOICE}\\s+(?:say|think|claim|believe|reckon)\\s+(?:has\\s+|had\\s+)?(?:failed|went\\s+wrong|has\\s+gone\\s+wrong|was\\s+(?:the|a)\\s+failure)\\s*$`,
    "i",
  ),
];

/** What the US failed to do, asked open ("according to putin, what did the us government fail to do?", "what did
 * washington fail at, per putin"): the failure the article names is to address the Palestinians' interests (quality53).
 * A thing named ("fail to consider") stays as typed. */
const US_FAILED_TO =
  /\bwhat\b[^?]{0,40}?\b(?:did|does|has|have)\s+(?:the\s+)?(?:us|u\.s\.?|usa|america|americans|washington|united\s+states)(?:\s+government|\s+administration)?\s+fail(?:ed)?(?:\s+to\s+do|\s+at|\s+in|\s+on|\s*(?:,|$))/i;

/** The question as "which policy failed according to putin", or as it came. */
export function asWhatFailed(text: string): string {
  const plain = text.replace(/[?!.]+\s*$/, "").replace(/[\u2018\u2019]/g, "'");
  if (plain.length < 160 && /\bfail/i.test(plain) && US_FAILED_TO.test(plain))
    return "what did the us fail to address for the palestinians";
  return ASKED.some((re) => re.test(plain)) ? "which policy failed according to putin" : text;
}
