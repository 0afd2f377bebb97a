// Kind: a yes/no question opened with chat shorthand for its auxiliary. "r there fears this spills over…",
// "r ppl scared…", "duz putin blame hamas": the engine reads "r" as "are" (english.ts' short misspellings), but
// the dialogue's yes/no reader looks for the auxiliary as typed, so the question got no Yes/No/doesn't-say line.
// Only the first word, and only before a word that can follow the auxiliary, is spelled out. "whats" at the start
// is spelled "what is" too: the engine's summary reading matches "what is this article about" on the words as
// typed, so "hi, whats this article about in short?" was refused while "what's …" got the summary.
const SHORT_AUXILIARY: Record<string, string> = { r: "are", duz: "does", dose: "does", dos: "does" };
const WHATS = /^(\s*(?:(?:and|so|but|ok|okay|well)[, ]+)?)(?:whats|wats|wuts)\s+(?=\p{L})/iu;
const LEAD = /^(\s*(?:(?:and|so|but|ok|okay|well)[, ]+)?)(r|duz|dose|dos)\s+(?=\p{L})/iu;

/** The message with its shorthand auxiliary spelled out ("r there…" → "are there…"), else as typed. */
export function withAuxiliarySpelledOut(text: string): string {
  return text
    .replace(WHATS, "$1what is ")
    .replace(LEAD, (_, lead: string, aux: string) => `${lead}${SHORT_AUXILIARY[aux.toLowerCase()] ?? aux} `);
}
