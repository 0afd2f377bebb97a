// Kind: "since when lol", "for how long haha", «с какого года лол» after an answer, refused by the engine (it has no
// date for anything). The refusal is of a follow-up on the last answer, not of a question off the story, so the chat
// keeps what it was about: "does that make israel mad" next still reads "that" as the last answer's fact
// (dialog-r2-37b, d92-19#3). A refused message with a word of its own ("what's the weather in moscow?") still
// leaves the refusal behind, so "why?" after it is refused too.
import { lean } from "../lib/lean-regexp.js";

/** Question words, chat glue and particles: all a bare follow-up on the last answer is made of. */
const BARE_WORD = lean(
  /^(?:since|when|how|long|for|from|what|which|year|years|time|ago|exactly|then|really|so|and|but|wait|ok|okay|lol|lmao|haha+|hah|hm+|a|the|с|со|какого|каких|пор|года|как|давно|когда|а|и|ну|так|сколько|лет|времени|уже|именно|тогда|лол|хах+|ха+|ок|же|то|это)$/u,
);

/** Whether a refused message was only a bare follow-up ("since when lol"), at most four words, a question word in it. */
export function bareFollowUpRefused(folded: string): boolean {
  const words = folded
    .toLowerCase()
    .replace(/ё/gu, "е")
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 4) return false;
  if (!words.some((w) => /^(?:when|long|since|когда|давно|пор|какого)$/u.test(w))) return false;
  return words.every((w) => BARE_WORD.test(w));
}
