// Questions typed without a question mark that the other shapes (asks.ts, asked-without-mark.ts) let through as
// claims, found when the thirteenth session's probe sets were pinned (test/claims/check.test.ts counts every
// question of test/questions sent to the claim checker): an alternative put as a question ("кремль говорит только
// с израилем или с обеими сторонами", "in both israel and gaza or just one"), a Russian question word that is no
// conjunction wherever it stands ("чью политику…", "для кого", "причем тут…", "кого он обвинил"), "что" among the
// first two words of a message not closed by a full stop ("ок. что МИД говорит…", "путин что-нибудь говорил…"; not
// "что касается"), and a question after a sentence or after
// "according to X," ("ok makes sense. did he say anything…", "according to putin, did the us…").
// Bounded patterns only, read in linear time.

import { wordCount } from "../lib/word-count.js";
import { QUESTION_STARTERS } from "./starters.js";

/** A Russian alternative: "или" in a short message that does not close as a sentence. */
const RUSSIAN_OR = /(?:^|[^\p{L}])или(?=\s+\p{L})/iu;
/** An English alternative closing the message: "… or just one", "… or only Gaza". */
const ENGLISH_OR_ONLY = /\bor\s+(?:just|only)\s+[\w']+(?:\s+[\w']+)?[.!]*$/i;
/** Russian question words that are not conjunctions or relatives in a plain statement. */
const RUSSIAN_WH =
  /(?:^|[^\p{L}])(?:при\s*ч[её]м|чь(?:я|ю|ей|е|ё|и|его|их|ему|ими)|чей|кого|кем|для\s+кого|между\s+кем)(?=$|[^\p{L}-])/iu;
/** "что" as the first or second word (after a sentence break too): asks, where a "that"-clause comes later. */
const RUSSIAN_WHAT_EARLY =
  /(?:^|[.!:]\s+)(?:[\p{L}-]+\s+)?что(?:-нибудь|-то)?(?=\s+\p{L})(?!\s+(?:бы|если|касается|до)(?=$|[^\p{L}]))/iu;
/** "according to X, did …": the question after the attribution. */
const AFTER_ACCORDING = /^according\s+to\s+[^,]{1,40},\s*([\p{L}']+)/iu;
/** The last sentence of a message that goes on after a full stop. */
const LAST_SENTENCE = /[.!]\s+([\p{L}']+)[^.!]*$/u;

const MAX_ALTERNATIVE_WORDS = 16;

/** A question without its question mark, of the kinds above. */
export function asksAlternatively(text: string): boolean {
  if (ENGLISH_OR_ONLY.test(text) || RUSSIAN_WH.test(text)) return true;
  // The other shapes ask only in a message not closed as a sentence: "Что касается Хамаса, Москва с ним давно
  // связана." states.
  if (/[.!]$/.test(text)) return false;
  const words = wordCount(text);
  if (RUSSIAN_OR.test(text) && /\p{Script=Cyrillic}/u.test(text) && words <= MAX_ALTERNATIVE_WORDS)
    return true;
  if (RUSSIAN_WHAT_EARLY.test(text)) return true;
  const starter = AFTER_ACCORDING.exec(text)?.[1] ?? LAST_SENTENCE.exec(text)?.[1];
  return starter !== undefined && QUESTION_STARTERS.has(starter.toLowerCase());
}
