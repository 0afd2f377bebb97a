// "what about the un, where does it come in?", "how does the eu fit in?", "what role does the un play?": a party's
// part in the story, asked in chat words the engine does not place ("not sure which"). Read as "how is X
// involved?", which the engine answers from what the article says of X (the Quartet for the UN and the EU).
const HEAD = "^(?:(?:and|so|but|ok|okay|well|then|hmm)[, ]+)*";
const FITS =
  "(?:come in|comes in|fit in|fits in|figure in|fit into (?:this|all this|it|the story)|come into (?:it|this|play|the story))";
const PARTY = "((?:the )?[\\p{L}.]+(?: [\\p{L}.]+){0,2}?)";
const READINGS = [
  // "what about the un, where does it come in?"
  new RegExp(
    `${HEAD}what about ${PARTY}[,;:—–-]+ ?(?:where|how) (?:does|do) (?:it|they|he|she) ${FITS}$`,
    "u",
  ),
  // "where does the eu come in?", "how does the un fit in?"
  new RegExp(`${HEAD}(?:where|how) (?:does|do) ${PARTY} ${FITS}$`, "u"),
  // "what role does the eu play?", "what part do the un play in this?"
  new RegExp(
    `${HEAD}what (?:role|part) (?:does|do) ${PARTY} (?:play|have)(?: in (?:this|it|all this))?$`,
    "u",
  ),
];

/** "how is X involved?" for a party's part asked in chat words, or null. */
export function partyPartOf(text: string): string | null {
  const folded = text
    .toLowerCase()
    .replace(/[?!.\s]+$/u, "")
    .trim();
  for (const re of READINGS) {
    const party = re.exec(folded)?.[1];
    if (party && !/^(?:it|this|that|they|he|she)$/u.test(party)) return `how is ${party} involved?`;
  }
  return null;
}
