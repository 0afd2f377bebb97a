// A long chat message that rambles before it asks ("слушай, я читал новости, мне друг говорит, что Путин кого-то
// обвинил, кого он обвинил и за что?") is refused whole: its chatter dilutes what it asks. Such a message is read
// in parts — sentences, clauses, and the stretches between the words chat uses to turn ("а то", "короче", "but").
import { letteredWordCount } from "../lib/word-count.js";

/** Fewer words than this is a question, not a ramble: it is read whole only. */
export const LONG_MESSAGE_WORDS = 12;
/** A part this short says too little to stand for the message. */
const MIN_PART_WORDS = 3;

/**
 * Where a chat message turns: punctuation, and the words that open a new thought. Not the comma of a Russian
 * "то, как / о том, что" (the clause after it is what "то" points at).
 */
const BREAKS =
  /[.!?;:…]+\s*|(?<!(?:^|\s)(?:то|том|тем|того|тому)),\s+|\s+[-–—]\s+|\s+(?=(?:а то|а я|а вот|а мне|но|потому что|так что|короче|в общем|типа|и вот|а еще|but|because|anyway|so|and then|also)\s)/giu;

const wordsIn = letteredWordCount;

/**
 * Where a short message turns: a lead-in clause closed by a colon, a full stop or a dash before what it asks
 * ("Моя соседка спрашивает: …", "Не верю, что …. Что именно …?", "Putin on Hamas — по-русски").
 */
const LEAD_IN_BREAKS = /[.!?:…]+\s+|\s+[-–—]\s+/u;

/** A message's stretches between the places where chat turns; none for an unbroken message. */
export function stretchesOf(message: string): string[] {
  const short = wordsIn(message) < LONG_MESSAGE_WORDS;
  const stretches = message
    .trim()
    .split(short ? LEAD_IN_BREAKS : BREAKS)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return stretches.length < 2 ? [] : stretches;
}

/** The parts a long message is read in: each stretch, and each two neighbours together (a question split by a comma). */
export function partsOf(message: string): string[] {
  return partsOfStretches(stretchesOf(message));
}

/**
 * What a lead-in reports, without who doubts or heard it ("Сомневаюсь, что Путин хочет перемирия" → "Путин хочет
 * перемирия"): the doubting word is the asker's, not the topic, and "он" in what follows is the one it names.
 */
const REPORTED_CLAUSE = /^[^,?]{1,60},\s+(?:что|будто|мол|якобы)\s+([^?]+)$/iu;
const ASKED_OPENING =
  /^(?:(?:а|и|но|ну)\s+)?(?:кто|что|кого|почему|зачем|как|где|когда|сколько|как[а-я]+|чей|чья)(?!\p{L})/iu;

/** A long message is cut at its commas too: "слышал, | что Песков …" is a report cut from its opening. */
const REPORT_OPENING = /^(?:что|будто|мол|якобы)\s+([^?]+)$/iu;

/** What stretch `i` reports, if it is (or ends) a report: "X, что Y" → Y; "что Y" after an opening that asks nothing → Y. */
function reportedIn(stretches: string[], i: number): string | undefined {
  const stretch = stretches[i]!;
  if (ASKED_OPENING.test(stretch)) {
    const prior = i > 0 ? stretches[i - 1]! : undefined;
    if (prior === undefined || prior.includes("?") || ASKED_OPENING.test(prior)) return undefined;
    return REPORT_OPENING.exec(stretch)?.[1];
  }
  return REPORTED_CLAUSE.exec(stretch)?.[1];
}

/** A pronoun that stands for someone named before it. */
const PRONOUN = /(?<!\p{L})(?:он|она|оно|они|его|ему|им|нем|нём|нее|неё|ней|ее|её|их|них)(?!\p{L})/iu;

/** The parts of a message already cut into its stretches (`stretchesOf`). */
export function partsOfStretches(stretches: string[]): string[] {
  const parts = [...stretches];
  for (let i = 0; i + 1 < stretches.length; i++) {
    parts.push(`${stretches[i]} ${stretches[i + 1]}`);
    const reported = reportedIn(stretches, i);
    if (!reported) continue;
    parts.push(reported, `${reported}. ${stretches[i + 1]}`);
    // "Что он сказал?" after a report that names him is not read alone: "он" would be anyone.
    if (PRONOUN.test(stretches[i + 1]!)) parts.splice(parts.indexOf(stretches[i + 1]!), 1);
  }
  return parts.filter((p) => wordsIn(p) >= MIN_PART_WORDS);
}
