// Two questions in one message ("who did Putin call and what did he want?"): both answered in one reply.

import { asksOnlyShapeRu } from "../answering/russian/shape-plea.js";
import { asRussianSpreadPrevention } from "../answering/russian/spread-prevention.js";
import type { Answer, Lang } from "../answering/types.js";
import type { ContextReading } from "./dialogue-context.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { isDisbeliefTag } from "./disbelief-tag.js";
import { followUpOf } from "./follow-up.js";
import type { FollowUpReplies } from "./follow-up-reply.js";
import { type DialogueWords, fold } from "./language.js";
import { isLeadIn } from "./lead-in.js";
import type { StandAloneReaders } from "./stand-alone.js";
import type { DialogueContext, DialogueReply } from "./types.js";

/** A person named only by a pronoun: "что он сказал", "а его позиция?", "what did he say". */
const PERSON_PRONOUN =
  /(?<!\p{L})(?:он|она|они|его|ему|него|нему|нее|нее|ней|ею|им|ими|их|них|he|she|him|his|her|they|them|their)(?!\p{L})/iu;

/** A bare tag asking for a yes or no: «да или нет», «да/нет», "yes or no", "y/n". */
const YES_OR_NO_TAG =
  /^(?:(?:ну|так|ответь|скажи|просто|just|answer|so)[,:]? )?(?:да или нет|да\/нет|да-нет|да либо нет|yes or no|yes\/no|y\/n)[\s?!.]*$/u;

/** The readers a second question may need: stand-alone, follow-up, and the context between the two. */
interface TwoQuestionReaders {
  answerStandAlone: StandAloneReaders["answerStandAlone"];
  answerFollowUp: FollowUpReplies["answerFollowUp"];
  contextAfter: ContextReading["contextAfter"];
  resolveInContext: ContextReading["resolveInContext"];
}

/** The second question reads against the first answer, so every other reader is part of the deps. */
export function createTwoQuestions(
  kit: DialogueKit,
  { answerStandAlone, answerFollowUp, contextAfter, resolveInContext }: TwoQuestionReaders,
) {
  const { speakers, budget } = kit;

  /** Two questions in one message: each answered, the second read against the first. */
  const answerTwo = (
    parts: string[],
    lang: Lang,
    words: DialogueWords,
    context: DialogueContext | null,
    now: number,
  ): { replies: DialogueReply[]; context: DialogueContext | null } | null => {
    const [first, second] = parts as [string, string];
    // A report before what it asks ("Слышал, что Песков …, а что он сказал?") is read whole, with its "он".
    if (isLeadIn(first)) return null;
    // "какой курс шекеля к рублю? кратко пожалуйста": a plea for the reply's shape is no second question.
    if (words.lang === "ru" && asksOnlyShapeRu(second)) return null;
    // "кремль готов помочь? да или нет", "…? yes or no": the tag asks the first question's yes or no, no second
    // question (read as one, the second half was "not in the article" and the first lost its «Да.»; quality36).
    if (YES_OR_NO_TAG.test(second.trim().toLowerCase())) return null;
    // "…может ли это перекинуться на регион? и что предлагает россия, чтобы этого не случилось": the second half
    // asks what Russia offers against the spread the first told, which it names only by "этого"
    // (russian/spread-prevention.ts reads the two together).
    const whole = `${first} ${second}`;
    const againstSpread = words.lang === "ru" ? asRussianSpreadPrevention(whole) : whole;
    const secondAsked =
      againstSpread !== whole && asRussianSpreadPrevention(second) === second ? againstSpread : second;
    // "Is that true? Did he really say…": the first half may itself be a follow-up on the chat so far.
    const firstFollowUp = context ? followUpOf(fold(first), words, speakers) : null;
    if (firstFollowUp && context) {
      const one = answerFollowUp(firstFollowUp, context, lang, words);
      const afterOne =
        one.kind === "answer" ? contextAfter(one.asked, one.answer, lang, now, words, context) : context;
      const resolved = resolveInContext(fold(second), afterOne, lang, words);
      const two = answerStandAlone(resolved ?? second, lang, words, resolved, resolved ? "pronoun" : null);
      return {
        replies: [one, two],
        context: contextAfter(two.asked, two.answer, lang, now, words, afterOne),
      };
    }
    const one = answerStandAlone(first, lang, words, null, null);
    const afterOne = contextAfter(one.asked, one.answer, lang, now, words, context);
    const secondFolded = fold(second);
    const followUp = followUpOf(secondFolded, words, speakers);
    // "…хочет выглядеть нейтральным посредником? серьёзно?", "…an honest broker? come on": a bare "is that true"
    // or a scoff after a question in the same message is the asker's disbelief, no second question; read as
    // two, the first answer came twice (d54-29) or "come on" was answered alone (disbelief-tag.ts).
    if (followUp?.kind === "is-that-true" || isDisbeliefTag(second)) return null;
    // "кто такой Лавров и что он сказал": a second half that leans on a first the article does not cover asks
    // about the same stranger; read alone ("что он сказал") it was answered with Putin's call (quality-ru41).
    if (
      !one.answer.answered &&
      ((followUp && followUp.kind !== "topic-switch") || PERSON_PRONOUN.test(secondFolded))
    )
      return null;
    let two: DialogueReply;
    if (secondAsked !== second) {
      two = answerStandAlone(secondAsked, lang, words, null, null);
    } else if (followUp && afterOne && followUp.kind !== "topic-switch") {
      two = answerFollowUp(followUp, afterOne, lang, words);
    } else {
      const resolved = resolveInContext(secondFolded, afterOne, lang, words);
      two = answerStandAlone(resolved ?? second, lang, words, resolved, resolved ? "pronoun" : null);
    }
    if (two.kind !== "answer") return { replies: [one, two], context: afterOne };
    const same = one.answer.entry?.id !== undefined && one.answer.entry.id === two.answer.entry?.id;
    if (same || (!one.answer.answered && !two.answer.answered)) return null;
    const size = (a: Answer) =>
      a.answer.length + a.quotes.reduce((n, q) => n + q.text.length + q.speaker.length + 2, 0);
    const deferred = size(one.answer) + size(two.answer) > budget;
    const question = two.kind === "answer" ? two.asked : second;
    // "What is the Quartet? Who is inside?": a second half refused leaves the first answer to follow up on.
    const kept = !two.answer.answered && one.answer.answered && afterOne;
    return {
      replies: [one, { ...two, deferred }],
      context: kept ? afterOne : contextAfter(question, two.answer, lang, now, words, afterOne),
    };
  };

  return answerTwo;
}
