// Kind (dialog44, d46-10#1): a long English message that tells someone's view first and asks at its end ("so my
// uncle keeps saying russia is just sitting this one out and doesnt care about israel-palestine at all. is the
// kremlin actually saying anything about wanting to help?"). The engine reads such a message by its final question
// alone (answering/final-question.ts); the yes/no verdict read the whole message as one statement, so the checker
// weighed the uncle's claim ("doesn't care") against the Kremlin's aim and said No to the question, or found no
// verdict for the story's words ("my brother says putin doesnt care about civilians … did putin voice concern?").
// The verdict is the final question's, read alone — only where that question stands alone: it names a voice of the
// article, and points back at nothing the story told ("is that true?", "does the article say so?", "did he…").
import { finalQuestionOf } from "../answering/final-question.js";
import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";

/** Words of a question asked of the story before it: the story's claim, or a person it named. */
const POINTS_BACK =
  /(?<!\p{L})(?:that|this|these|those|true|right|correct|so|he|him|his|she|her|they|them|their|such)(?!\p{L})/u;

/** The final question of a long story, standing alone, else null. */
export function storyQuestionOf(
  message: string,
  answer: Answer,
  lang: Lang,
  kit: DialogueKit,
): string | null {
  if (lang !== "en" || !answer.answered) return null;
  const last = finalQuestionOf(message);
  if (last === null) return null;
  const folded = last.toLowerCase().replace(/(?:in|from|by) (?:this|the) (?:article|piece|story|text)/u, " ");
  if (POINTS_BACK.test(folded) || kit.speakers.namedIn(folded).length === 0) return null;
  return last;
}
