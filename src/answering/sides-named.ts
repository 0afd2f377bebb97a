// "Who is the Kremlin in contact with?": the contact card says "both warring sides" and names neither, so a question
// asking who gets them named (Hamas and the Israeli military are the sides the article's first sentence names). The
// names go into the reply only, not the card: in the card they drew "what ties does moscow keep with israel" to it
// (quality33), and "and with israel?" after it must stay the ties with Israel.

/** Who or which parties asked: "who", "whom", "which sides". */
const ASKS_WHO = /(?<!\p{L})(?:who|whom|which (?:sides?|parties|party|countries|groups|ones?))(?!\p{L})/u;
const BOTH_SIDES = /\bboth warring sides\b(?!,)/;

/** `answer` with the warring sides named where an English question asks who they are; otherwise as it came. */
export function withSidesNamed(words: string, answer: string): string {
  if (!BOTH_SIDES.test(answer) || !ASKS_WHO.test(words)) return answer;
  return answer.replace(BOTH_SIDES, "both warring sides, Israel and Hamas,");
}
