// Criticism of Russia's own role ("any criticism of russia's own role in the article?", "is there any criticism of
// moscow's part in the peace process?"): the article's only word on it is that Russia's involvement "is not without
// controversy". "criticism" reads as Putin's criticising, and with "role" the question drew the card on why the
// involvement is controversial (which the article never says) and was refused. Read as whether Russia's
// involvement is controversial — not when Putin (or another voice) is the one criticising.

const CRITICISM =
  /\b(?:criticism|criticisms|critique|critiques|critical|criticized|criticised|questioned|pushback)\b/i;
const RUSSIA_ROLE =
  /\b(?:russia|moscow|the\s+kremlin|kremlin)(?:'s|s|\u2019s)?\s+(?:own\s+)?(?:role|part|involvement|participation|mediation)\b|\b(?:role|part|involvement|participation)\s+of\s+(?:russia|moscow|the\s+kremlin)\b/i;
/** A voice doing the criticising ("putin's criticism of…"): the question is about that voice. */
const CRITIC = /\b(?:putin|peskov|erdogan|ministry|washington)\b/i;

/** The question read as whether Russia's involvement is controversial, or as it came. */
export function asRoleCriticism(text: string): string {
  if (text.length > 200 || !CRITICISM.test(text) || !RUSSIA_ROLE.test(text) || CRITIC.test(text)) return text;
  return "is russia's involvement in the peace process controversial";
}
