// What a party "is after" ("what is the kremlin after in this conflict?", "what are the palestinians after?"): the
// idiom asks what the party wants, read so ("what does the kremlin want in this conflict?"). Read as typed, "after"
// was a stop word and the question stayed unsure between Russia's position and the Kremlin's role (quality26).

const AFTER =
  /^\s*(?:so\s+|and\s+)?what(?:'s|\s+is|\s+are|\s+was|\s+were)\s+((?:the\s+)?(?:kremlin|russians?|moscow|putin|peskov|palestinians?|hamas|israel(?:is)?|us|u\.s\.|united\s+states|americans?|america|washington|turkey|erdogan|(?:russian\s+)?foreign\s+ministry))\s+(?:really\s+|actually\s+|ultimately\s+)?after\b(.*)$/i;

/** The question as "what does <party> want …", or as it came. */
export function asPartyAfter(text: string): string {
  if (text.length > 140) return text;
  const m = AFTER.exec(text);
  return m ? `what does ${m[1]} want${m[2]}` : text;
}
