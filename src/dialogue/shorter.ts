// "shorter", "make it shorter", "too long, shorter pls", "even shorter", "ещё короче", "покороче": the last answer
// in a smaller size. After the summary (or a who-said-what list) the one-line summary; after an entry its first
// sentence. Never a new search: only the size changes.
import type { Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { answerReply } from "./dialogue-kit.js";
import type { DialogueContext, DialogueReply } from "./types.js";

const EN_SHORTER =
  /^(?:(?:too long|way too long|tl;?dr|ok|okay|hmm|please|pls|can you|could you|now)[,.!]*\s+)*(?:(?:make it|make that|say it|put it|give it to me|give me that)\s+)?(?:(?:even|a bit|a little|much|way|lot)\s+)*(?:shorter|briefer|more briefly|more concisely|more concise|in one (?:line|sentence))(?:\s+(?:please|pls|plz|version))?\s*[?!.]*$/iu;
const RU_SHORTER =
  /^(?:(?:а|можно|сделай|давай|пожалуйста|ну|слишком длинно)[,.!]*\s+)*(?:(?:ещ[её]|чуть|совсем|гораздо)\s+)?(?:короче|покороче|кратче|покраче|в одном предложении|одной строкой|в двух словах)(?:\s+(?:пожалуйста|плиз|плз))?\s*[?!.]*$/iu;

export const asksShorter = (text: string): boolean => {
  const t = text.trim().replace(/\s+/g, " ");
  return EN_SHORTER.test(t) || RU_SHORTER.test(t);
};

/** The first sentence of a text (the whole when it has one). */
const firstSentence = (text: string): string => /^.+?[.!?](?=\s|$)/su.exec(text)?.[0] ?? text;

export function createShorter(kit: DialogueKit) {
  return (context: DialogueContext, lang: Lang): DialogueReply | null => {
    const summary = context.entryId === null || context.entryId === "summary";
    const last = kit.findAnswer(summary ? "summary" : context.question, lang);
    if (!last.answered) return null;
    const oneLine =
      lang === "ru"
        ? (kit.kb.locales?.ru?.summaries.oneLine ?? kit.kb.summaries.oneLine)
        : kit.kb.summaries.oneLine;
    const answer = summary ? oneLine : firstSentence(last.answer);
    return answerReply(
      { ...last, answer, quotes: summary ? [] : last.quotes.slice(0, 1) },
      { understood: null },
    );
  };
}
