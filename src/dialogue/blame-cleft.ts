// "is it israel he blames?", "so it's hamas he is blaming?", "is it the israelis he holds to blame?": the cleft
// singles its party out as the one blamed. Read as typed, the context reader took "it" for the last turn's thing
// ("is put the blame israel Putin blames", d83-02#3) and the verdict fell to the checker's "doesn't say". Read as
// "does he blame only israel?", the blame convention (docs/conversation.md, session 36) gives its No where the
// evidence blames another: the question contradicts the article, it does not add one more target.
const BLAME_CLEFT =
  /^((?:(?:so|and|but|wait|ok|okay|then|hmm)[, ]+)*)(?:is it|was it|it's|it’s|it is|it was) ([\p{L}' .-]{2,40}?) (?:(?:that|who|whom) )?(he|she|they|putin|the kremlin|moscow|russia) (blames|blame|blamed|is blaming|was blaming|are blaming|holds responsible|hold responsible|held responsible|holds to blame|hold to blame|held to blame)(?: (?:for (?:it|this|that|all this)|here|then|now))?\s*\??$/u;

const PAST = /^(?:blamed|was blaming|held)/u;

/**
 * The party the article has him blame (the United States): "was it washington he blamed?" is his blame as reported,
 * asked plainly (Yes); "only" would turn it into a claim the article never makes.
 */
const BLAMED_IN_ARTICLE =
  /^(?:the )?(?:us|u\.s\.?|usa|united states|america|americans|washington|us government|american government)$/u;

/** The blame cleft read as "does he blame only X?"; null for any other message. */
export function blameCleftOf(typed: string): string | null {
  if (typed.length > 200) return null;
  const m = BLAME_CLEFT.exec(typed.trim().toLowerCase());
  if (!m?.[2] || !m[3] || !m[4]) return null;
  const aux = PAST.test(m[4]) ? "did" : m[3] === "they" ? "do" : "does";
  const only = BLAMED_IN_ARTICLE.test(m[2].trim()) ? "" : "only ";
  return `${m[1] ?? ""}${aux} ${m[3]} blame ${only}${m[2]}?`;
}
