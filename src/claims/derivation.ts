// "urgently needed" of the article's "the urgency for …": one root said as an adverb where the passage has its
// noun. The stemmer keeps "urgent" and "urgenc" apart, so the claim's side-taking adverb read as a stance the
// passage does not take (an alteration of a fair paraphrase). English adjectives in -ent/-ant and their nouns in
// -ency/-ancy/-ence/-ance, with the adverb's -ly taken off.

/** The adjective a word of this family comes from: "urgently", "urgency" → "urgent"; null for any other word. */
function rootAdjective(word: string): string | null {
  const w = word.toLowerCase();
  const adverb = /^(\p{L}{3,}(?:ent|ant))ly$/u.exec(w);
  if (adverb) return adverb[1]!;
  const noun = /^(\p{L}{3,}[ea]n)(?:cy|ce)$/u.exec(w);
  if (noun) return `${noun[1]!}t`;
  return /^\p{L}{3,}(?:ent|ant)$/u.test(w) ? w : null;
}

/** The two words are one root in two parts of speech ("urgently" / "urgency"), not the same word. */
export function sameDerivation(a: string, b: string): boolean {
  const ra = rootAdjective(a);
  return ra !== null && ra === rootAdjective(b) && a.toLowerCase() !== b.toLowerCase();
}
