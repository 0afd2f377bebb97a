// How people attribute a sentence ("Putin said that …", "…, according to Peskov"). Which plain messages are claims
// to check rather than questions to answer is src/routing/.
// Every regular expression here is bounded, so a 4096-character message is read in linear time.

import { NEGATIVE_PRONOUNS, NEGATORS } from "./polarity.js";

/** Verbs that attribute a statement to someone: "Putin said (that) …". Lower case only, so the "States" of "the
 * United States" is never read as a verb; not "told" ("told Erdogan that …") nor "states" ("the united states"). */
/** "states" only before "that": "the article states that …", never a lower-case "the united states". An admission
 * ("admitted/conceded that …") too, only before "that"; not "acknowledges", the article's own verb of a deed. */
const SAY_VERBS =
  "said|says|say|claimed|claims|insisted|insists|argued|argues|added|adds|declared|declares|wrote|writes|believes|believed|thinks|thought|stressed|stresses|announced|announces|notes|noted|observes|observed|reports|reported|explains|explained|stated|states(?=\\s+that\\b)|(?:admit(?:s|ted)|concede[sd]|point(?:s|ed)?\\s+out)(?=\\s+that\\b)|(?:was|is|has\\s+been)\\s+quoted\\s+as\\s+saying";

// Not a noun after a verb of its own: "Putin dismissed reports of civilian casualties" is no frame "Putin dismissed
// reports …" (a fresh blind claim, thirteenth session, was confirmed as a paraphrase of the statement "of …").
const LEADING_FRAME = new RegExp(
  `^([^,:;.!?"“”«»]{1,60}?)\\s+(?:${SAY_VERBS})(?!\\s+(?:of|from|about)\\b)(?:\\s+that)?\\s*[:,]?\\s+(\\S[\\s\\S]*)$`,
);
/** Verbs that restate, before "that": "Foreign Minister Sergei Lavrov reaffirmed that …". Only for a name that is no
 * speaker of the article (parseFrame's `restating`): "Peskov reaffirmed that …" is the article's own sentence, its
 * verb's tense changed, and stays read whole. */
