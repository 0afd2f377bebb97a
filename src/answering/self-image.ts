// How a party presents itself, asked in marketing words: "what's russia's pitch for itself in this mess", "how does
// moscow spin its role", "what image is the kremlin trying to project", "the kremlin's narrative about itself".
// Read as "how does X present itself" (readers.ts), the knowledge base's own wording of the question; read as typed,
// "pitch", "spin" and "narrative" were unknown words and the question was refused as ambiguous.
import { namesAlternation, voiceNames, withBareForms } from "../knowledge/voices.js";

/** Russia and its voices (knowledge/voices.ts: Putin, Russia and its people, the Kremlin, Peskov; their other forms,
 * each with and without "the"): only Moscow's self-presentation is in the article ("hamas's pitch" stays as typed).
 * Captured: the party as typed. */
const PARTY = `(${namesAlternation(
  withBareForms(voiceNames(["putin", "russia", "kremlin", "peskov"], "en", "also", "people")),
  "\\s+",
)})`;
const POSSESSIVE = "(?:['’]s|s)";
/** The marketing words for a self-presentation. */
const PITCH_NOUN =
  "(?:sales\\s+)?(?:pitch|spin|angle|narrative|self[-\\s]?image|image|pr|brand|branding|messaging)";
const ITSELF =
  "(?:itself|himself|themselves|its\\s+(?:own\\s+)?role|his\\s+(?:own\\s+)?role|their\\s+(?:own\\s+)?role)";

/**
 * "what's russia's pitch (for itself)", "the kremlin's narrative about itself"; not an angle on someone else
 * ("moscow's angle with hamas" asks what Hamas is to Russia).
 */
const PARTY_PITCH = new RegExp(
  `\\b(?:what\\s*(?:['’]s|\\s+is|\\s+was)|whats|how\\s+about|and)?\\s*(?:the\\s+)?${PARTY}${POSSESSIVE}\\s+(?:own\\s+)?${PITCH_NOUN}\\b(?:\\s+(?:for|about|on|of)\\s+${ITSELF}|(?!\\s+(?:with|on|towards?|regarding|about|over|for|of|concerning)\\b))`,
  "gi",
);
/** "how does moscow spin its role", "how does russia sell itself as a peacemaker". */
const SPINS_ITSELF = new RegExp(
  `\\bhow\\s+(?:does|do|did|is|are)\\s+${PARTY}\\s+(?:spin|spinning|sell|selling|pitch|pitching|market|marketing|brand|branding|package|packaging|pr)\\s+${ITSELF}`,
  "gi",
);
/** "what image is the kremlin trying to project", "what narrative does moscow push about itself". */
const PROJECTS_IMAGE = new RegExp(
  `\\bwhat\\s+(?:kind\\s+of\\s+|sort\\s+of\\s+)?(?:image|narrative|picture|story|message|pitch|spin)\\s+(?:does|do|did|is|are)\\s+${PARTY}\\s+(?:(?:trying|try|want|wanting|wants|hoping|hope|aiming|aim)\\s+to\\s+)?(?:push|pushing|project|projecting|sell|selling|paint|painting|present|presenting|convey|conveying|promote|promoting|put\\s+out|putting\\s+out)\\b(?:\\s+(?:about|of)\\s+${ITSELF})?`,
  "gi",
);

/** Who is to see the party: "people", "the world", "others" (or no one named: "want to be seen"). */
const BEHOLDERS =
  "(?:people|the\\s+world|the\\s+public|others|everyone|everybody|outsiders|the\\s+west|us|you|the\\s+sides|both\\s+sides)";
const SEE = "(?:see|view|regard|perc(?:ei|ie)ve|think\\s+of|thinks?\\s+of|look\\s+at)";
const SEEN = "(?:seen|viewed|regarded|perc(?:ei|ie)ved|thought\\s+of|looked\\s+at)";
/**
 * How a party wants to be seen: "how does moscow want people to see it", "how does russia hope the world will view
 * it", "how would the kremlin like to be seen", "how does russia want to be perceived" (wave AN).
 */
const WANTS_SEEN = new RegExp(
  `\\bhow\\s+(?:does|do|did|would|is|are)\\s+${PARTY}\\s+(?:want|wants|wanting|hope|hoping|like|try|trying|aim|aiming|wish|wishing)\\s+(?:(?:for\\s+)?${BEHOLDERS}\\s+(?:to|will|would|could)\\s+${SEE}\\s+(?:it|itself|him|them|russia|moscow)|to\\s+be\\s+${SEEN})\\b`,
  "gi",
);

/** "what does moscow hope the world thinks of it", "what would russia like people to think of it" (wave AO). */
const WANTS_THOUGHT_OF = new RegExp(
  `\\bwhat\\s+(?:does|do|did|would|is|are)\\s+${PARTY}\\s+(?:want|wants|wanting|hope|hoping|like|try|trying|wish|wishing)\\s+(?:for\\s+)?${BEHOLDERS}\\s+(?:to\\s+|will\\s+|would\\s+)?(?:think|thinks)\\s+(?:of|about)\\s+(?:it|itself|him|them|russia|moscow)\\b`,
  "gi",
);

/** The question with a party's pitch, spin or image read as how it presents itself, or as it came. */
export function asSelfImage(text: string): string {
  if (
    text.length > 400 ||
    !/pitch|spin|angle|narrative|image|brand|\bpr\b|messaging|sell|market|package|project|paint|picture|story|message|see|seen|view|regard|perceiv|percie|think|think of|thought of|look/i.test(
      text,
    )
  )
    return text;
  const read = (_m: string, party: string) => `how does ${party} present itself`;
  return text
    .replace(PARTY_PITCH, read)
    .replace(SPINS_ITSELF, read)
    .replace(PROJECTS_IMAGE, read)
    .replace(WANTS_SEEN, read)
    .replace(WANTS_THOUGHT_OF, read);
}
