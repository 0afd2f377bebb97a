// A Russian party's game plan, pitch or angle on the conflict, asked in everyday words (wave CB, quality51): "what's
// moscow's pitch on this conflict?", "the kremlin's angle in all this?", "what's russia's endgame here?", "what is
// putin's play in this war?", "moscow's strategy for the crisis?". self-image.ts reads a pitch asked bare or of
// the party itself ("russia's pitch for itself") and plan-asked.ts a bare plan; with the conflict after it ("on
// this conflict", "in this war", "here") the marketing word was unknown and the question was unsure or refused.
// The article's answer: how Moscow presents itself (an impartial mediator) for a pitch or an angle, and what the
// Kremlin aims at (a constructive role, help to reach a settlement) for a plan, a play, an endgame, a strategy or an
// agenda. Only when nothing but the conflict (or "here", "in all this") follows: "putin's angle on the us" (whom he
// blames), "moscow's angle with hamas" (its ties) and "russia's peace plan" (the gap card) are left as typed.

const PARTY = String.raw`(?:the\s+)?(?:kremlin|moscow|russia|russians|putin|peskov|russian\s+(?:government|leadership|side))`;
const POSSESSIVE = String.raw`(?:'s|’s|s)?`;
const PITCH = String.raw`(?:sales\s+)?(?:pitch|angle|spin)`;
const PLAN = String.raw`(?:game\s*plan|play|end\s*game|long\s+game|strategy|agenda|grand\s+plan|master\s*plan|big\s+plan|plan|goal|aim|objective)`;
/** The conflict named after the noun, or a "here" for it. */
const CONFLICT = String.raw`(?:(?:the|this|that|whole|current|latest|israel(?:i)?[\s-]+(?:gaza|hamas|palestin\p{L}*)|middle\s+east|gaza)\s+)*(?:conflict|war|crisis|situation|mess|fighting|violence|escalation|thing|business|standoff|flare-?up)`;
const WHERE = String.raw`(?:here|there|now|right\s+now|rn|in\s+all\s+(?:this|of\s+this)|(?:on|in|about|for|over|regarding|with|toward|towards|concerning)\s+${CONFLICT})`;
const ASKED = String.raw`(?<!\p{L})(?:(?:what(?:'s|’s|\s+is|\s+was|\s+are)|whats|wats|and|so)\s+)?`;
const TAIL = String.raw`(?:\s+${WHERE})+\s*[?!.]*\s*$`;
const PITCH_ASKED = new RegExp(
  String.raw`${ASKED}${PARTY}${POSSESSIVE}\s+(?:real\s+|actual\s+|own\s+|main\s+)?${PITCH}${TAIL}`,
  "iu",
);
const PLAN_ASKED = new RegExp(
  String.raw`${ASKED}${PARTY}${POSSESSIVE}\s+(?:real\s+|actual\s+|own\s+|main\s+|ultimate\s+)?${PLAN}${TAIL}`,
  "iu",
);

/** The question with a Russian party's pitch or plan on the conflict read as the article's words for it. */
export function asPartyGamePlan(text: string): string {
  if (text.length > 200 || /\bpeace\s+plan\b/i.test(text)) return text;
  const found = PITCH_ASKED.exec(text) ?? PLAN_ASKED.exec(text);
  if (found === null) return text;
  const before = text.slice(0, found.index);
  // Putin's own aims are his calls (a ceasefire, renewed talks): his card, as plan-asked.ts reads "putin's plan".
  if (/putin/i.test(found[0])) return `${before}What does Putin want?`;
  const pitch = PITCH_ASKED.test(found[0]);
  return `${before}${pitch ? "How does Moscow present itself in the conflict?" : "What role does the Kremlin want to play?"}`;
}
