// The rewrites an English question goes through before the lexicon reads it, in order: a voice and a terse gist
// ask (voice-gist.ts), the plainer question a shape asks (plain-question.ts), then the asked shapes
// (asked-shapes.ts). The knowledge base's own phrasings never pass here; a Russian question is read as typed.
import { asAskedShape } from "./asked-shapes.js";
import { asPlainQuestion } from "./plain-question.js";
import type { Lang } from "./types.js";
import { asVoiceGist } from "./voice-gist.js";

/** The text the lexicon reads for a question read in `lang`. */
export function questionAsRead(text: string, lang: Lang): string {
  if (lang !== "en") return text;
  return asAskedShape(asPlainQuestion(asVoiceGist(text) ?? text));
}
