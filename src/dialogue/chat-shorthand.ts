// Kind: a yes/no question opened with chat shorthand for its auxiliary. "r there fears this spills over…",
// "r ppl scared…", "duz putin blame hamas": the engine reads "r" as "are" (english.ts' short misspellings), but
// the dialogue's yes/no reader looks for the auxiliary as typed, so the question got no Yes/No/doesn't-say line.
// Only the first word, and only before a word that can follow the auxiliary, is spelled out.
const SHORT_AUXILIARY: Record<string, string> = { r: "are", duz: "does", dose: "does", dos: "does" };
const LEAD = /^(\s*(?:(?:and|so|but|ok|okay|well)[, ]+)?)(r|duz|dose|dos)\s+(?=\p{L})/iu;

/** The message with its shorthand auxiliary spelled out ("r there…" → "are there…"), else as typed. */
export function withAuxiliarySpelledOut(text: string): string {
  return text.replace(
    LEAD,
    (_, lead: string, aux: string) => `${lead}${SHORT_AUXILIARY[aux.toLowerCase()] ?? aux} `,
  );
}
