// "X too?" after an answer — "the kremlin too?", "and peskov as well?", «а Кремль тоже?»: the one voice the short
// message names, and the last answer it is asked against (the context's entry, or the quotes of the voice it was
// about). Shared by the "too" readers that judge it on that answer (body-too.ts: a spokesman's body, Yes;
// voice-too.ts: another voice, doesn't say); each brings its own patterns of the message.
import type { Answer, Lang } from "../answering/types.js";
import { foldQuestion, withoutEndMarks } from "../lib/fold-question.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { readsAsRussian } from "./language.js";
import type { DialogueContext } from "./types.js";

/** A reader's patterns of "X too?", each with a `name` group. */
export interface TooPatterns {
  en: RegExp;
  ru: RegExp;
}

/** The voice asked "too" (its speaker id), the last answer, the reply's language and the context; null for any other message. */
export function tooAskedOf(
  text: string,
  context: DialogueContext | null,
  kit: DialogueKit,
  readerLang: Lang,
  patterns: TooPatterns,
): { asked: string; last: Answer; lang: Lang; context: DialogueContext } | null {
  if (!context || context.refused) return null;
  const folded = foldQuestion(text);
  if (folded.length > 50) return null;
  const ru = readsAsRussian(folded, readerLang);
  const lang: Lang = ru ? "ru" : "en";
  const t = withoutEndMarks(folded).trim();
  const name = (ru ? patterns.ru : patterns.en).exec(t)?.groups?.name;
  if (!name) return null;
  const named = kit.speakers.namedIn(name);
  // The name alone (an article before it at most): "the kremlin", not "the kremlin's role".
  const only = named.length === 1 && /^(?:the )?$/u.test(name.slice(0, named[0]!.start));
  if (!only || named[0]!.end < name.length - 1) return null;
  const last = context.entryId
    ? kit.engine.answerForEntry(context.entryId, lang)
    : context.speakerId
      ? kit.engine.quotesBy(context.speakerId, lang)
      : null;
  return last?.answered ? { asked: named[0]!.id, last, lang, context } : null;
}
