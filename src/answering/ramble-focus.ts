// A long message whose question is wrapped in the asker's own story ("My professor mentioned the Middle East
// Quartet in class today and I'd never heard of it before, does this article explain who's in it…"). Every
// everyday word of that story ("professor", "class", "today", "heard") is a word the knowledge base never uses,
// and each weighs against every entry: the question under it scored below the gate, and the message was refused
// though nothing in it lies outside the article. Read once more without those words — only where the message is
// long, names nothing the article does not know (an unknown name or topic still refuses it), holds several of the
// story's own terms, and no clause that asks holds a word the knowledge base lacks ("…everyone argues about russia,
// so tell me, what is the weather going to be like in moscow tomorrow?" asks about the weather: refused).

/** Tokens a message needs to be a ramble rather than a question. */
const RAMBLE_TOKENS = 20;
/** The story's own terms a ramble must hold: with fewer, the dropped words may be what it asks about. */
const STORY_TERMS = 3;
/** Dropped words a ramble holds: with none, there is nothing to read again. */
const STORY_WORDS = 2;

interface RambleToken {
  surface: string;
  role: string;
  known: boolean;
}

/** The message's words without the everyday words the knowledge base does not use, or null when it is no ramble. */
export function focusedRamble(analysis: {
  tokens: readonly RambleToken[];
  content: readonly string[];
  unknown: readonly string[];
  unknownNames: readonly string[];
}): string | null {
  if (analysis.tokens.length < RAMBLE_TOKENS || analysis.unknownNames.length > 0) return null;
  if (analysis.unknown.length < STORY_WORDS) return null;
  if (analysis.content.length - analysis.unknown.length < STORY_TERMS) return null;
  return analysis.tokens
    .filter((t) => t.role !== "content" || t.known)
    .map((t) => t.surface)
    .join(" ");
}

/** Whether a clause of `text` that asks (a "?" or a question word) holds a word the knowledge base does not know. */
export function asksBeyondStory(
  text: string,
  analyse: (clause: string) => { questionWords: readonly string[]; unknown: readonly string[] },
): boolean {
  return text.split(/(?<=[,.;:!?])\s+/).some((clause) => {
    const seen = analyse(clause);
    return (clause.includes("?") || seen.questionWords.length > 0) && seen.unknown.length > 0;
  });
}
