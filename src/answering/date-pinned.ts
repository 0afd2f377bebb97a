// A yes/no question pinned to a day the article never gives ("did putin call erdogan on monday?", "was the call in
// october", "did peskov speak yesterday?"): what it asks is when, and the article gives no dates. Read as the
// when-question it is ("when did putin call erdogan"), which answer-type.ts answers with "the article doesn't give
// a date or time" and what it does say. Left as it came, the day was an unknown topic that refused the question
// ("on monday" after a name reads like "Peskov on oil prices"), or the day fell away and the card for the call
// answered as if confirming it. A weekday in a long message's chatter ("my cousin told me on Sunday…") is not asked:
// only a short question that ends with its day is read.
import { leanRegExp } from "../lib/lean-regexp.js";

const DAY =
  "on (?:a |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|yesterday|last (?:week|weekend|month|night|year)|this (?:week|weekend|month|morning)";

/** "did|was|were|has|had <up to eight words> <day> [?]". */
const DATE_PINNED = leanRegExp(
  `^\\s*((?:so|and|but)\\s+)?(did|was|were|has|had)\\s+((?:[\\p{L}'’-]+\\s+){0,7}?[\\p{L}'’-]+)\\s+(?:${DAY})\\s*[?.!]*\\s*$`,
  "iu",
);

/** The question as the when-question it asks, or as it came. */
export function asDateAsked(text: string): string {
  const m = DATE_PINNED.exec(text);
  if (!m) return text;
  return `${m[1] ?? ""}when ${m[2]!.toLowerCase()} ${m[3]}?`;
}
