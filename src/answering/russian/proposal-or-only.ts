// "Они вообще что-то предлагают или только осуждают?": what a party proposes, set against a lesser alternative
// the asker fears ("или только осуждают/критикуют/говорят"). The alternative's verb read as criticism and the
// question went to the reasons for the controversy, or nowhere. The proposal is what is asked: the "или только …"
// tail is dropped.

const OR_ONLY =
  /((?<!\p{L})(?:предлага\p{L}*|предлож\p{L}*|дела\p{L}*|призыва\p{L}*)(?!\p{L})[^?.!]{0,30}?),?\s+или\s+(?:только|лишь|просто)\s+[\p{L}-]+/u;

/** The question without "или только X" after a verb of proposing, or as typed. */
export function withoutOrOnly(text: string): string {
  return text.replace(OR_ONLY, "$1");
}
