// Where a claim stands in the article word for word (findExact): the article's paragraphs lower-cased and
// folded once per knowledge base, also with their asides cut out ("The Kremlin, meanwhile, maintains …"), and the
// claim trimmed of its edges and of the writer's own quotation marks. Apart from units.ts, which cuts the article
// into the spans a claim is weighed against word by word; exact-span.ts asks this for a claim's verbatim parts.
import {
  type FoldedHaystack,
  findFoldedNeedle,
  foldForMatch,
  foldHaystack,
  type KnowledgeBase,
} from "../knowledge/index.js";

/** A claim is compared verbatim from its first to its last word: quotation marks and end punctuation aside. */
const MIN_VERBATIM_WORDS = 3;
const EDGE = /["“”«»„'‘’.!;,\s]/;

/** Where the text stands verbatim (letter case, white space and ’/' aside), when it is long enough to mean it. */
export function findExact(
  kb: KnowledgeBase,
  text: string,
): { paragraph: number; start: number; end: number } | null {
  const needle = trimEdges(foldForMatch(withoutInnerQuotes(text))).toLowerCase();
  // Already folded (lower case adds no white space or typographic quote), so it is not folded again per paragraph.
  if (needle.split(" ").length < MIN_VERBATIM_WORDS) return null;
  for (const [i, haystack] of foldedParagraphs(kb).entries()) {
    const span = findFoldedNeedle(haystack, needle);
    if (span) return { paragraph: i + 1, ...span };
  }
  // The sentence with the article's asides left out: "The Kremlin maintains open communication …" of "The
  // Kremlin, meanwhile, maintains …" quotes it; the span shown is the article's, aside and all.
  for (const [i, haystack] of foldedWithoutAsides(kb).entries()) {
    const span = haystack && findFoldedNeedle(haystack, needle);
    if (span) return { paragraph: i + 1, ...span };
  }
  return null;
}

/**
 * Words the article sets off inside a sentence, saying nothing of what the sentence states: ", meanwhile,",
 * "However, " opening it, " also " before its verb. Never a negation, a hedge or a name.
 */
const ASIDE =
  /,\s*(?:meanwhile|moreover|in turn),(?=\s)|(?<=^|[.!?]\s+)(?:However|Meanwhile|Moreover),\s+|\s+also(?=\s)/gu;

const withoutAsides = new WeakMap<KnowledgeBase, (FoldedHaystack | null)[]>();

/** Each paragraph folded with its asides cut out, offsets still the paragraph's; null when it has none. */
function foldedWithoutAsides(kb: KnowledgeBase): (FoldedHaystack | null)[] {
  let out = withoutAsides.get(kb);
  if (!out) {
    out = kb.article.paragraphs.map((paragraph) => {
      const lower = paragraph.toLowerCase();
      if (lower.length !== paragraph.length) return null;
      let text = "";
      const at: number[] = [];
      let from = 0;
      for (const m of paragraph.matchAll(ASIDE)) {
        for (let k = from; k < m.index; k++) at.push(k);
        text += lower.slice(from, m.index);
        from = m.index + m[0].length;
      }
      if (from === 0) return null;
      for (let k = from; k < lower.length; k++) at.push(k);
      text += lower.slice(from);
      const { folded, origin } = foldHaystack(text);
      return { folded, origin: origin.map((k) => at[k]!) };
    });
    withoutAsides.set(kb, out);
  }
  return out;
}

const folded = new WeakMap<KnowledgeBase, FoldedHaystack[]>();

/** The article's paragraphs lower-cased and folded once per knowledge base, not on every claim. */
function foldedParagraphs(kb: KnowledgeBase): FoldedHaystack[] {
  let out = folded.get(kb);
  if (!out) {
    out = kb.article.paragraphs.map((paragraph) => {
      const lower = paragraph.toLowerCase();
      // Offsets carry over only when lower-casing keeps the length (it does for this article's alphabet).
      return foldHaystack(lower.length === paragraph.length ? lower : paragraph);
    });
    folded.set(kb, out);
  }
  return out;
}

/**
 * Quotation marks inside a claim are the writer's, never the article's (it quotes no one): "Putin emphasized
 * “the urgent need …”", nested 'deep concern'. An apostrophe between letters ("Russia's") is kept.
 */
export function withoutInnerQuotes(text: string): string {
  return text.replace(/["“”«»„]|(?<!\p{L})['‘’]|['‘’](?!\p{L})/gu, "");
}

/** Strips quotation marks, end punctuation and spaces at both ends (a loop: no regex backtracking on long runs). */
function trimEdges(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && EDGE.test(s[start]!)) start++;
  while (end > start && EDGE.test(s[end - 1]!)) end--;
  return s.slice(start, end);
}
