// "I also heard Erdogan agreed. Did he?", "Russia left the Quartet. Is it?": a statement, then a bare tag asking
// it back. Read as "…. Is that true?", the frame claim-frame.ts already checks against the article.

const BARE_TAG =
  /^(.*\S[.!])\s+(?:so\s+)?(?:did|does|do|is|was|has|have|had|are|were)\s+(?:he|she|it|they|that|this)(?:\s+really)?\s*\?+\s*$/iu;

/** The message with a bare "Did he?" tag read as "Is that true?"; unchanged when it has none. */
export function withTrueTag(typed: string): string {
  const m = BARE_TAG.exec(typed.trim());
  if (!m?.[1] || m[1].split(/\s+/).length < 3) return typed;
  return `${m[1]} Is that true?`;
}
