// A voice and a terse ask for its gist ("peskov - main takeaway?", "Foreign Ministry: key message?", "putin —
// gist?", "the kremlin, bottom line?"): what that voice said. Alone, "main takeaway" reads as the article's
// conclusion and "gist" as nothing, so the voice's own statement lost to the story's. Any name may stand there: a
// voice the article never quotes ("Zelensky: main point?") is refused as "what did Zelensky say" is.
import { lean, leanRegExp } from "../lib/lean-regexp.js";

const GIST =
  "(?:the\\s+)?(?:(?:main|key|central|core|big|basic|overall|chief)\\s+)?(?:point|points|takeaway|takeaways|message|messages|gist|idea|line|argument|thing|bottom\\s+line|tl;?dr|summary)";

/** "<voice> - <gist>?": one to four words, a dash, colon or comma, the gist word(s), nothing else. */
const VOICE_THEN_GIST = leanRegExp(
  `^\\s*((?:[\\p{L}'’.]+\\s+){0,3}[\\p{L}'’.]+)\\s*(?:[-–—:,]+|'s)\\s*(?:what(?:'s|\\s+is|\\s+was)\\s+(?:their|his|its|her)\\s+)?${GIST}\\s*\\?*\\s*$`,
  "iu",
);

const NOT_A_VOICE = lean(
  /(?:^|\s)(?:what|who|which|how|why|so|ok|okay|well|and|but|article|story|piece|text|report|its|it)(?:\s|$)/i,
);

/** The question as "what did <voice> say", or null when it is not a voice and a terse gist ask. */
export function asVoiceGist(text: string): string | null {
  const m = VOICE_THEN_GIST.exec(text);
  // A question word or chat lead-in is no voice ("so what's the takeaway"), nor the article ("the article: gist?").
  if (!m?.[1] || NOT_A_VOICE.test(m[1])) return null;
  return `what did ${m[1].trim()} say`;
}
