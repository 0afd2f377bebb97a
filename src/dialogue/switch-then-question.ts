// Kind: a bare switch to a voice with the question it means right after it — "and the kremlin? do they talk to both
// sides", "what about peskov? does he want a ceasefire", «а кремль? они общаются с обеими сторонами?». Read as two
// questions, the switch answered the last question of the new voice and the second lost its subject (d85-08#2). The
// switch only names whom the question is about, so the question is read with that name for its pronoun.
import { lean } from "../lib/lean-regexp.js";

const SWITCH = lean(
  /^\s*(?:(?:and|so|ok|okay|what about|how about|а|и|ну а|ну|а как же)[, ]+)+((?:the )?\p{L}+(?: \p{L}+)?)\s*\?+\s+(\S.*)$/iu,
);
const PRONOUN_EN = /(?<!\p{L})(they|he|she|it|them|him|her|their|his|its)(?!\p{L})/iu;
const PRONOUN_RU = /(?<!\p{L})(они|он|она|оно|их|его|ее|её|ему|им|ей)(?!\p{L})/iu;
const SAID =
  /(?<!\p{L})(?:say|says|said|saying|mention\p{L}*|сказал\p{L}*|говорил\p{L}*|упомина\p{L}*|упомянул\p{L}*)(?!\p{L})/iu;
const POSSESSIVE = /^(?:their|his|its|her)$/iu;

/** The question after a bare switch, its first pronoun the switch's voice; null for any other message. */
export function switchThenQuestionOf(
  typed: string,
  namedIn: (folded: string) => readonly { start: number; end: number }[],
): string | null {
  if (typed.length > 200) return null;
  const m = SWITCH.exec(typed);
  if (!m?.[1] || !m[2]) return null;
  const name = m[1].replace(/^the /iu, "");
  const folded = m[1].toLowerCase();
  const spans = namedIn(folded);
  if (spans.length !== 1 || folded.slice(spans[0]!.end).trim() !== "" || spans[0]!.start > 4) return null;
  const question = m[2];
  // "and putin? did he also say russia will play a role?": a said-claim keeps the two-part reading, whose switch
  // answers it against Putin's silence (No); read whole, the said-claim path gave only doesn't say (d35-21#2).
  if (SAID.test(question)) return null;
  const ru = /\p{Script=Cyrillic}/u.test(question);
  const pronoun = (ru ? PRONOUN_RU : PRONOUN_EN).exec(question);
  if (!pronoun?.[1]) return null;
  // Russian oblique pronouns keep their case only in the name's own form: only the subject ones are swapped there.
  if (ru && !/^(?:они|он|она|оно)$/iu.test(pronoun[1])) return null;
  const by = POSSESSIVE.test(pronoun[1]) ? `${name}'s` : name;
  return `${question.slice(0, pronoun.index)}${by}${question.slice(pronoun.index + pronoun[1].length)}`;
}
