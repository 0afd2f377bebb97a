// A long message that tells a story around its question ("my dad and I were arguing…, what does the article say
// about…"): the places where a question starts, each up to the end of its sentence. The engine and the dialogue
// layer try them when the whole message is refused.

/** A message this long, refused whole, is searched for the question in it. */
export const QUESTION_IN_MESSAGE = 100;
/** The pieces tried at most (the last ones: a question tends to close a story). */
const MAX_PIECES = 12;

/** Words after which a question may start inside a clause ("…, so could you tell me…", "…is who Putin blamed"). */
const CLAUSE_LINKS = new Set(
  `and but so then anyway plainly just basically is know wondering wonder me now ok okay well
  и а но так вот короче скажи знать`.split(/\s+/),
);

const QUESTION_WORDS =
  "who|whom|whose|what|which|why|when|where|how|кто|кого|кому|что|чем|зачем|почему|как|где|когда|какой|какая|какое|какие|каков|сколько|чей";
const AUXILIARIES =
  "is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|ли";
/** A question word starts a question anywhere ("what I want to know is who…"). */
const QUESTION_WORD = new RegExp(`^(?:${QUESTION_WORDS})(?!\\p{L})`, "u");
/**
 * "when"/"where" inside a clause ("…a go-between *when* it has its own interests") opens a clause of time or place,
 * not a question: they start one only after a clause break or a linking word, as an auxiliary does.
 */
const CLAUSE_OPENER = /^(?:when|where)(?!\p{L})/u;
/** A concession or condition closing a question ("why does X … when it has …"): the question without it is tried too. */
const TRAILING_CLAUSE = / (?:when|while|although|though|even though|given that|considering|despite) [^,]+$/;
/** An auxiliary starts one only after a clause break or a linking word ("russia *is* neutral" is no question). */
const AUXILIARY = new RegExp(`^(?:${AUXILIARIES})(?!\\p{L})`, "u");

/** Lower case, plain apostrophes, single spaces, no punctuation at the ends. */
function folded(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/^[\s"'«»“”.,!?…:;-]+|[\s"'«»“”.,!?…:;-]+$/g, "")
    .trim();
}

/** Where questions start in a long message, each to the end of its sentence; at least three words each. */
export function questionPieces(message: string): string[] {
  const pieces: string[] = [];
  const whole = message.trim().length;
  for (const sentence of message.slice(0, 4096).split(/(?<=[.!?])\s+/)) {
    const tokens = sentence.trim().split(/\s+/);
    for (let i = 0; i < tokens.length; i++) {
      const previous = i === 0 ? "" : tokens[i - 1]!.toLowerCase();
      const atBreak = i === 0 || /[,;:—–-]$/.test(previous) || CLAUSE_LINKS.has(previous);
      const first = tokens[i]!.toLowerCase().replace(/^[^\p{L}]+/u, "");
      if (!QUESTION_WORD.test(first) && !(atBreak && AUXILIARY.test(first))) continue;
      if (!atBreak && CLAUSE_OPENER.test(first)) continue;
      const rest = folded(tokens.slice(i).join(" "));
      if (rest.split(" ").length < 3 || rest.length >= whole) continue;
      pieces.push(rest);
      const head = rest.replace(TRAILING_CLAUSE, "");
      if (head !== rest && head.split(" ").length >= 3) pieces.push(head);
    }
  }
  return pieces.slice(-MAX_PIECES);
}
