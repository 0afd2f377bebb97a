// How the asker wants the answer put, said after a real question ("is Russia neutral? No spin, just what the text
// says.", "did Putin blame the US? Don't give me propaganda, only the facts."): how to answer, not what. Left in,
// "propaganda" read as the article's own slant (author-view-on-blame) and "text says" as a question about the
// article's voice, so the question drifted to another entry. Only a sentence after a question, naming nothing of
// the story, is taken off: "is the article propaganda?" keeps its words.

/** A question before the remark: a question mark, then the remark as the rest of the message. */
const AFTER_QUESTION = /^(?<question>[^?]*\?)\s+(?<remark>[^?]+?)[.!]*\s*$/u;

/** The manner asked: a plea against slant, for the bare text, or both in one sentence. */
const MANNER =
  /^(?:(?:and|but|so|please|pls|just|honestly)[, ]+)*(?:(?:(?:don'?t|do not|no need to)\s+(?:give|feed|tell|sell)\s+me|no|spare me(?:\s+the)?|without(?:\s+the|\s+any)?|skip(?:\s+the)?|cut(?:\s+the)?)\s+(?:any\s+|the\s+|your\s+)?(?:propaganda|spin|pr|bs|opinions?|takes?|hot\s+takes?|editoriali[sz]ing|commentary|bias|fluff|waffle|agenda)|(?:just|only|simply)\s+(?:(?:what|whatever)\s+(?:the|this)\s+(?:text|article|piece|story|report)\s+(?:says|actually\s+says|states)|the\s+(?:facts|text|article|basics)))(?:\s*(?:,|;|-|–|—|and)\s*(?:just|only|simply)\s+(?:(?:what|whatever)\s+(?:the|this)\s+(?:text|article|piece|story|report)\s+(?:says|actually\s+says|states)|the\s+(?:facts|text|article|basics)))?(?:\s*,?\s*(?:please|pls|thanks))?$/iu;

/** The question without the manner remark after it, or as it came. */
export function withoutAnswerManner(text: string): string {
  const m = AFTER_QUESTION.exec(text.trim());
  if (!m?.groups) return text;
  return MANNER.test(m.groups.remark!.trim()) ? m.groups.question!.trim() : text;
}
