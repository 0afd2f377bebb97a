// A statement with a slang choice tagged on — "was he mad at the us or nah", "putin dunking on the US here or
// nope?", "so he wants a ceasefire or naw" — asks the same as "…, or not?": read it so, with the question mark the
// slang often leaves out, and the yes/no readers (the "or not" tag of claim-frame.ts) settle it. Without this the
// "or" reads as a choice between the claim and "nah".

const SLANG_OR_NOT = /[,\s]+or\s+(?:nah+|naw+|nope|nay|na)\s*[?!.]*\s*$/iu;

/** The message with a slang "or nah" tag read as ", or not?"; unchanged when it has none. */
export function withPlainTag(typed: string): string {
  return SLANG_OR_NOT.test(typed) ? typed.replace(SLANG_OR_NOT, ", or not?") : typed;
}
