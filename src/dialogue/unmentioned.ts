// "Did Putin mention it in his remarks?", "Путин сам об этом говорил?" after an answer that says he did not
// ("… Putin did not mention Russia's own role in his remarks", "Путин … не упомянул собственную роль России"):
// the last answer's own words settle it, so the verdict is No on that evidence. Only when the question's subject
// is a pronoun or the very name the negated sentence gives, and the question asks nothing but the mention (or
// Russia's own role in it, the negated sentence's words: "did putin mention russia's own role in it?", dialog48).

import { negatedMentionSentence } from "./negated-mention.js";

const ASKED_EN =
  /^(?:(?:so|and|but|then|wait)[, ]+)?(?:did|has|does|had) (.+?) (?:(?:ever|actually|even|himself|herself|really) )?(?:(?:mention|mentioned|bring up|brought up|raise|raised|talk about|speak about|say anything about|refer to|address|acknowledge)(?: (?:it|that|this|them|(?:russia'?s?|moscow'?s?|its|their) (?:own )?(?:role|part|involvement|place)(?: in (?:it|that|this|them|there|(?:the )?\p{L}+(?: \p{L}+)?))?))|(?:bring|brought|raise|raised) (?:it|that|this) up)(?: (?:himself|herself|at all|in (?:his|her|the) remarks|then|either|when (?:he|she) (?:spoke|talked)|(?:in|on|during) (?:that|the|his|her) (?:call|conversation)))*$/u;
const ASKED_RU =
  /^(?:(?:а|и|так|но)[, ]+)?(.+?) (?:(?:сам|сама|вообще|хоть|разве|же|ли)\s+)*(?:об этом|про это|о ней|о нем|о нём|это)\s+(?:(?:сам|сама|вообще|хоть|ли)\s+)*(?:говорил|упоминал|упомянул|сказал|заговорил|обмолвился|вспомнил|говорит|упоминает)(?:\s+(?:сам|сама|ли|вообще|в своих высказываниях))*$/u;
const PRONOUN = /^(?:he|she|they|он|она|они)$/u;

/** Who the question asks about, when it asks only whether they mentioned "it"; else null. */
export function mentionAskedSubject(folded: string): string | null {
  const text = folded.replace(/[?!.\s]+$/u, "");
  return (ASKED_EN.exec(text) ?? ASKED_RU.exec(text))?.[1]?.trim() ?? null;
}

/** True when the question asks whether someone mentioned what the answer says they did not. */
export function unmentionedAsked(folded: string, answerText: string): boolean {
  const text = folded.replace(/[?!.\s]+$/u, "");
  const who = (ASKED_EN.exec(text) ?? ASKED_RU.exec(text))?.[1]?.trim();
  if (!who) return false;
  const sentence = negatedMentionSentence(answerText)?.toLowerCase();
  if (!sentence) return false;
  return (
    PRONOUN.test(who) || (who.length > 3 && sentence.includes(who.slice(0, Math.max(4, who.length - 2))))
  );
}
