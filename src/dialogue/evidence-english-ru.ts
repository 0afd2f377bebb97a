// Kind: English words inside a Russian yes/no question — «ceasefire путин требует немедленно?», «путин хочет
// immediate ceasefire?», «путин критикует washington?». The Russian claim path reads a Russian statement against
// the curated Russian translations, where an English word stands nowhere, so the checker's «не сказано» ("a word
// the passage lacks") beat the card that answers. An English word that the evidence's own quotes (the article's
// English spans) hold is a word of that passage: it is grounded there, and the statement is checked without it.
// An English word the quotes lack («…в syria?») stays and keeps its «не сказано». Read by russian-verdict.ts.
import type { Answer } from "../answering/types.js";

const LATIN_WORD = /(?<![\p{L}\d])[a-z][a-z'-]*(?![\p{L}\d])/giu;
const CYRILLIC_WORD = /\p{Script=Cyrillic}{2,}/gu;

/** A word and a word of the quotes are one word: itself, or (five letters or more) one stem ("criticize"/"criticizes"). */
function inQuotes(word: string, quoteWords: ReadonlySet<string>): boolean {
  if (quoteWords.has(word)) return true;
  if (word.length < 5) return false;
  const stem = word.slice(0, Math.max(5, word.length - 3));
  for (const w of quoteWords) if (w.startsWith(stem)) return true;
  return false;
}

/**
 * The Russian statement without the English words the evidence's quotes hold; null when it holds none, or when
 * too little Russian is left to be a statement (two Russian words at least).
 */
export function withoutEvidenceEnglish(statement: string, evidence: Answer): string | null {
  const latin = statement.match(LATIN_WORD) ?? [];
  if (latin.length === 0 || !evidence.answered) return null;
  const quoteWords = new Set(
    evidence.quotes.flatMap((q) => q.text.toLowerCase().match(/[a-z][a-z'-]*/gu) ?? []),
  );
  let dropped = false;
  const left = statement.replace(LATIN_WORD, (w) => {
    if (!inQuotes(w.toLowerCase(), quoteWords)) return w;
    dropped = true;
    return " ";
  });
  if (!dropped) return null;
  // «призывает к ceasefire?»: a preposition left with nothing after it goes with its word.
  const out = left
    .replace(/\s+/gu, " ")
    .replace(/(?<!\p{L})(?:к|ко|о|об|про|за|на|в|во|с|со)(?= ?[?!.]*$)/u, "")
    .replace(/\s+([?!.]*)$/u, "$1")
    .trim();
  return (out.match(CYRILLIC_WORD) ?? []).length >= 2 ? out : null;
}
