// Kind (dialog-r2-32b): "what is moscow promising to do", "what has the kremlin pledged to do" — a promise to act
// is the readiness the article reports ("expresses its readiness to contribute to reaching a settlement"). The
// engine knew no "promise" and was unsure between Russia's position, the Kremlin's role and the peace plan. Put as
// "ready to" in the question only: as a synonym for the claim checker it made "Peskov promised … aid" a changed
// wording of the readiness (claims-blind38) where it is not in the article. Russian «обещает» is the RU synonyms'.
const PROMISED_TO = /(?<!\p{L})(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?) to(?!\p{L})/iu;
const ASKED = /^\W*(?:(?:and|so|but|ok|okay|well)[, ]+)?(?:what|how|is|are|does|do|did|has|have)(?!\p{L})/iu;

// "did turkey promise to help?": the readiness is Moscow's; another party named before the promise keeps its
// question (read as "did turkey ready to help?" it was garbled; dialog-r2-36b).
const OTHER_PARTY =
  /(?<!\p{L})(?:turk\p{L}*|erdogan\p{L}*|ankara|israel\p{L}*|netanyahu|hamas|gaza\p{L}*|us|usa|u\.s|america\p{L}*|washington|biden|palestin\p{L}*|iran\p{L}*|egypt\p{L}*|qatar\p{L}*|eu|un|europe\p{L}*)(?!\p{L})/iu;

/** A question about a promise to act put as readiness ("promising to" → "ready to"), else null. */
export function promisedAsReadyOf(text: string): string | null {
  if (text.length > 200 || !ASKED.test(text)) return null;
  const at = text.search(PROMISED_TO);
  if (at < 0 || OTHER_PARTY.test(text.slice(0, at))) return null;
  return text.replace(PROMISED_TO, "ready to");
}