const RESTATING_FRAME =
  /^([^,:;.!?"“”«»]{1,60}?)\s+(?:reaffirm(?:s|ed)|reiterat(?:es|ed)|confirm(?:s|ed)|emphasi[sz](?:es|ed)|underlin(?:es|ed))\s+that\s+(\S[\s\S]*)$/;
const LEADING_ACCORDING =
  /^(?:according\s+to|per|in\s+the\s+words\s+of|as\s+reported\s+(?:by|in))\s+([^,:;]{1,60}?)\s*[,:]\s*(\S[\s\S]*)$/i;
/** (claims34) "according to peskov the kremlin …", no comma after the name: a name of one word (or "the" and one). */
const LEADING_ACCORDING_BARE =
  /^(?:according\s+to|per|in\s+the\s+words\s+of)\s+((?:the\s+)?[\p{L}'’-]{2,30})\s+(\S+\s+\S+\s+\S[\s\S]*)$/iu;
/** (claims-r2-34) "In Lavrov's words, …", "in Putin's view …": the possessor holds the statement. */
const LEADING_POSSESSIVE =
  /^in\s+((?:the\s+)?[^,:;'’\s]{2,30}(?:\s+[^,:;'’\s]{2,30}){0,2})['’]s?\s+(?:own\s+)?(?:words|view|opinion|eyes|estimation|assessment|telling)\s*,?\s*(\S[\s\S]*)$/iu;
/** "As the article puts it, …", "As Peskov said, …". */
const LEADING_AS =
  /^as\s+([^,:;]{1,60}?)\s+(?:puts?\s+it|says|said|notes|noted|writes|wrote|reports|reported|explains|explained)\s*,\s*(\S[\s\S]*)$/i;
/** "The Kremlin, the article says, maintains …", "Moscow, according to Peskov, …": an attribution in the middle. */
const MIDDLE_FRAME = new RegExp(
  `^([^,:;.!?]{1,80}?),\\s+(?:[Aa]ccording\\s+to\\s+([^,:;.!?"“”«»]{1,60}?)|([^,:;.!?"“”«»]{1,60}?)\\s+(?:${SAY_VERBS})),\\s+(\\S[\\s\\S]*)$`,
);
const LEADING_COLON = /^([^,:;.!?"“”«»]{1,40}):\s*(\S[\s\S]*)$/;
/** "It is reported that …", "Reportedly, …": an attribution to no one but the report itself. */
const LEADING_IMPERSONAL =
  /^(?:it\s+(?:is|was|has\s+been)\s+(?:reported|said|claimed|stated|believed|known|understood|noted)|reportedly|reports\s+say|we\s+are\s+told|as\s+reported)\s*(?:that\s+|,\s*)?(\S[\s\S]*)$/i;
const TRAILING_FRAME = new RegExp(
  `^(?:[Aa]ccording\\s+to\\s+([^,]{1,60}?)|([^,]{1,60}?)\\s+(?:${SAY_VERBS}))\\s*[.!]?$`,
);

/** Words a frame's "name" cannot hold: "I want to know what Putin said" is a question, not an attribution. */
const NOT_A_NAME =
  /\b(?:who|whom|whose|what|which|why|when|where|how|whether|if|i|we|you|me|please|know|tell|did|does|do)\b/i;
const MAX_NAME_WORDS = 6;

export interface ClaimFrame {
  /** The statement without its attribution, quotation marks stripped. */
  statement: string;
  /** Who the frame names ("Putin", "the Russian spokesperson"), or null when there is no frame. */
  name: string | null;
  /** The user put the statement in quotation marks: they present it as a direct quote. */
  quoted: boolean;
  /**
   * The text without a trailing attribution ("…, Putin said."), a leading one kept: it may be the article's own
   * words ("The Russian leader believes that …").
   */
  body: string;
  /** The attribution is denied: "Putin never said …", "Peskov has not claimed …". */
  negated: boolean;
}

/** "Putin never", "Peskov hasn't", "without Peskov": a name part that denies the attribution. */
function deniesAttribution(name: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => NEGATORS.has(w) || NEGATIVE_PRONOUNS.has(w) || /n['’]t$/.test(w));
}

/** Splits "Putin said that X" / "According to Peskov, X" / "X, Putin said." / "Putin: “X”" into name and X. */
/** A doubt tagged on after the claim ("… - really??", "…, right?"): the claim is what stands before it. */
const DOUBT_TAG =
  /(?:\s*[-–—,]\s*|\s+)(?:really|right|true|seriously|is\s+(?:that|it)\s+(?:true|right|so))\s*\?[?!]*\s*$/iu;

export function parseFrame(text: string, restating = false): ClaimFrame {
  const trimmed = text.trim().replace(DOUBT_TAG, "");
  const tail = trailingFrame(trimmed);
  const body = tail?.body ?? trimmed;
  const impersonal = LEADING_IMPERSONAL.exec(body);
  if (impersonal) return withQuotes(impersonal[1]!, "the article", body);
  const leading =
    LEADING_ACCORDING.exec(body) ??
    LEADING_ACCORDING_BARE.exec(body) ??
    LEADING_POSSESSIVE.exec(body) ??
    LEADING_AS.exec(body) ??
    LEADING_FRAME.exec(body) ??
    (restating ? RESTATING_FRAME.exec(body) : null) ??
    LEADING_COLON.exec(body);
  if (leading && isName(leading[1]!)) return withQuotes(leading[2]!, leading[1]!.trim(), body);
  if (tail) return withQuotes(tail.body, tail.name, body);
  const middle = MIDDLE_FRAME.exec(body);
  const middleName = middle?.[2] ?? middle?.[3];
  if (middle && middleName !== undefined && isName(middleName))
    return withQuotes(`${middle[1]!} ${middle[4]!}`, middleName.trim(), body);
  return withQuotes(trimmed, null, body);
}

/** "X, Putin said." / "X, according to Peskov": X and the name. */
function trailingFrame(text: string): { body: string; name: string } | null {
  const comma = text.lastIndexOf(",");
  if (comma <= 0) return null;
  const tail = TRAILING_FRAME.exec(text.slice(comma + 1).trim());
  const name = tail?.[1] ?? tail?.[2];
  return name !== undefined && isName(name) ? { body: text.slice(0, comma), name: name.trim() } : null;
}

function isName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length > 0 && words.length <= MAX_NAME_WORDS && !NOT_A_NAME.test(name);
}

/** A statement wholly in quotation marks. */
export const QUOTED = /^["“”«»„'‘’]\s*([\s\S]*?)\s*[.!]?\s*["“”«»'‘’]\s*[.!]?$/;

function withQuotes(statement: string, name: string | null, body: string): ClaimFrame {
  const s = statement.trim();
  const m = QUOTED.exec(s);
  const negated = name !== null && deniesAttribution(name);
  return m
    ? { statement: m[1]!, name, quoted: true, negated, body }
    : { statement: s, name, quoted: false, negated, body };
}
