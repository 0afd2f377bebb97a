// An either/or whose one side is the article's ("putin: immediate ceasefire or gradual one?", "is Putin calling
// for a quick ceasefire or a slow de-escalation?", "путин что-нибудь про переговоры говорил или только про огонь"):
// read whole, both sides pull the engine apart and it asks "did you mean…?". Each side is read alone; the surest side answered by one of the whole's near entries is the answer — without the entry's own Yes/No, which answered a different question.
import { spaceSplitCount } from "../lib/word-count.js";

/** The two readings of a message with one " or " (Russian "или") between words: the part before it, and after. */
export function sidesOf(question: string): [string, string] | null {
  const text = question.replace(/[?!.]+\s*$/, "");
  const parts = text.split(/\s+(?:or|или)\s+/i);
  if (parts.length !== 2) return null;
  const [before, after] = parts as [string, string];
  if (spaceSplitCount(before.trim()) < 2 || after.trim().length === 0) return null;
  return [before, after];
}

/** An entry answer without its leading verdict ("Yes. …" → "…", "Да. …" → "…"). */
export function withoutLeadingVerdict(answer: string): string {
  return answer.replace(/^(?:Да|Нет|Yes|No)\.\s+/u, "");
}
