// Kind (dialog43, d107-09): a concessive adverb in a question — "does Putin nevertheless support Palestinian
// statehood?", "is he nonetheless in favour of talks?", "does Russia even so keep ties with Israel?", «а Путин тем не
// менее поддерживает палестинское государство?», «он всё же за переговоры?». The word sets the question against what
// was just said; it asks nothing of its own. Left in, "nevertheless" (WordNet's synonym of the article's "However")
// pulled the question to the card of Putin's charge against the US, and a No came from there (a false No: the
// article says Putin "acknowledges the need for a Palestinian state"). Taken off, the question finds its own card.
// "still" and "though" stay: "is Russia still a member?" asks of time, and a trailing "though" already reads well.

const CONCESSIVE_EN =
  /(?:,\s*)?(?<!\p{L})(?:nevertheless|nonetheless|none the less|even so|in spite of (?:that|this|it|all that)|despite (?:that|this|it|all that))(?!\p{L})(?:\s*,)?/giu;
const CONCESSIVE_RU =
  /(?:,\s*)?(?<!\p{L})(?:тем не менее|вс[её] же|вс[её]-таки|вс[её] таки|несмотря на (?:это|всё это|все это))(?!\p{L})(?:\s*,)?/giu;

/** The message without its concessive adverbs (spaces closed up), or the message itself when it has none. */
export function withoutConcessive(text: string): string {
  const cut = text.replace(CONCESSIVE_EN, " ").replace(CONCESSIVE_RU, " ");
  if (cut === text) return text;
  return cut
    .replace(/\s+([?!.,])/gu, "$1")
    .replace(/\s{2,}/gu, " ")
    .trim();
}
