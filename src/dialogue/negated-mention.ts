// The sentence of an answer or its evidence that says someone made no mention of something ("Putin did not mention
// Russia's own role", "Путин … не упомянул собственную роль России"), read two ways: as a whole sentence
// (unmentioned.ts: "did he mention it?" after it) and as subject and object (denied-mention.ts: "he talked about
// Russia's own role, right?" against it). One list of wordings serves both; where the object reading needs more
// words (the ones that lead into the object), the row says so.

/** Each wording of "no mention": as the sentence reading takes it, and as the object reading needs it. */
const NO_MENTION: readonly { readonly sentence: string; readonly withObject: string }[] = [
  { sentence: "did not mention", withObject: "did not mention" },
  { sentence: "didn't mention", withObject: "didn't mention" },
  { sentence: "does not mention", withObject: "does not mention" },
  // "makes no mention whatsoever" denies a mention, but only "makes no mention of" is followed by its object.
  { sentence: "makes no mention", withObject: "makes no mention of" },
  { sentence: "made no mention", withObject: "made no mention of" },
  { sentence: "не упомянул\\p{L}*", withObject: "не упомянул\\p{L}*" },
  { sentence: "не упоминает", withObject: "не упоминает" },
  { sentence: "не упоминал\\p{L}*", withObject: "не упоминал\\p{L}*" },
  // "ни словом" alone ends a sentence's denial; the object follows "ни словом не обмолвился о".
  { sentence: "ни словом", withObject: "ни словом не обмолвился о" },
];

const SENTENCE = new RegExp(`[^.!?]*(?:${NO_MENTION.map((m) => m.sentence).join("|")})[^.!?]*`, "iu");
const WITH_OBJECT = new RegExp(
  `([^.!?]*?)(?:${NO_MENTION.map((m) => m.withObject).join("|")})([^.!?]*)`,
  "iu",
);

/** The first sentence of `text` saying someone made no mention of something, in any wording. */
export function negatedMentionSentence(text: string): string | undefined {
  return SENTENCE.exec(text)?.[0];
}

/**
 * The first sentence of `text` saying someone made no mention of an object it names: the words before the
 * wording (the one who said nothing) and after it (what they said nothing of).
 */
export function negatedMention(text: string): { sayer: string; object: string } | undefined {
  const m = WITH_OBJECT.exec(text);
  return m ? { sayer: m[1] ?? "", object: m[2] ?? "" } : undefined;
}
