// Kind: "there" / "about that" after a wrong-doing, pointing at the last topic, not at a place — "and what did the
// americans do wrong there according to him", "what's the US doing wrong about that in his view", «а что сша делают
// не так в этом?» after "does putin support a palestinian state?". Read with the pointer unread, the engine found
// the monopolised peace efforts alone, not the policy that overlooked the Palestinians' hope of a state (d74-04#2,
// d79-06#2). The pointer is put as "on <the last topic>" / «в вопросе <тема>» when that topic is a matter (its words
// are not all places: "gaza" or "israel" keep "there" a place).
import type { Lang } from "../answering/types.js";
import { countryOf } from "./countries.js";
import { fold, readsAsRussian } from "./language.js";
import type { DialogueContext } from "./types.js";

/** What points back at the last topic after a wrong-doing: "there", "about that", "on that front", "with it". */
const POINTER_EN =
  "(?:there|(?:about|on|with|regarding|over) (?:that|this|it)(?: (?:front|issue|matter|score|question|one))?)";
/** What may follow the pointer: the end, or the view's frame ("in his view", "according to him"); "failed in that
 * last paragraph" is no pointer at the last topic. */
const AFTER_POINTER = "(?=\\s*(?:$|[?!.,]|(?:in|according|as|then|exactly|though|tho)(?!\\p{L})))";
/** A wrong-doing, then the pointer: "do wrong there", "getting wrong about that", "failed to do on that front". */
const WRONG_THERE = new RegExp(
  `(?<!\\p{L})((?:do|did|does|doing|done|go|goes|going|went|gone|get|gets|getting|got|gotten)(?: it| things)? wrong|fail(?:s|ed|ing)?(?: to do)?|mess(?:es|ed)? (?:it |things )?up|screw(?:s|ed)? (?:it |things )?up|(?:make|made) (?:a )?mistakes?|(?:drop|dropped) the ball) ${POINTER_EN}${AFTER_POINTER}`,
  "u",
);
/** "what mistake does he say america made about that": the mistake asked first, "made" with the pointer after. */
const MISTAKE_ASKED = /(?<!\p{L})mistakes?(?!\p{L})/u;
const MADE_THERE = new RegExp(`(?<!\\p{L})(made|makes|make) ${POINTER_EN}${AFTER_POINTER}`, "u");
/** «…делают не так в этом», «в чём америка тут ошибается», «где сша в этом вопросе провалились». */
const WRONG_RU =
  /(?<!\p{L})(не так|ошиба\p{L}*|ошиб\p{L}*|провалил\p{L}*|неправ\p{L}*|промахну\p{L}*|прокол\p{L}*)(?!\p{L})/u;
const POINTER_RU =
  /(?<!\p{L})(?:в этом(?: вопросе| деле)?|в этом плане|тут|здесь|с этим|на этот сч[её]т)(?!\p{L})/u;
const PLACE =
  /^(?:gaza|strip|region|middle|east|west|bank|the|area|zone|газа|газе|газы|сектор|секторе|регион|регионе)$/u;

/** The message with its pointer read as the last topic, or null. */
export function wrongThereOf(
  text: string,
  context: DialogueContext | null,
  lang: Lang = "en",
): string | null {
  const topic = context?.topic?.trim();
  if (!topic || context?.refused) return null;
  const t = fold(text);
  if (t.length > 160) return null;
  const words = topic.split(" ");
  if (words.every((w) => countryOf(w) !== null || PLACE.test(w))) return null;
  if (readsAsRussian(t, lang)) {
    if (!WRONG_RU.test(t) || !POINTER_RU.test(t)) return null;
    return t.replace(POINTER_RU, `в вопросе ${topic}`);
  }
  if (WRONG_THERE.test(t)) return t.replace(WRONG_THERE, `$1 on the ${topic}`);
  if (MISTAKE_ASKED.test(t) && MADE_THERE.test(t)) return t.replace(MADE_THERE, `$1 on the ${topic}`);
  return null;
}
