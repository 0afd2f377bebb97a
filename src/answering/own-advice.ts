// A request for advice about the asker's own life ("my landlord keeps raising the rent … how do I negotiate with
// him?", "my cat won't stop … any advice?"): one word the story also uses ("negotiate", "stop", "conflict") must
// not make it a question about the story. Such a message is refused unless it names the story's people, places or
// bodies, or the article itself.
import { lean } from "../lib/lean-regexp.js";

/** The asker wants advice or a pick for themselves (normalised words). */
const ASKS_ADVICE_FOR_SELF = lean(
  /\b(?:how (?:do|can|should|could|would) (?:i|we)|what (?:should|can|could|do) (?:i|we) do|what do you (?:suggest|recommend)|any (?:tips|advice|ideas|suggestions|recommendations)|(?:give|need|want) (?:me |us )?(?:some |any )?(?:tips|advice)|help me (?:with|to|figure|decide|out)|what would you (?:do|pick|choose|recommend|suggest)|which (?:one )?would you (?:pick|choose|recommend)|the (?:best|right|easiest|smartest) way to\b.*\bwith my\b)\b/,
);

/** The story's people, places and bodies, and the text itself: a message naming one is about the story. */
const NAMES_THE_STORY = lean(
  /\b(?:putin|erdogan|peskov|kremlin|moscow|russia|russian|russians|turkey|turkish|ankara|us|usa|america|american|americans|washington|united states|israel|israeli|israelis|gaza|hamas|palestine|palestinian|palestinians|middle east|arab|quartet|un|united nations|eu|european union|foreign ministry|article|story|text|news piece|piece|report)\b/,
);

/** Whether a message asks advice for the asker's own life without naming anything of the story. */
export function asksOwnAdvice(words: string, namedSpeakers: readonly string[]): boolean {
  return namedSpeakers.length === 0 && ASKS_ADVICE_FOR_SELF.test(words) && !NAMES_THE_STORY.test(words);
}
