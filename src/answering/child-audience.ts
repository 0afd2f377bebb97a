// The asker as a child the answer is to be simple enough for ("give me the gist as if I were twelve years old", "sum
// up the story as though I were a child", "explain it as if I was a 10-year-old", "Pretend I'm a nine-year-old.",
// quality44, wave BU): read as "like I'm five", the one form the plain-words reader (answer-manner.ts), the stop
// phrases (words.ts) and the brief requests (english-intents.ts) all know, as russian/audience.ts reads «так, будто
// мне десять лет» as «как для ребенка». Read as typed, "years old" asked for an age or a date and "were" / "though"
// were unknown words: the summary request was refused or went to the article's conclusion.

/** A child's age: a figure or a word (2 to 15). */
const AGE =
  "(?:[2-9]|1[0-5]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)(?!\\d)";
/** The child: an age with or without "years old", or "a kid", "a child", "a 5th grader". */
const CHILD = `(?:(?:only|just)\\s+)?(?:(?:a|an)\\s+)?(?:${AGE}(?:[ -]?(?:years?|yrs?)(?:[ -]?olds?)?)?|(?:little\\s+|small\\s+)?(?:kid|child|toddler|baby|schoolkid|schoolboy|schoolgirl)|(?:${AGE}|\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh)[ -]?grader)`;
/** The asker being that child: "as if I were", "as though I was", "like I'm", "pretend I'm", "imagine I am". */
const FRAME = new RegExp(
  `(?:,\\s*)?\\b(?:(?:as\\s+if|as\\s+though|like)\\s+(?:i\\s*(?:am|'m|’m|was|were)|im)|(?:pretend|imagine|assume)(?:\\s+that)?\\s+(?:i\\s*(?:am|'m|’m|was|were)|im))\\s+${CHILD}(?![\\p{L}\\d])`,
  "iu",
);

/** The child frame as "like I'm five", or the text as it came. */
export function withChildAudienceAsFive(text: string): string {
  if (text.length > 300 || !/\bi\b|\bim\b|i'm|i’m/iu.test(text)) return text;
  const m = FRAME.exec(text);
  if (m === null) return text;
  // Already the one form: nothing to rewrite ("explain it like I'm five").
  if (/^,?\s*like\s+(?:i\s*(?:am|'m|’m)|im)\s+five$/iu.test(m[0])) return text;
  return `${text.slice(0, m.index)} like I'm five${text.slice(m.index + m[0].length)}`
    .replace(/\s{2,}/gu, " ")
    .trim();
}
