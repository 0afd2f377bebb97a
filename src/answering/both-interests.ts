// "Did Putin say the US took both sides' interests into account?", "does putin think the americans balanced both
// parties' interests?": the interests of BOTH sides, asked of the US, are the article's "compromises acceptable to
// both sides" that Washington did not consider while monopolising the peace efforts (us-monopolizing-peace). Read
// as typed, "interests" pulled the US entries apart and the question was unsure (quality52; the Russian twin is
// russian/both-interests.ts). The Palestinians' own interests and the conclusion's "all parties" stay as typed.

const US = /\b(?:us|u\.s\.?|usa|united\s+states|america|americans?|washington|the\s+states)\b/i;
/** A cheap word check before the pattern. */
const CUE = /interest/i;
const BOTH_INTERESTS =
  /\b(?:(?:both|the\s+two)\s+(?:sides|parties|camps)(?:'|’)?s?(?:'|’)?\s+interests|interests\s+of\s+(?:both|the\s+two)\s+(?:sides|parties|camps)|interests\s+of\s+(?:both\s+)?(?:the\s+)?(?:israel|israelis)\s+and\s+(?:the\s+)?palestinians?|(?:israeli|israel's)\s+and\s+palestinian\s+interests|interests\s+on\s+both\s+sides)\b/i;

/** Longer text is a ramble, read by its own question elsewhere. */
const MAX_LENGTH = 160;

/** The question with "compromises acceptable to both sides" for both sides' interests, or as typed. */
export function withBothSidesCompromise(text: string): string {
  if (text.length > MAX_LENGTH || !CUE.test(text) || !US.test(text)) return text;
  return text.replace(BOTH_INTERESTS, "compromises acceptable to both sides");
}
