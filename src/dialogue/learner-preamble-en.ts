// A learner's apology for their English before a question (verdict48; quality47ru's Russian twin): "sorry for my
// english. putin want ceasefire?", "my english is bad, kremlin want help?". The engine reads the question past the
// apology (answer-manner.ts), but the dialogue took the whole message for its yes/no and verdict, and the apology's
// sentence left the broken question with no verdict line (the engine's Yes stood without "Yes."). The question is
// read without it, as plain-form-ru.ts reads «Извините за мой русский. Путин хотеть перемирие?».
import { withoutLearnerPreamble } from "../answering/answer-manner.js";

/** The message without a learner's apology for their English; null when it has none (or is Russian). */
export function learnerPreambleEnOf(text: string): string | null {
  if (/\p{Script=Cyrillic}/u.test(text)) return null;
  const read = withoutLearnerPreamble(text);
  return read !== text.trim() && read.length > 0 ? read : null;
}
