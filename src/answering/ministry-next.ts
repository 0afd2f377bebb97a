// What the Foreign Ministry thinks should happen next ("what does russia's foreign ministry think should happen
// next", "according to russia's foreign ministry, what needs to happen next?", "what do russian diplomats say should
// be done now"): the ministry's stated position (regional coordination, direct Palestinian-Israeli dialogue). Read as
// typed, "next" drew the fears of the crisis spreading and "needs" Putin's wants, so the engine was unsure (quality35).
// Another ministry ("israel's foreign ministry") is not the one the article quotes: read as the Israeli government's
// reply it never reports (a refusal), or left as typed. Russian questions of this kind already read right.

const MINISTRY =
  /\b(?:foreign\s+ministry|foreign\s+office|ministry\s+of\s+foreign\s+affairs|mfa|diplomats?)\b/i;
/** What should happen from now on. */
const NEXT =
  /\b(?:(?:happen|be\s+done|do|come|occur)\s+(?:next|now)|next\s+steps?|needs?\s+to\s+(?:happen|be\s+done)|should\s+(?:happen|be\s+done)|way\s+forward|going\s+forward|from\s+here)\b/i;
/** A voice other than the ministry asked: the question is theirs. */
const OTHER_VOICE = /\b(?:putin|putin's|putins|peskov|kremlin|erdogan|hamas|article|author|piece)\b/i;
const ISRAELI =
  /\b(?:israel's|israels|israeli)\s+(?:foreign\s+ministry|foreign\s+office|ministry|mfa|diplomats?)\b/i;
const OTHER_COUNTRY =
  /\b(?:us|u\.s\.|usa|american|america's|turkish|turkey's|ukrainian|ukraine's|eu|european|palestinian|chinese|china's|iranian|iran's)\s+(?:foreign\s+ministry|foreign\s+office|ministry|mfa|diplomats?|state\s+department)\b/i;

/** The ministry's "what next" as its position, or as it came. */
export function asMinistryNext(text: string): string {
  if (text.length > 160 || !MINISTRY.test(text) || !NEXT.test(text) || OTHER_VOICE.test(text)) return text;
  if (ISRAELI.test(text)) return "how did israel's government respond";
  if (OTHER_COUNTRY.test(text)) return text;
  return "what does the russian foreign ministry want";
}
