// The turn no reader of dialogue.ts took: two questions in one message (two-questions.ts), else the message read
// on its own or against the context (stand-alone.ts, dialogue-context.ts), with a judgement the engine could not
// place answered by the last card under "не сказано". Every message that reaches here gets a reply.

import { articleTopicAsked } from "../answering/article-topic-check.js";
import { closingQuestionOf } from "../answering/closing-question.js";
import { type ContextReading, withVerdict } from "./dialogue-context.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { UNPLACED_JUDGEMENT_RU } from "./judgement-asked.js";
import { keptAfterGap } from "./kept-topic.js";
import { fold, wordCount } from "./language.js";
import { offStoryThere } from "./off-story-switch.js";
import type { StandAloneReaders } from "./stand-alone.js";
import type { TurnReading } from "./turn-reading.js";
import type { createTwoQuestions } from "./two-questions.js";
import type { DialogueTurn } from "./types.js";
import { unmentionedCountryOf, withUnmentionedLead } from "./unmentioned-country.js";

export function createPlainTurns(
  kit: DialogueKit,
  { contextAfter, resolveInContext }: ContextReading,
  { answerStandAlone, answerAlternative }: StandAloneReaders,
  answerTwo: ReturnType<typeof createTwoQuestions>,
) {
  return (reading: TurnReading): DialogueTurn => {
    const { text, folded, lang, words, context, now } = reading;
    const parts = text
      .split(words.compoundSplit)
      .map((p) => p.trim())
      .filter((p) => wordCount(fold(p)) > 0);
    // "…the Kremlin said it wants to help. Who was it and what was the message?": one question of the story before
    // it (closing-question.ts), not two.
    // "which war is this article about? ukraine?": one check of the article's topic (article-topic-check.ts).
    const oneQuestion = closingQuestionOf(text)?.bare || articleTopicAsked(text, words.lang) !== null;
    if (parts.length >= 2 && wordCount(fold(parts[0]!)) >= 2 && !oneQuestion) {
      const two = answerTwo([parts[0]!, parts.slice(1).join(" ")], lang, words, context, now);
      if (two) return { lang, ...two };
    }

    // "а что там с курсом доллара" after an answer: off the story, nothing of it is read against the context.
    // Nor does the last entry settle the engine's doubt between near entries (dialogue-kit.ts).
    const offStory = context !== null && offStoryThere(kit, text, words.lang);
    if (offStory) kit.forgetAnswers(null);
    const resolved = offStory ? null : resolveInContext(folded, context, lang, words);
    const typedReply =
      answerAlternative(resolved ?? folded, lang, words, resolved !== null) ??
      answerStandAlone(
        resolved ?? text,
        lang,
        words,
        resolved,
        resolved ? "pronoun" : null,
        text,
        reading.unformed,
      );
    // "россия права?" after a card, which the engine could not place: the card again, under "не сказано"
    // (judgement-asked.ts), as "путин прав?" read against the last answer gets.
    const last =
      context && typedReply.kind === "answer" && typedReply.answer.answer === UNPLACED_JUDGEMENT_RU
        ? answerStandAlone(context.question, lang, words, null, null)
        : null;
    const kept =
      last?.kind === "answer" && last.answer.answered
        ? { ...last, verdict: "not-said" as const, verdictSource: "article-text" as const }
        : typedReply;
    // "what's china's official position": the refusal names the country first (unmentioned-country.ts).
    const unnamed =
      kept.kind === "answer" && kept.answer.reason === "out-of-scope" && kept.understood === null
        ? unmentionedCountryOf(text, lang, kit.kb)
        : null;
    const named =
      unnamed && kept.kind === "answer" ? withUnmentionedLead(kept.answer.answer, unnamed, lang) : null;
    const reply =
      kept.kind === "answer" && named ? { ...kept, answer: { ...kept.answer, answer: named } } : kept;
    return {
      lang,
      replies: [reply],
      // "его создали в 2002?" — "В статье об этом нет": the chat keeps its topic (kept-topic.ts).
      context:
        keptAfterGap(
          text,
          reply.verdict,
          reply.kind === "answer" &&
            reply.understood === null &&
            (reply.answer.reason === "out-of-scope" || reply.answer.reason === "not-in-article"),
          context,
          now,
        ) ?? withVerdict(contextAfter(reply.asked, reply.answer, lang, now, words, context), reply.verdict),
    };
  };
}
