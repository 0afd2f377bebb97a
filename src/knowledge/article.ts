// The article as the knowledge base sees it: paragraphs numbered by position, sentences, and a way to find a
// quote in it that forgives white space and typographic quotes but nothing else.

/** The article's file in knowledge/. */
export const ARTICLE_FILE = "article.txt";

export interface Sentence {
  /** 1-based paragraph number. */
  paragraph: number;
  /** Offsets in the paragraph's own text. */
  start: number;
  end: number;
  text: string;
}

export interface Article {
  text: string;
  /** paragraphs[0] is paragraph 1. */
  paragraphs: string[];
  sentences: Sentence[];
}

export interface Span {
  start: number;
  end: number;
}

const TYPOGRAPHIC: Record<string, string> = { "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"' };

/** Folds one character the way quote checks compare them: typographic quotes to plain ones. */
function foldChar(ch: string): string {
  return TYPOGRAPHIC[ch] ?? ch;
}

/** White space collapsed, typographic quotes made plain, trimmed: the form in which quotes are compared. */
export function foldForMatch(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201c\u201d]/g, foldChar)
    .replace(/\s+/g, " ")
    .trim();
}

/** Folds `s` and remembers, for each folded character, where it came from. */
function foldWithMap(s: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (/\s/.test(ch)) {
      pendingSpace = folded.length > 0;
      continue;
    }
    if (pendingSpace) {
      folded += " ";
      origin.push(i - 1);
      pendingSpace = false;
    }
    folded += foldChar(ch);
    origin.push(i);
  }
  return { folded, origin };
}

/** Where `needle` stands in `haystack` (offsets in the original haystack), or null when it is not verbatim there. */
export function findVerbatim(haystack: string, needle: string): Span | null {
  return findFolded(foldHaystack(haystack), needle);
}

/** A haystack folded once, for a caller that searches the same text again and again (the claim checker). */
export type FoldedHaystack = { folded: string; origin: number[] };

export function foldHaystack(haystack: string): FoldedHaystack {
  return foldWithMap(haystack);
}

/** findVerbatim on a haystack folded beforehand. */
export function findFolded(haystack: FoldedHaystack, needle: string): Span | null {
  return findFoldedNeedle(haystack, foldForMatch(needle));
}

/** findFolded for a needle already through foldForMatch: a search over every paragraph folds it once, not each time. */
export function findFoldedNeedle({ folded, origin }: FoldedHaystack, want: string): Span | null {
  if (want.length === 0) return null;
  const at = folded.indexOf(want);
  if (at < 0) return null;
  return { start: origin[at]!, end: origin[at + want.length - 1]! + 1 };
}

/** Splits a paragraph into sentences: a full stop, ? or ! followed by space and a capital letter. */
function splitSentences(paragraph: string, number: number): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?]["'\u201d\u2019]?\s+(?=[A-Z\u201c"])/g;
  let start = 0;
  for (const m of paragraph.matchAll(boundary)) {
    const end = m.index + m[0].trimEnd().length;
    out.push({ paragraph: number, start, end, text: paragraph.slice(start, end) });
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trimEnd();
  if (rest.length > 0) out.push({ paragraph: number, start, end: start + rest.length, text: rest });
  return out;
}

export function parseArticle(text: string): Article {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const sentences = paragraphs.flatMap((p, i) => splitSentences(p, i + 1));
  return { text, paragraphs, sentences };
}
