// A long English story read by the question at its end, alone: its final question (final-question.ts), with its
// "it" read as the one story thing the story names (story-referent.ts), or its closing question and what a bare
// one asks of the story (closing-question.ts). message-reading.ts tries these on a message as typed.

import { closingQuestionOf, storyAsks } from "./closing-question.js";
import { finalQuestionOf } from "./final-question.js";
import { questionAsRead } from "./readers.js";
import type { Readers } from "./routing.js";
import { REFERRED_QUESTION_WORDS, withStoryReferent } from "./story-referent.js";
import type { Answer, Lang } from "./types.js";

export function createClosingReaders(
  { english, route }: Pick<Readers, "english" | "route">,
  findAnswer: (question: string, lang?: Lang) => Answer,
) {
  /**
   * The question closing a long English story, read alone (final-question.ts): answered about one thing, and naming
   * nothing the article does not know itself (a stranger asked about at the end still refuses the message).
   */
  const finalAnswered = (question: string, lang?: Lang): Answer | null => {
    const last = finalQuestionOf(question);
    if (last === null) return null;
    const { reader, text } = route(last);
    if (reader !== english || reader.lexicon.analyse(questionAsRead(text, "en")).unknownNames.length > 0)
      return null;
    const a = findAnswer(last, lang);
    return a.answered && a.kind === "entry" ? { ...a, readAs: last } : null;
  };

  /** A long story's final question with its "it" read as the one story thing the story names (story-referent.ts). */
  const referentAnswered = (question: string, lang?: Lang): Answer | null => {
    const last = finalQuestionOf(question, REFERRED_QUESTION_WORDS);
    if (last === null) return null;
    const read = withStoryReferent(question, last, (words) => {
      const seen = english.lexicon.analyse(words);
      if (seen.unknown.length > 0 || seen.unknownNames.length > 0) return null;
      const things = seen.content.filter((c) => c.startsWith("="));
      return things.length === 1 ? things[0]! : null;
    });
    if (read === null) return null;
    const a = findAnswer(read, lang);
    return a.answered && a.kind === "entry" ? { ...a, readAs: read } : null;
  };

  /**
   * The question closing a long English message (closing-question.ts), when it finds another entry than the whole
   * message did; a bare one ("who's right?", "can you remind me?") by what it asks of the story before it. A name
   * the article does not know in what is read refuses it, as in the message.
   */
  const closingAnswered = (question: string, whole: Answer, lang?: Lang): Answer | null => {
    const closing = closingQuestionOf(question);
    if (closing === null) return null;
    for (const asked of closing.bare ? storyAsks(closing) : [closing.question]) {
      const { reader, text } = route(asked);
      if (reader !== english || reader.lexicon.analyse(questionAsRead(text, "en")).unknownNames.length > 0)
        continue;
      const a = findAnswer(asked, lang);
      if (!a.answered || a.kind !== "entry") continue;
      if (whole.answered && whole.entry?.id === a.entry?.id) return null;
      return { ...a, readAs: asked };
    }
    return null;
  };

  return { finalAnswered, referentAnswered, closingAnswered };
}
