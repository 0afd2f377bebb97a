// Whether a Russian voice talks to one warring side, asked yes/no with a verb of speaking ("is moscow speaking with
// israel?", "is the kremlin talking to the palestinians", "does russia speak with the israelis", "are the russians
// communicating with israel"): the article's answer is the Kremlin's open communication with both warring sides
// (kremlin-contact-both-sides). Read as typed, "speaking" set the ties with Israel beside the contact card and the
// question was refused as ambiguous, and "talking to israel" found Russia's common ground with Israel (its former
// citizens there), which is not contact (quality45's leftover). Read as "is russia in contact with <side>", the plain
// wording the engine reads. Only the whole question: a reason, a topic or a time after the side ("talking to israel
// about what", "why is moscow talking to israel") keeps its reading, and Hamas keeps hamas-contact.ts's (the article
// names Hamas only among Russia's Palestinian ties). Bounded patterns over at most 120 characters.

const MAX_LENGTH = 120;

const VOICE =
  /(?:the\s+)?(?:kremlin|moscow|russia|russians|russian\s+(?:government|side|leadership|officials)|putin)/
    .source;
const SIDE =
  /(?:israel|the\s+israelis|israelis|the\s+israeli\s+(?:government|side|leadership)|the\s+palestinians|palestinians|palestine|the\s+palestinian\s+(?:side|leadership|authority))/
    .source;
const SPEAKING = /(?:speak(?:ing|s)?|talk(?:ing|s)?|communicat(?:e|es|ing)|chat(?:ting|s)?)/.source;

const TALKS = new RegExp(
  `^\\s*(?:so\\s+|and\\s+|but\\s+)?(?:is|are|was|were|does|do|did|has|have)\\s+${VOICE}\\s+(?:still\\s+|actually\\s+|even\\s+|also\\s+|been\\s+)?${SPEAKING}\\s+(?:directly\\s+)?(?:to|with)\\s+(${SIDE})(?:\\s+(?:at\\s+all|too|now|still|directly))?(?:,?\\s+according\\s+to\\s+(?:the|this)\\s+(?:article|piece|story|text))?\\s*[?.!]*\\s*$`,
  "i",
);

/** "is moscow speaking with israel?" as "is russia in contact with israel", or the text as it came. */
export function asOneSideTalks(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const m = TALKS.exec(text);
  if (!m?.[1]) return text;
  const side = /palestin/i.test(m[1]) ? "the palestinians" : "israel";
  return `is russia in contact with ${side}`;
}
