// A long English ramble that ends in a yes/no clause of its own — "ok so i was reading this and honestly the whole
// thing seems like a big mess with everyone pointing fingers, but does putin actually want the fighting to stop?":
// read whole, the asker's own words ("pointing fingers") took the engine to another entry and no verdict came. The
// question is the last clause, after a comma (", but", ", so"), "; " or a dash: read alone where it opens with an auxiliary, names
// its subject (no pronoun, which would need the ramble) and the engine answers it alone. Short messages are the
// led readers' (led-yes-no.ts). English only; Russian rambles have their question cut out elsewhere.
import type { Answer, Lang } from "../answering/types.js";

/** A message longer than this many words is a ramble. */
const RAMBLE_WORDS = 20;
const LAST_CLAUSE =
  /(?:,\s*(?:(?:but|so|and|anyway|basically|like)\s+)?|;\s*|\s[-–—]+\s+)((?:is|are|was|were|do|does|did|has|have|had|can|could|will|would)\s[^,;?]+\?*)\s*$/iu;
const PRONOUN_SUBJECT = /^\S+ (?:he|she|it|they|this|that|these|those|there)(?!\p{L})/iu;
const MIN_CLAUSE_WORDS = 4;

/** The ramble's last yes/no clause, standing alone, or null when the message is no such ramble. */
export function rambleClauseOf(
  text: string,
  lang: Lang,
  findAnswer: (question: string, lang: Lang) => Answer,
): string | null {
  if (lang !== "en" || text.trim().split(/\s+/u).length <= RAMBLE_WORDS) return null;
  const m = LAST_CLAUSE.exec(text.trim());
  const clause = m?.[1]?.trim();
  if (!clause || clause.split(/\s+/u).length < MIN_CLAUSE_WORDS || PRONOUN_SUBJECT.test(clause)) return null;
  const question = /\?$/u.test(clause) ? clause : `${clause}?`;
  return findAnswer(question, lang).answered ? question : null;
}
