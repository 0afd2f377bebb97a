// The article's own prescription ("what kind of approach does the article say is needed going forward", "what
// should be done next, according to the text"): the closing paragraph's call for comprehensive, inclusive
// approaches. "approach" reads as policy and "needed" as need, so the question drew Putin's wants (his "need for a
// Palestinian state"). Read as the approach the article says lasting peace needs (its way to a resolution) — only
// where the article, not a voice in it, is asked.

/** The article, its author or its text as the one asked. */
const ARTICLE = /\b(?:article|piece|text|author|writer|journalist|story|report)\b/i;
/** A way on from here: the forward-looking words the question was misread by ("approach … needed" alone the
 * engine already finds: this reader does not touch it). */
const PRESCRIPTION =
  /\b(?:going\s+forward|moving\s+forward|from\s+(?:here|now)\s+on|in\s+(?:the\s+)?future|way\s+forward|path\s+forward|(?:done|do|happen|come)\s+next|next\s+steps?)\b/i;
/** A voice the article reports: then the question is theirs, not the article's. */
const VOICE =
  /\b(?:putin|peskov|kremlin|moscow|russia|russian|russians|ministry|erdogan|hamas|israel|israeli|us|usa|america|american|washington)\b/i;

/** The question read as the approach the article says is needed, or as it came. */
export function asArticlePrescription(text: string): string {
  if (text.length > 200 || !ARTICLE.test(text) || !PRESCRIPTION.test(text) || VOICE.test(text)) return text;
  return "what approach is needed for lasting peace";
}
