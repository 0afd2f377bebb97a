// Keyword queries and noun phrases typed without a question mark ("status of the X talks", "russia's gdp growth
// forecast for next year", "brief: russia and the quartet", "black sea grain deal - any update"): a topic named for
// the bot to look up, not a statement to verify. A claim asserts something, so it has a finite verb ("Putin blames
// the US", "the Kremlin has ties with Hamas"); a message of English words with none reads as a query. Also a label
// and colon opening the message (brief:, overview:, status:) and an ask after a dash or colon ("… - any update",
// "…: where do things stand"). Bounded patterns and one pass over the words: linear time.

/** Auxiliaries, copulas and modals: any of them makes the message a sentence. */
const AUXILIARY = new Set(
  (
    "is are was were am be been being has have had do does did will would can could should shall may might must " +
    "isnt arent wasnt werent hasnt havent hadnt dont doesnt didnt wont wouldnt cant couldnt shouldnt"
  ).split(" "),
);
/** Words ending in -ed that are adjectives or nouns in this story's queries, never the sentence's verb. */
const NOT_PAST = new Set(
  "united red need speed seed bed feed greed hundred embed based armed related alleged so-called".split(" "),
);
/** Words before a noun: after them a word in -s or -ed is a plural or an adjective ("the failed policy", "its talks"). */
const BEFORE_NOUN = new Set(
  (
    "the a an its their his her our my your this that these those of on in for with about and or to from by at " +
    "over per after before between any some no new latest recent"
  ).split(" "),
);
/** Verbs in the past that do not end in -ed ("Putin spoke with …", "Russia sent aid …"). */
const IRREGULAR_PAST = new Set(
  (
    "said spoke met made put spent went told sat flew sent gave took came saw thought felt held kept left led " +
    "brought bought won lost ran began wrote broke chose drew fell fought found got grew heard knew meant paid " +
    "rose sold stood struck taught understood set cut hit let became sought"
  ).split(" "),
);
/** Verbs a claim puts in the base form after its subject ("putin recognize …", "… exclude Hamas", "… make up"). */
const BASE_VERB = new Set(
  (
    "recognize recognise exclude include make want need blame support back oppose accept say call urge agree " +
    "share live keep maintain talk play help stand side hold see think know plan seek aim believe reject deny " +
    "refuse fear hope praise condemn criticize criticise accuse ignore overlook fail get give take tell ask " +
    "lead push show mean seem stay become remain work try rest come go sit aspire"
  ).split(" "),
);
/** Words after a noun in -s: "sanctions and …", "plans for …", "talks on …", "islands" closing the message. */
const AFTER_PLURAL = new Set(
  "of and or for on in with between over about from at by after before against".split(" "),
);
/** The story's subjects: after one of them a word in -s or a base form is the verb ("the Kremlin refuses to …"). */
const SUBJECT =
  /^(?:putin|peskov|russia|moscow|kremlin|ministry|article|text|piece|author|writer|washington|america|hamas|israel|nato|erdogan|turkey|government|quartet|palestinians|israelis|iran|china|ground|ties)$/;
/** Pronouns that stand as a subject: with them the message is a sentence ("they blame …", "he never …"). */
const SUBJECT_PRONOUN = /^(?:i|we|you|he|she|it|they|there)$/;

function hasFiniteVerb(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const before = i > 0 ? (words[i - 1] ?? "") : "";
    const after = words[i + 1];
    if (AUXILIARY.has(w.replace(/'/g, "")) || SUBJECT_PRONOUN.test(w) || IRREGULAR_PAST.has(w)) return true;
    if (i === 0 || BEFORE_NOUN.has(before) || before.endsWith("'s")) continue;
    if (/^(?:never|not|also|only|then)$/.test(w)) return true;
    if (w.length > 4 && w.endsWith("ed") && !NOT_PAST.has(w)) return true;
    // A word in -s between a noun and its object ("Putin credits the US …"), not a plural closing a phrase.
    if (
      /[^s'u]s$/.test(w) &&
      w.length > 3 &&
      (SUBJECT.test(before) || (after !== undefined && !AFTER_PLURAL.has(after)))
    )
      return true;
    if (BASE_VERB.has(w) && after !== undefined) return true;
  }
  return false;
}

/** A label and colon opening the message: "brief: …", "overview: …", "in 2 sentences: …". */
const LABEL_OPENING =
  /^(?:in\s+(?:one|two|three|a\s+few|\d)\s+(?:sentences?|lines?|words?)|brief|briefing|overview|summary|recap|status|update|background|context|explainer|rundown|digest|short|quick)\s*:/i;
/** An ask after a dash or colon: "… - any update", "…: where do things stand", "… — latest". */
const ASK_AFTER_BREAK =
  /(?:\s[-–—]|:)\s*(?:any\s+(?:update|updates|news|progress)|latest|news|update|where\s+(?:do|does|are|is)\b|when\b|which\b)/i;

/**
 * A voice and the topic asked of it, as a headline or search: "peskov on new sanctions against russia", "putin
 * comments on the ruble", "the kremlin's remarks on …". A claim that someone commented is no use to check: asked.
 */
const VOICE_ON_TOPIC =
  /^(?:the\s+)?(?:russian\s+)?(?:putin|peskov|kremlin|foreign\s+ministry|mfa|moscow|russia|erdogan|lavrov|zakharova|washington)(?:'s|’s)?\s+(?:(?:comments?|remarks?|statements?|words|thoughts|views?|reaction|response)\s+)?(?:on|about|re|regarding|over)\s+\S/i;

/** A sentence's fragment pasted to be checked opens with a linking word ("by highlighting …", "amidst …"). */
const SPAN_OPENING = /^(?:by|amid|amidst|particularly|including|alongside|while|whereas|in\s+order)\b/i;

/** The message names a topic to look up (no finite verb, a label, an ask after a break), in English. */
export function isKeywordQuery(text: string): boolean {
  if (/\p{Script=Cyrillic}/u.test(text)) return false;
  if (LABEL_OPENING.test(text) || ASK_AFTER_BREAK.test(text)) return true;
  // Not "putin on the phone w/ erdogan: stop the fighting …": a scene set before what was said.
  if (VOICE_ON_TOPIC.test(text) && !/[.!:]["”’]?|\s[-–—]\s|\bon\s+the\s+(?:phone|line|call)\b/.test(text))
    return true;
  if (/[.!]["”’]?$/.test(text) || /["“”«»]/.test(text) || SPAN_OPENING.test(text)) return false;
  const words = text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[\s,;:()]+/)
    .map((w) => w.replace(/^[^\p{L}\d']+|[^\p{L}\d']+$/gu, ""))
    .filter((w) => w !== "");
  if (words.length < 3 || words.length > 14) return false;
  return !hasFiniteVerb(words);
}
