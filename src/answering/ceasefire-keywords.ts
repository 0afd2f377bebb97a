// A bare keyword query naming a Russian voice, a warring side and the ceasefire ("putin gaza hamas truce", "russia
// hamas ceasefire", «путин хамас израиль перемирие»): in the article the ceasefire is Putin's call, and the sides
// are only whom it is about, so the query asks for that call. Read as typed, the side's name beside "truce" matched
// the gap "what does Hamas itself say" (its phrasing "how did hamas react to putin's demand for a truce") above the
// call (quality31's d60-15#1 kind). The sides are dropped and the voice and the deed kept. Only a bare query of
// names and the ceasefire's words: a question word or a word of saying or reacting ("hamas reaction to the
// ceasefire", "what does hamas say about putin's truce") asks the side's own stance, and stays as typed; so does a
// query without a Russian voice ("hamas ceasefire" asks about Hamas).
import { foldedRussian } from "./russian/plain-text.js";

const EN_VOICE = /^(?:putin'?s?|russia'?s?|russian|kremlin'?s?|moscow'?s?)$/;
const EN_SIDE =
  /^(?:hamas'?s?|israel'?s?|israelis?|gaza'?s?|palestine|palestinians?|idf|both|sides?|and|vs|the)$/;
const EN_DEED = /^(?:ceasefire|cease-fire|truce|armistice)$/;
/** Whether a text may hold an EN_DEED word (a plain search: linear in the text). */
const EN_DEED_IN = /cease-?fire|truce|armistice/i;
const EN_GLUE = /^(?:call|calls|demand|demands|urge|urges|immediate|now|for|a|an|on|in|of)$/;

const RU_VOICE = /^(?:путин\p{L}*|росси\p{L}*|кремл\p{L}*|москв\p{L}*)$/u;
const RU_SIDE = /^(?:хамас\p{L}*|израил\p{L}*|газ[аеуы]|газой|палестин\p{L}*|и|обе|стороны|сторон)$/u;
const RU_DEED = /^(?:перемири\p{L}*|прекращени\p{L}*|огн[яюе]|огонь|огнём|огнем)$/u;
const RU_GLUE = /^(?:призыв\p{L}*|немедленн\p{L}*|срочн\p{L}*|к|о|за|в|на)$/u;

/** The words of the bare query with the sides left out, or null when it is not such a query. */
function voiceAndDeed(
  words: readonly string[],
  voice: RegExp,
  side: RegExp,
  deed: RegExp,
  glue: RegExp,
): string[] | null {
  if (words.length < 3 || words.length > 7) return null;
  let voices = 0;
  let sides = 0;
  let deeds = 0;
  for (const w of words) {
    if (voice.test(w)) voices++;
    else if (deed.test(w)) deeds++;
    else if (side.test(w)) sides++;
    else if (!glue.test(w)) return null;
  }
  if (voices === 0 || deeds === 0 || sides === 0) return null;
  return words.filter((w) => !side.test(w) || voice.test(w) || deed.test(w));
}

/** The sides named after the deed, as its setting: "a ceasefire between israel and hamas", "a truce for gaza". */
const EN_DEED_BETWEEN =
  /\b(ceasefire|cease-fire|truce|armistice)\s+(?:between\s+(?:the\s+)?(?:israel|israelis|hamas|palestinians|gaza)(?:'s)?\s+(?:and|&)\s+(?:the\s+)?(?:israel|israelis|hamas|palestinians|gaza)|(?:in|for)\s+gaza)\b/g;

/**
 * A full question of the ceasefire with the sides as its setting ("does putin want a ceasefire between israel and
 * hamas?"): read as typed, "hamas" beside "ceasefire" found the gap "what does Hamas itself say" and the reply was
 * "The article doesn't say" above it, under a question the call answers Yes (session 31's review). The sides go;
 * the deed stays. A side as the deed's subject ("does hamas want a ceasefire?") is not touched.
 */
export function withoutCeasefireSetting(text: string): string {
  if (text.length > 200 || !/between|gaza/i.test(text)) return text;
  return text.replace(EN_DEED_BETWEEN, "$1");
}

/** An English keyword query of a Russian voice, a side and the ceasefire, read without the side. */
export function asCeasefireKeywords(text: string): string {
  // Most questions name no deed: they skip the lower-casing and the word array (kilobytes per answer, perf-r2-33).
  // A word EN_DEED takes is one of these letters in the lower-cased text, so the text holds them in some case.
  if (text.length > 80 || !EN_DEED_IN.test(text)) return text;
  const words = text
    .toLowerCase()
    .replace(/[?!.,]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const kept = voiceAndDeed(words, EN_VOICE, EN_SIDE, EN_DEED, EN_GLUE);
  return kept === null ? text : kept.join(" ");
}

/** The Russian twin: «путин хамас израиль перемирие» read as «путин перемирие». */
export function asRussianCeasefireKeywords(text: string): string {
  if (text.length > 80) return text;
  const words = foldedRussian(text).split(" ").filter(Boolean);
  const kept = voiceAndDeed(words, RU_VOICE, RU_SIDE, RU_DEED, RU_GLUE);
  return kept === null ? text : kept.join(" ");
}
