// Ties with one side asked as Russia's only ties ("does russia only have relations with israel?", "is israel the only
// country russia has ties with?", "does moscow only have links to the palestinians?"): the article gives two
// relationships, so the answer is both. Read as typed, the question drew the one side's card alone, which never says
// the other exists.

const ONLY = /\bonly\b/i;
const TIES = /\b(?:relations|relationships?|ties|links|connections|contacts|friends|allies|dealings)\b/i;
const RUSSIA = /\b(?:russia|moscow|kremlin|russians|putin)\b/i;
const SIDE = /\b(?:israel\w*|palestin\w*|hamas|gaza)\b/i;
const OTHER = /\b(?:america\w*|washington|united\s+states|turkey|erdogan|iran|china|quartet|eu|un|usa?)\b/i;

/** The question read as Russia's relationships with both sides, or as it came. */
export function asOneSideTies(text: string): string {
  if (text.length > 160 || !ONLY.test(text) || !TIES.test(text)) return text;
  if (!RUSSIA.test(text) || !SIDE.test(text) || OTHER.test(text)) return text;
  return "which relationships does moscow highlight with both israelis and palestinians";
}
