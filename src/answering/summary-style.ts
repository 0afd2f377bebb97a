// The style or reader a request for the story in brief is asked in ("like a tweet", "in telegram style, STOP
// included", "as a headline", "for a busy person", "no full sentences", "in one tweet", "like a text to my mum",
// "to a five year old", "a tweet-length blurb"): how to write the summary, not what it is about. Left in, "tweet",
// "telegram" or "busy" counted as unknown words and the request was refused or unsure.
import { latin1Viewer, replaceOnView } from "../lib/latin1-view.js";
import { leanRegExp } from "../lib/lean-regexp.js";

/** A short form the summary is to be written as. */
const FORM =
  "(?:telegram|telegraph|tweet|twitter post|x post|headline|news flash|newsflash|news ticker|ticker|text message|sms|haiku|caption|push notification|sticky note|post it|banner|slogan|bumper sticker|sound ?bite|elevator[ -]pitch|elevator speech|pitch|blurb|newspaper headline|news headline|tweet length blurb)";

/** A reader a summary is to be simple enough for: "a kid", "my grandma", "a five year old", "dummies". */
const READER =
  "(?:(?:a|an|my|your|any|the) )?(?:(?:\\d+|five|six|seven|eight|nine|ten|twelve)[ -]?(?:year|yr)s?[ -]?old|kid|kids|child|children|toddler|grandma|granny|grandmother|grandpa|grandfather|gran|nan|mom|mum|dad|parents|layman|laymen|layperson|beginner|beginners|dummies|anyone|everyone|non ?experts?|outsider|newbie|teenager|teen|five year old)";

const STYLE = leanRegExp(
  [
    // "like a tweet", "as a headline", "in the style of a telegram", "in the form of a text message"
    `\\b(?:like|as|in the (?:style|form|format|shape) of) (?:a |an |the )?${FORM}s?(?: (?:style|format|form|length))?\\b`,
    // "in telegram style", "tweet-length", "headline format"
    `\\b(?:in |as )?(?:a |an )?${FORM} (?:style|format|form|length|sized|size|mode)\\b`,
    // "in one tweet", "as a single tweet", "into a newspaper headline", "down to a tweet-length blurb": the form with
    // a count or a size before it, and a reader after it ("like a text message to my mum")
    `\\b(?:in|into|as|to) (?:a |an |one |1 |a single |single |just one |one single )?(?:short |quick |catchy |single |newspaper |news )?${FORM}s?(?:[ -](?:style|format|form|length|sized))?(?: (?:blurb|post|summary|version))?(?: (?:to|for) ${READER})?\\b`,
    `\\b(?:like|as) (?:a |an |the )?${FORM}s? (?:to|for) ${READER}\\b`,
    // "explain this story to a five year old", "tell it to my mum": a reader to write simply for
    `\\bto (?:${READER})\\b`,
    // "for a busy person", "for lazy readers"
    "\\bfor (?:a |an |the )?(?:very )?(?:busy|lazy|tired|impatient|hurried|distracted) (?:person|people|reader|readers|exec|executive|boss|manager|me|guy|one)\\b",
    // "so a kid would follow", "so that my grandma gets it", "for a five year old": a reader to write simply for
    `\\b(?:so|so that|such that|that) (?:${READER}) (?:would|could|can|will|might)? ?(?:get|gets|follow|follows|understand|understands|grasp|grasps)(?: it| this| that)?\\b`,
    `\\bfor (?:${READER})\\b`,
    // "no full sentences", "without complete sentences"
    "\\b(?:no|without|skip the|skip) (?:full|complete|whole|proper) sentences\\b",
    // a telegram's "STOP" between its lines: "STOP included", "with the stops"
    "\\b(?:with )?(?:the )?stops? (?:included|and all)\\b|\\bwith (?:the )?stops\\b",
  ].join("|"),
  "gi",
);

/** Words with their characters above U+00FF made one (lib/latin1-view.ts): STYLE's code stays one-byte (rss29). */
const view = latin1Viewer([STYLE]);

/** The words without the style a summary is asked in ("tl dr please like a tweet" -> "tl dr please"). */
export function withoutSummaryStyle(words: string): string {
  return replaceOnView(words, view(words), STYLE, " ");
}
