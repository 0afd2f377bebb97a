// An English yes/no question whose plain reading lands on the wrong entry, asked again in the words of the entry
// it is about: "Did Putin turn down a ceasefire?" — the topic is the ceasefire; where the curated entry has him
// stand for it (conversation.standsFor) that entry answers, and its curated verdict turns to no. "Does Putin think
// US policy worked?" — the entry whose point is the opposite ("failed") is found by its own word in the
// opposite's place (entry-own-question.ts). Read by stand-alone.ts after the engine's answer is settled.

import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { withEntryWords, withoutAgainst } from "./entry-own-question.js";

/** The entry the question is about where it answers more surely than the plain reading; else that reading. */
export function topicalAnswer(kit: DialogueKit, folded: string, plainAnswer: Answer, lang: Lang): Answer {
  const { conversation, findAnswer } = kit;
  let answer = plainAnswer;
  const plain = withoutAgainst(folded);
  if (plain) {
    const topical = findAnswer(plain, lang);
    const id = topical.entry?.id;
    if (topical.answered && id && conversation.standsFor?.has(id) && id !== answer.entry?.id)
      if (!answer.answered || topical.confidence > answer.confidence) answer = topical;
  }
  for (const { id, question: turned } of withEntryWords(folded, conversation)) {
    if (answer.entry?.id === id) break;
    const topical = findAnswer(turned, lang);
    if (
      topical.answered &&
      topical.entry?.id === id &&
      (!answer.answered || topical.confidence > answer.confidence)
    )
      return topical;
  }
  return answer;
}
