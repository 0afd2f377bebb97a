// A message read against the chat's last answer, for the readers of last-answer-chain.ts: folded once, its
// language read once, and that answer looked up once. Each reader used to open with the same lines (no entry in
// context → null, fold, readsAsRussian, answerForEntry); a reader of this kind takes `(ask, kit)` and keeps only
// its own checks (a refused context, an answer with quotes, …).
import type { Answer, AnsweringEngine, Lang } from "../answering/types.js";
import { foldQuestion } from "../lib/fold-question.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { readsAsRussian } from "./language.js";
import type { DialogueContext, DialogueTurn } from "./types.js";

export interface AskedOfLast {
  /** The message as the chain reads it (after the rewrites); the verdict line repeats it. */
  text: string;
  /** The message through foldQuestion: lower case, "ё" as "е", apostrophes straight, single spaces, trimmed. */
  folded: string;
  /** The reader's language is Russian or the message has Cyrillic in it. */
  ru: boolean;
  /** The reply's language: "ru" when the message reads as Russian. */
  lang: Lang;
  /** The chat's context; it has a last answer's entry. */
  context: DialogueContext & { entryId: string };
  /** The last answer in the reply's language (or `lang`), looked up on first use; null when its entry is gone. */
  last(lang?: Lang): Answer | null;
}

/** A reader of a message against the last answer: a turn, or null to leave the message to the next reader. */
export type LastAnswerReader = (ask: AskedOfLast, kit: DialogueKit) => DialogueTurn | null;

/** The message against the context's last answer; null when the context has none. */
export function askedOfLast(
  text: string,
  context: DialogueContext | null | undefined,
  readerLang: Lang,
  engine: Pick<AnsweringEngine, "answerForEntry">,
): AskedOfLast | null {
  if (!context?.entryId) return null;
  const { entryId } = context;
  const folded = foldQuestion(text);
  const ru = readsAsRussian(folded, readerLang);
  const lang: Lang = ru ? "ru" : "en";
  const looked = new Map<Lang, Answer | null>();
  const last = (asked: Lang = lang): Answer | null => {
    if (!looked.has(asked)) looked.set(asked, engine.answerForEntry(entryId, asked));
    return looked.get(asked) ?? null;
  };
  return { text, folded, ru, lang, context: context as AskedOfLast["context"], last };
}
