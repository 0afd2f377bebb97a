// A Russian voice's stance on "the crisis" ("whats the foreign ministry stance on the crisis", "what does russia think
// about the crisis", "the kremlin's stance on the crisis"): the story's conflict, read as "the conflict". Read as typed,
// "crisis" drew the escalation and spread cards (their own word) level with the voice's entry, and the question was
// answered "did you mean…?" or by the escalation card (quality34). The crisis spreading or growing keeps its word.

const VOICE =
  /(?<!\p{L})(?:putin|peskov|kremlin|russia|russians|moscow|ministry|mfa|foreign office)(?:'s|’s|s)?(?!\p{L})/u;
const STANCE_ON_CRISIS =
  /(?<!\p{L})((?:stance|position|view|views|take|opinion|line|attitude|thoughts|think|thinks|feel|feels|say|says|make|makes|approach|policy|reaction)\s+(?:on|about|of|regarding|over|toward|towards|to|in)\s+(?:the|this|the current|the whole|this whole|the ongoing|this ongoing)\s+)crisis(?!\p{L})(?!\s+(?:spread|spreading|widen|widening|escalat|grow|growing|worsen|getting|could|might|will))/giu;

/** The question with a Russian voice's stance on "the crisis" read as on "the conflict", or as it came. */
export function asCrisisStance(text: string): string {
  if (text.length > 200 || !/crisis/i.test(text) || !VOICE.test(text.toLowerCase())) return text;
  return text.replace(STANCE_ON_CRISIS, (_m, before: string) => `${before}conflict`);
}
