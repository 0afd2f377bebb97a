// Whether the US gave the Palestinians what they wanted, in Putin's view ("does putin think the us gave
// palestinians what they wanted, like their own country", "did washington deliver the state the palestinians hoped
// for?"): the article's answer is the US failure to address their interests, particularly their aspiration for an
// independent state; read as "did the us address palestinian interests". Read as typed, the Palestinian state's
// card answered without saying the US did not (wave AE, blind52).

const US = /\b(?:us|u\.s\.|usa|united\s+states|america|americans|washington|white\s+house)\b/i;
const GAVE =
  /\b(?:gave|give|given|giving|delivered|deliver|provided|provide|granted|grant|got|get|hand|handed|offered|met|meet|satisfied|fulfilled)\b/i;
const PALESTINIANS = /\bpalestin\w*/i;

/** The question as whether the US addressed the Palestinians' interests, or as it came. */
export function asUsGave(text: string): string {
  if (text.length > 160 || !/^\s*(?:so\s+|and\s+)?(?:does|did|do|has|according\s+to\s+putin)\b/i.test(text))
    return text;
  return US.test(text) && GAVE.test(text) && PALESTINIANS.test(text)
    ? "did the us address palestinian interests"
    : text;
}
