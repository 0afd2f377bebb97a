// Kind: a yes/no question opened with chat shorthand for its auxiliary. "r there fears this spills over…",
// "r ppl scared…", "duz putin blame hamas": the engine reads "r" as "are" (english.ts' short misspellings), but
// the dialogue's yes/no reader looks for the auxiliary as typed, so the question got no Yes/No/doesn't-say line.
// Only the first word, and only before a word that can follow the auxiliary, is spelled out. "whats" at the start
// is spelled "what is" too: the engine's summary reading matches "what is this article about" on the words as
// typed, so "hi, whats this article about in short?" was refused while "what's …" got the summary.
const SHORT_AUXILIARY: Record<string, string> = { r: "are", duz: "does", dose: "does", dos: "does" };
const WHATS = /^(\s*(?:(?:and|so|but|ok|okay|well)[, ]+)?)(?:whats|wats|wuts)\s+(?=\p{L})/iu;
// "so hes against israel?": a pronoun with "is"/"are" and no apostrophe (dialog34) was not read as "he's", so the
// pronoun found no person and the yes/no got "I'm not sure which". Only at the start, after a glue word at most.
const PRONOUN_BE: Record<string, string> = { hes: "he's", shes: "she's", theyre: "they're" };
const PRONOUN_LEAD = /^(\s*(?:(?:and|so|but|ok|okay|well)[, ]+)?)(hes|shes|theyre)\s+(?=\p{L})/iu;
// "isnt russia in the quartet tho": a negated "be" typed without its apostrophe (dialog39) was no auxiliary to the
// yes/no reader, so the question got no verdict line. Only at the start, as above; only "be": "doesnt that upset
// israel?" read as a yes/no meets a curated Yes of another point (dialogues20 en-16), so "do" stays as typed.
const NEGATED_LEAD = /^(\s*(?:(?:and|so|but|ok|okay|well)[, ]+)?)(is|are|was|were)nt\s+(?=\p{L})/iu;
const LEAD = /^(\s*(?:(?:and|so|but|ok|okay|well)[, ]+)?)(r|duz|dose|dos)\s+(?=\p{L})/iu;

// "so russia n hamas go way back?": a lone "n" between two Latin words is "and" (it was read as a stray letter,
// so the question lost one of its two parties). Exactly two letters each side, which is the same test as "two or
// more": an open-ended look-behind re-reads the whole run of letters before each "n", quadratic in a long word
// (4,000 "ﬁ" took 1.8 s through the dialogue).
const AND_N = /(?<=\p{Script=Latin}{2}) n (?=\p{Script=Latin}{2})/gu;
// "n the us?", "nd what about peskov?" (dialog47, d112-09#2): a lone "n"/"nd" opening the message is "and" too, so the
// follow-up reads as "and the us?" (it was a stray letter, and the engine split between the US entries). Only before
// a Latin word of two letters or more.
const LEAD_N = /^(\s*)(?:n|nd)\s+(?=\p{Script=Latin}{2})/u;
// "was it a face to face meeting w erdogan" (dialog49, d113-14#1): a lone "w" between two Latin words is "with" (the
// engine read it as a stray letter and split between the call's cards). Two letters each side, as AND_N.
const WITH_W = /(?<=\p{Script=Latin}{2}) w (?=\p{Script=Latin}{2})/gu;
// "does russia hav ties w hamas" (dialog39): "hav" after an auxiliary or a subject is "have" (the engine read it as an
// unknown word and refused). Only after does/do/did/they/we/you/i or a name and before a word of two letters or more.
const HAVE = /(?<=(?:does|do|did|they|we|you|i|\p{Script=Latin}{3,}) )hav(?= \p{Script=Latin}{2})/giu;

/** The message with its shorthand auxiliary spelled out ("r there…" → "are there…"), else as typed. */
export function withAuxiliarySpelledOut(text: string): string {
  return text
    .replace(LEAD_N, "$1and ")
    .replace(AND_N, " and ")
    .replace(WITH_W, " with ")
    .replace(HAVE, "have")
    .replace(WHATS, "$1what is ")
    .replace(
      PRONOUN_LEAD,
      (_, lead: string, said: string) => `${lead}${PRONOUN_BE[said.toLowerCase()] ?? said} `,
    )
    .replace(NEGATED_LEAD, "$1$2n't ")
    .replace(LEAD, (_, lead: string, aux: string) => `${lead}${SHORT_AUXILIARY[aux.toLowerCase()] ?? aux} `);
}
