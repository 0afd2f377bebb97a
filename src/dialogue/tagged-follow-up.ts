// A statement tagged as a follow-up question, read back as the question it asks:
// - a report tag after the clause: "so russia is willing to assist, he says?", "the us failed, putin thinks?",
//   «значит, россия готова помочь, говорит он?» → "so he says russia is willing to assist?" (the voice check of
//   the clause, which the pronoun readers know; read as typed, the tag was lost and the clause asked alone);
// - a negated statement with a positive tag whose object is the last answer's thing: "Putin didn't bring that up,
//   did he?", "he doesn't mention it, does he?" → "did Putin bring that up?" (d118-24: "that" was read as Putin
//   himself, the who-is card). Without a pronoun the tag is the stand-alone reader's ("Putin didn't blame the US,
//   did he?").
// Text in, text out (follow-up-forms.ts); null when the message has neither form. Anchored, bounded runs: linear.

const REPORT_EN =
  /^((?:(?:so|and|ok|okay|oh|wait)[,.! ]+)*)([\p{L}'’-]+(?: [\p{L}'’-]+){2,14}?)\s*,\s*(he|she|they|putin|peskov|erdogan|the kremlin|the article|it) (says|said|claims|claimed|thinks|reckons|believes|means)\s*\?+$/iu;
const REPORT_RU =
  /^((?:(?:так|значит|а|и|ну)[,.! ]+)*)([\p{L}-]+(?: [\p{L}-]+){2,14}?)\s*,\s*(?:(говорит|сказал|считает|утверждает) (он|она|путин|песков|кремль)|(он|она|путин|песков|кремль) (говорит|сказал|считает|утверждает))\s*\?+$/iu;
/** A clause opening with a question word asks its own question ("who is he, they say?"). */
const QUESTION_START =
  /^(?:who|what|which|why|how|when|where|is|are|does|do|did|кто|что|почему|как|где|когда)(?!\p{L})/iu;

const NEGATED_TAG =
  /^((?:(?:so|and|but|ok|okay|wait)[,.! ]+)*)((?:the )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?) (?:didn't|did not|doesn't|does not|hasn't|has not|wasn't|was not|isn't|is not) ([\p{L}'’-]+(?: [\p{L}'’-]+){0,6}?)\s*,\s*(did|does|has|was|is) (?:he|she|it|they)\s*\?+$/iu;
const OBJECT_PRONOUN = /(?<!\p{L})(?:that|it|this|them)(?!\p{L})/iu;
const SUBJECT_PRONOUN = /^(?:i|you|we|that|this|there)$/iu;

export function taggedFollowUpOf(text: string): string | null {
  const t = text.trim();
  if (t.length > 200) return null;
  const en = REPORT_EN.exec(t);
  if (en?.[2] && en[3] && en[4] && !QUESTION_START.test(en[2]))
    return `${en[1] ?? ""}${en[3]} ${en[4]} ${en[2]}?`;
  const ru = REPORT_RU.exec(t);
  if (ru?.[2] && !QUESTION_START.test(ru[2])) {
    const who = ru[4] ?? ru[5];
    const verb = ru[3] ?? ru[6];
    return `${ru[1] ?? ""}${who} ${verb}, что ${ru[2]}?`;
  }
  const neg = NEGATED_TAG.exec(t);
  if (neg?.[2] && neg[3] && neg[4] && OBJECT_PRONOUN.test(neg[3]) && !SUBJECT_PRONOUN.test(neg[2]))
    return `${neg[1] ?? ""}${neg[4]} ${neg[2]} ${neg[3]}?`;
  return null;
}
