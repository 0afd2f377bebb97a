// Russian litotes: "не обходится без споров" ("is not without controversy"), "не обошлось без критики", "не лишено
// споров" say the thing is there. Read word by word, the "не" negates the verb and the "без" negates the noun, so the
// noun came out negated and a claim that the involvement is disputed ("вызывает споры", "не без споров") read as
// the opposite. The "не" and the verb of going without are one frame that cancels the "без" (or, for "лишён", is the
// "без" itself): all of them are skipped and the noun stands as said.
import type { Token } from "../answering/lexicon.js";

/** Forms of обходиться / обойтись (do without): followed by "без". */
const DO_WITHOUT = /^(?:обход\p{L}*|обош\p{L}*|обойд\p{L}*|обойт\p{L}*)$/u;
/** Forms of лишён (devoid of): the verb is the "без" itself. */
const DEVOID = /^лиш[её]н\p{L}*$/u;

/** How many tokens from `i` make a litotes frame ("не обходится без": 3, "не лишено": 2); 0 when none. */
export function litotesLength(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.surface !== "не") return 0;
  const verb = tokens[i + 1]?.surface ?? "";
  if (DO_WITHOUT.test(verb) && tokens[i + 2]?.surface === "без") return 3;
  if (DEVOID.test(verb)) return 2;
  return 0;
}
