// What the phone call was about, asked between options ("was the call about a ceasefire or about trade?", "was
// putin's call with erdogan about a truce or about gas deals?", "did they discuss business or the war on that
// phone call"): one option is the story's, the other (trade, gas, business) is not, so the either-or was refused as
// off the article. The article says what Putin stressed in the call; the question is read as what the call was
// about, and the call's entry answers which of the two it was.

const CALL = "(?:(?:phone\\s+)?call|phone\\s+conversation|conversation|phone\\s+chat|talk|talks)";

/** "was the call (with erdogan) about X or (about) Y". */
const ABOUT_OPTIONS = new RegExp(
  `\\b(?:was|were|is)\\s+(?:the|that|this|their|his|putin's|putins|the\\s+putin-erdogan)\\s+${CALL}\\b[^?.!]{0,40}?\\b(?:about|on|over|regarding)\\s+[^?.!]{1,40}?\\s+or\\s+(?:about\\s+|on\\s+)?[^?.!]{1,40}`,
  "i",
);

/** "did they discuss/talk about X or Y (on|in|during) the call". */
const DISCUSS_OPTIONS = new RegExp(
  `\\b(?:did|do)\\s+(?:they|putin\\s+and\\s+erdogan|the\\s+two(?:\\s+leaders)?|both\\s+leaders)\\s+(?:discuss|talk\\s+about|cover|focus\\s+on)\\s+[^?.!]{1,40}?\\s+or\\s+[^?.!]{1,40}?\\s+(?:on|in|during|over)\\s+(?:the|that|this|their)\\s+${CALL}\\b`,
  "i",
);

/** The question read as what the call was about, or as it came. */
export function asCallSubject(text: string): string {
  if (text.length > 200) return text;
  if (ABOUT_OPTIONS.test(text) || DISCUSS_OPTIONS.test(text))
    return "what did putin and erdogan discuss on the call";
  return text;
}
