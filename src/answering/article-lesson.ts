// What the article says the whole conflict shows ("what does the article say the whole conflict shows", "what lesson
// does the piece draw from the war", "according to the article, what does all this reveal"): its closing paragraph,
// that the conflict highlights the consequences of failed Middle East policies. Read as typed, "conflict … shows"
// drew the fears of the crisis spreading beyond the region (quality35). Only the article asked: a voice's view of what
// the violence shows (Putin's, of US policy) keeps its reading. Russian questions of this kind already read right.

const ARTICLE = /\b(?:article|piece|text|author|writer|journalist|story|report)\b/i;
/** The thing that shows something: the conflict, by any of its names, or "all this". */
const CONFLICT =
  /\b(?:conflict|war|crisis|fighting|violence|escalation|situation|whole\s+thing|all\s+(?:this|that|of\s+this))\b/i;
/** Showing, proving, teaching — but not "shows signs" (of spreading). */
const SHOWS =
  /\b(?:shows?(?!\s+(?:any\s+|no\s+)?signs?\b)|showing|shown|demonstrates?|demonstrating|reveals?|revealing|proves?|proving|teach(?:es)?|illustrates?|exposes?|tells?\s+us|lessons?)\b/i;
/** A voice asked; "us" after "tells"/"teaches" is the reader, not the United States. */
const VOICE =
  /\b(?:putin|putin's|putins|peskov|kremlin|moscow|russia|russia's|ministry|erdogan|hamas|biden|washington|usa|(?<!\b(?:tells?|teach(?:es)?|shows?|gives?)\s+)us)\b/i;

/** "what does the article say the whole conflict shows" as "what does the article conclude", or as it came. */
export function asArticleLesson(text: string): string {
  if (
    text.length > 200 ||
    !ARTICLE.test(text) ||
    !CONFLICT.test(text) ||
    !SHOWS.test(text) ||
    VOICE.test(text)
  )
    return text;
  return "what does the article conclude";
}
