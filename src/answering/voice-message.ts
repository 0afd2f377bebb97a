// A story voice's message asked as a noun ("what was the russian foreign ministry's message?", "what were putin's
// remarks about gaza", "what's peskov's statement on the kremlin's role"): what that voice said, on the topic if one
// follows. Read as typed, "message" is the story's message (the article's conclusion) and "remarks" a frame only,
// so the article's own words or a near entry of the voice won over the voice's statement. Only the story's voices
// stand there: "what was biden's message" stays as typed and is refused as "what did biden say" is.
import { leanRegExp } from "../lib/lean-regexp.js";

/** The article's voices and the offices that name them, with an optional "the"/"russian" before. */
export const VOICE =
  "(?:the\\s+)?(?:russian\\s+|russia's\\s+|moscow's\\s+)?(?:(?:vladimir\\s+)?putin|(?:dmitry\\s+|dmitri\\s+)?peskov|kremlin|foreign\\s+ministry|ministry\\s+of\\s+foreign\\s+affairs|mfa|foreign\\s+office|president|leader|spokes(?:man|person|woman)|press\\s+secretary|government|diplomats|moscow|russia)";

/** The nouns of what a voice said. */
const SAID_NOUN =
  "(?:message|messages|statement|statements|remarks|comments|words|announcement|point|points|response|reaction)";

/** "what was <voice>'s (main) message (about <topic>)". */
const VOICE_NOUN = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+|ok\\s+)?what\\s+(?:was|is|were|are|'s)\\s+(${VOICE})(?:'s|s'|’s)\\s+(?:(?:main|key|central|core|official|actual|exact|basic)\\s+)?${SAID_NOUN}(\\s+(?:about|on|regarding|concerning|over|to)\\s+.+?)?\\s*\\?*\\s*$`,
  "i",
);

/** "what message did the foreign ministry send/give (on …)". */
const NOUN_DID_VOICE = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+)?what\\s+(?:(?:main|key)\\s+)?${SAID_NOUN}\\s+did\\s+(${VOICE})\\s+(?:send|give|deliver|put\\s+out|issue|make|convey)(\\s+(?:about|on|regarding|concerning|over|to)\\s+.+?)?\\s*\\?*\\s*$`,
  "i",
);

/** The question as "what did <voice> say (<topic>)", or as it came. */
export function asVoiceMessage(text: string): string {
  const m = VOICE_NOUN.exec(text.replace(/[\u2018\u2019]/g, "'")) ?? NOUN_DID_VOICE.exec(text);
  if (!m?.[1]) return text;
  return `what did ${m[1].trim()} say${m[2] ?? ""}`;
}
