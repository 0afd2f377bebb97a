// "Tell me more" after an answer: what the chat has not shown yet (more-next.ts picks the paragraphs) — the long
// summary after a summary or a roster, the paragraphs the last answer quotes and those after them, or the next
// related question the article answers (follow-up-reply.ts hands "more" here).

import { REPLY_BUDGET } from "../answering/index.js";
import type { Answer, Lang } from "../answering/types.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import type { DialogueWords } from "./language.js";
import { LONG_SUMMARY, nextParagraphs } from "./more-next.js";
import type { DialogueContext, DialogueReply } from "./types.js";

export function createMoreReply(kit: DialogueKit) {
  const { engine, kb, findAnswer, noContext } = kit;

  /**
   * "Tell me more": what the chat has not shown yet (more-next.ts) — the long summary after a summary or a roster,
   * the paragraphs the last answer (or the last voice's words) quotes, then the paragraphs after them.
   */
  const more = (
    context: DialogueContext,
    entry: Answer | null,
    lang: Lang,
    words: DialogueWords,
  ): DialogueReply => {
    const shown = context.shown ?? [];
    // "what did Peskov say?" has no entry: its quotes are the speaker's words, asked again.
    const voice =
      !entry?.entry && context.entryId === null && context.speakerId
        ? findAnswer(context.question, lang)
        : null;
    const last = entry?.entry ? entry : voice?.answered && voice.quotes.length > 0 ? voice : null;
    if (!last) {
      if (context.entryId !== null) return noContext("more", lang);
      if (!shown.includes(LONG_SUMMARY)) {
        const summary = findAnswer("summary", lang);
        const long =
          lang === "ru" ? (kb.locales?.ru?.summaries.long ?? kb.summaries.long) : kb.summaries.long;
        return answerReply(
          { ...summary, answer: long },
          { understood: words.templates.more(summary.title), followUp: "more" },
        );
      }
    }
    const quoted = (last?.entry?.quotes ?? last?.quotes ?? []).map((q) => q.paragraph);
    const title = last?.title ?? findAnswer("summary", lang).title;
    const paragraphs = nextParagraphs(quoted, shown, kb.article.paragraphs, REPLY_BUDGET - title.length);
    const quotedText = (last?.quotes ?? []).reduce((n, q) => n + q.text.length, 0);
    const whole = paragraphs.reduce((n, p) => n + p.text.length, 0);
    // Paragraphs that hold more than the quotes did (or follow on after what "more" showed already).
    if (paragraphs.length > 0 && (shown.length > 0 || whole > quotedText * 1.2)) {
      return {
        kind: "more",
        entryId: last?.entry?.id ?? "summary",
        title,
        understood: words.templates.more(title),
        paragraphs,
        suggestions: last?.suggestions ?? [],
      };
    }
    // The quotes were the whole paragraph already: more is the next related question the article answers.
    const next = (last?.suggestions ?? [])
      .map((s) => engine.answerForEntry(s.entryId, lang))
      .find((a) => a?.answered);
    if (!next) return noContext("more", lang);
    return answerReply(next, { understood: words.templates.more(title), followUp: "more" });
  };

  return more;
}
