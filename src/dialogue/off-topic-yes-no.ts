// A yes/no question whose only words besides the story's names are words the knowledge base does not know
// ("is putin sick?", "is peskov older than putin", "is putin married?"): it asks about the person, not about
// anything the article reports. The engine refuses it or is unsure; the yes/no path must not then pick the
// person's entry and answer "the article doesn't say so in those words. What it does say: <who Putin is>" —
// evidence unrelated to the question. Such a question is refused as the engine refuses it (out of scope).
// A question with one known content word beside the unknown one ("did Peskov repeat that criticism?") keeps
// the yes/no path: the known word is a point of the story.

import { createReplies } from "../answering/replies.js";
import type { Answer, Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";

/** The engine's reading of a text: its content terms ("@putin" a name) and the words it does not know. */
export interface TermsReader {
  contentTerms?(text: string): string[];
  explain?(question: string): { unknown?: string[] };
}

/** Whether the question's words, names aside, are all words the knowledge base does not know (one at least). */
export function asksOnlyUnknown(question: string, engine: TermsReader): boolean {
  const unknown = new Set(engine.explain?.(question).unknown ?? []);
  if (unknown.size === 0) return false;
  const words = (engine.contentTerms?.(question) ?? []).filter((t) => !t.startsWith("@"));
  return words.length > 0 && words.every((t) => unknown.has(t));
}

/** The engine's out-of-scope refusal, in `lang`, for a question the article does not cover. */
export function createOffTopicRefusal(kb: KnowledgeBase) {
  const replies = createReplies(kb);
  return (lang: Lang): Answer =>
    replies.noAnswer(
      lang,
      "out-of-scope",
      replies.textsOf(lang).outOfScope(replies.oneLine(lang)),
      replies.popular(3, lang),
    );
}
