// A statement with a slang choice tagged on — "was he mad at the us or nah", "putin dunking on the US here or
// nope?", "so he wants a ceasefire or naw" — asks the same as "…, or not?": read it so, with the question mark the
// slang often leaves out, and the yes/no readers (the "or not" tag of claim-frame.ts) settle it. Without this the
// "or" reads as a choice between the claim and "nah".

const SLANG_OR_NOT = /[,\s]+or\s+(?:nah+|naw+|nope|nay|na)\s*[?!.]*\s*$/iu;

/**
 * "did they meet in person or", "is he blaming israel or…": a yes/no question trailing off in a bare "or" (dialog47)
 * asks the same; only after an auxiliary at the start, so "who is it, putin or" is left alone.
 */
const TRAILING_OR = /[,\s]+or\s*(?:\.{2,}|…)?\s*[?!]*\s*$/iu;
const YES_NO_START =
  /^(?:(?:so|and|but|ok|okay|wait|hmm)[, ]+)*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would)(?!\p{L})/iu;

/** The message with a slang "or nah" tag (or a bare trailing "or") read as ", or not?"; unchanged when it has none. */
export function withPlainTag(typed: string): string {
  if (SLANG_OR_NOT.test(typed)) return typed.replace(SLANG_OR_NOT, ", or not?");
  return TRAILING_OR.test(typed) && YES_NO_START.test(typed.trim())
    ? typed.replace(TRAILING_OR, ", or not?")
    : typed;
}
