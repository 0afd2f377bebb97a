// One message asking several things of Putin's remarks at once ("could you tell me what Russia's leader said, who
// he said it to, and what he thinks the US did wrong?", "who was on the call with putin and what did he say the
// americans got wrong?"): read as typed, the strongest part won and the others went unanswered (only the US
// failure, or only the call). The US fault asked beside what he said or to whom is read as "what did putin say": his reported
// words, which hold the call with Erdogan, the ceasefire and the US policy he faults, answer every part.
import { lean } from "../lib/lean-regexp.js";

/** Putin, his office, or "he" after either in the same message. */
const PUTIN = lean(
  /\b(?:putin|putin's|russia's\s+(?:leader|president)|the\s+russian\s+(?:leader|president))\b/i,
);

const ASKS: readonly RegExp[] = [
  // what he said / asked for / wants
  lean(
    /\bwhat\s+(?:did\s+|does\s+)?(?:putin|he|russia's\s+(?:leader|president)|the\s+russian\s+(?:leader|president))\s+(?:\w+\s+)?(?:said|say|says|asked\s+for|ask\s+for|called\s+for|call\s+for|wanted|wants|want|urged|urge|demanded|stressed)\b(?=\s*(?:[,;:?.!]|and\b|about\b|on\b|in\b|$))/i,
  ),
  // to whom: who he spoke with, who was on the call, which leader
  lean(
    /\b(?:who|whom|which\s+(?:leader|president|country|person))\s+(?:(?:did|was|is)\s+)?(?:he|putin|it|the\s+russian\s+(?:president|leader)|russia's\s+(?:president|leader))?\s*(?:said\s+it\s+to|say\s+it\s+to|talked\s+to|talk\s+to|spoke\s+(?:to|with)|speak\s+(?:to|with)|speaking\s+(?:to|with)|talking\s+(?:to|with)|called|call|phoned|on\s+the\s+(?:phone\s+)?call)\b|\bwho\s+was\s+on\s+the\s+(?:phone\s+)?call\b|\bwho\s+he\s+(?:said|spoke|talked)\b|\b(?:and\s+)?to\s+whom\b|\band\s+to\s+who\b/i,
  ),
  // what the US did wrong in his view
  lean(
    /\b(?:what|which)\s+(?:\w+\s+){0,6}?(?:wrong|mistakes?|errors?|failures?)\b|\bwhy\s+(?:\w+\s+){0,3}?(?:unhappy|angry|mad|upset|critical)\s+(?:with|at|about)\s+(?:the\s+)?(?:us|usa|u\.s\.|united\s+states|america|americans|washington)\b|\bwhat\s+(?:\w+\s+){0,4}(?:blames?|faults?|criticizes|criticises)\s+(?:the\s+)?(?:us|usa|united\s+states|america|americans|washington)\s+for\b/i,
  ),
];

/** The message read as "what did putin say" when it asks two or more of these at once, or as it came. */
export function asSeveralAsks(text: string): string {
  if (text.length > 600 || !PUTIN.test(text)) return text;
  // What he said and to whom is the call's entry (the call with Erdogan and what he urged in it): the US fault
  // beside either is what the call's entry lacks.
  const [said, toWhom, usWrong] = ASKS.map((ask) => ask.test(text));
  if (usWrong && (said || toWhom)) return "what did putin say";
  // "what did he actually say and to whom?": the call, whom he spoke with and what he urged (quality-en50).
  return said && toWhom ? "who did putin speak to and what did he say" : text;
}
