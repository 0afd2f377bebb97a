// Words of hearsay or doubt inside a question ("what do the palestinians want that the US supposedly ignored",
// "which aspiration did washington allegedly overlook"): they say how sure the asker is, not what is asked. Read as
// typed they were unknown words, and an unknown word lowers every score until the question is refused as unsure.
// English only; "according to the article" and "reported" (the article's own word) are left alone.

const HEDGES =
  /\b(?:supposedly|allegedly|reportedly|apparently|purportedly|ostensibly|seemingly|presumably|evidently|so-called)\b\s*/gi;

/** The question without its hedge words, or as it came when it holds none. */
export function withoutHedges(text: string): string {
  if (!HEDGES.test(text)) return text;
  HEDGES.lastIndex = 0;
  const out = text
    .replace(HEDGES, "")
    .replace(/\s{2,}/g, " ")
    .trim();
  return out.length > 0 ? out : text;
}
