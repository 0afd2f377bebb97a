// A topic set out first and asked about by a pronoun after a dash, colon or full stop ("Saudi Arabia normalization
// with Israel - is it dead now?", "Египет и Газа: что с ними?"): the question is about the topic, so a name the
// article does not know in it gates the whole message, as if the question had named it. Read alone, the asking part
// ("is it dead now?") found an entry by its own words.

/** A pronoun that points back at what a message named before it. */
const POINTING_BACK =
  /(?<!\p{L})(?:it|its|it's|that|this|they|them|their|those|these|он|она|оно|они|его|ему|ей|ней|нее|неё|ее|её|их|них|ним|ними|это|этом|этого|этим|этой)(?!\p{L})/iu;

/** Whether a later stretch of a message asks about what an earlier one named, by a pronoun. */
export function pointsBack(later: string): boolean {
  return POINTING_BACK.test(later);
}
