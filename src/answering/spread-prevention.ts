// What Russia proposes against the crisis's spread ("how does russia propose to keep the crisis from spreading?",
// "what does the kremlin recommend to stop it widening?"): in the article the fear of the spread and the Foreign
// Ministry's call to coordinate the regional players and stabilise the situation stand together
// (foreign-ministry-position), as Russian's russian/spread-prevention.ts reads. Read as typed, "prevent"/"keep from"
// were unknown and the question stayed unsure. A Russian voice (not Putin's or Peskov's, whose entries answer them),
// a word of the spread and a proposal or prevention must all stand.

const VOICE = /\b(?:russia|russian|moscow|kremlin|foreign\s+ministry|mfa|diplomats?)\b/i;
const OTHER_VOICE = /\b(?:putin|peskov)\b/i;
const SPREAD =
  /\b(?:spread\w*|spill\w*|widen\w*|wider|regional\s+war|engulf\w*|extend\w*\s+beyond|escalat\w*\s+(?:into|beyond)|beyond\s+(?:gaza|israel|the\s+region))\b/i;
const PREVENT =
  /\b(?:propos\w*|suggest\w*|recommend\w*|plan\w*|prevent\w*|stop\w*|avoid\w*|keep\w*|contain\w*|halt\w*|do\s+about)\b/i;

/** The Foreign Ministry's proposal when Russia's answer to the spread is asked, or the question as typed. */
export function asSpreadPrevention(text: string): string {
  if (text.length > 300) return text;
  if (!VOICE.test(text) || OTHER_VOICE.test(text) || !SPREAD.test(text) || !PREVENT.test(text)) return text;
  return "what does the russian foreign ministry propose to stabilize the situation";
}
