// Short follow-ups read against the last answer's evidence rather than asked afresh: a party the article never
// names ("And China?", unnamed-party.ts), a restriction ("Only in Israel?", restriction-answer.ts), a party on the
// list the last answer gives in full ("is China?", listed-party.ts), a bare alternative ("Erdogan or Biden?",
// bare-alternative.ts), the same asked of another party, and whether it succeeds. This factory builds them over one
// kit and one reading of the last evidence; the chain files call them in their order (last-answer-chain.ts).

import type { Answer, Lang } from "../answering/types.js";
import { createBareAlternative } from "./bare-alternative.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { DialogueWords } from "./language.js";
import { createListedParty } from "./listed-party.js";
import { notSaidOf } from "./on-last-evidence.js";
import { createRestrictionAnswer } from "./restriction-answer.js";
import type { AnswerReply, DialogueContext } from "./types.js";
import { createUnnamedParty } from "./unnamed-party.js";
import { ellipticalWords, evidenceNames } from "./yes-again.js";

/** Closures over the kit: each reader answers through the per-message cache and the story suggestions. */
export function createAgainstLastAnswer(kit: DialogueKit) {
  const { engine, findAnswer } = kit;

  /** The last answer again, as the evidence for a follow-up read against it. */
  const lastEvidence = (context: DialogueContext, lang: Lang): Answer | null => {
    const last = context.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    return last?.answered ? last : null;
  };

  const { respelled, unnamedByArticle, answerUnnamedParty } = createUnnamedParty(kit, lastEvidence);
  const answerRestriction = createRestrictionAnswer(kit);
  const answerBareAlternative = createBareAlternative(kit, lastEvidence, unnamedByArticle);
  const { answerListedParty, answerLeftGroup } = createListedParty(
    kit,
    lastEvidence,
    respelled,
    unnamedByArticle,
  );

  /**
   * "same for the EU?", "а ЕС тоже обвиняет?" after an answer whose evidence never names that party (the EU after
   * Putin's criticism of the US): the article doesn't say it of them — the last evidence shows what it does say.
   * Null when the evidence names the party (the other readers decide).
   */
  const answerSameFor = (
    party: string,
    typed: string,
    context: DialogueContext,
    lang: Lang,
    words: DialogueWords,
  ): AnswerReply | null => {
    const evidence = lastEvidence(context, lang);
    const content = ellipticalWords(party);
    if (!evidence || !content || evidenceNames(content, evidence, lang, evidence.answer)) return null;
    const at = typed.toLowerCase().indexOf(party);
    // "the UN" as typed: the article's own "the" kept before the party.
    const from = at >= 4 && typed.slice(at - 4, at).toLowerCase() === "the " ? at - 4 : at;
    const name = at >= 0 ? typed.slice(from, at + party.length) : party;
    const notOf =
      words.lang === "ru"
        ? `О «${name}» статья этого не говорит.`
        : `The article doesn't say that of ${name}.`;
    return notSaidOf(evidence, context.question, name, notOf);
  };

  /** "И ей это удаётся?" after an answer: the outcome the article never reports (success-asked.ts). */
  const answerSuccess = (context: DialogueContext, lang: Lang, words: DialogueWords): AnswerReply | null => {
    // After a voice's words ("что говорит МИД?", no entry) the last question asked again is the evidence (d104-35).
    const voiced = !context.entryId && context.speakerId ? findAnswer(context.question, lang) : null;
    const evidence = lastEvidence(context, lang) ?? (voiced?.answered ? voiced : null);
    if (!evidence) return null;
    const what = words.lang === "ru" ? "удаётся ли" : "whether it succeeds";
    // The verdict line ("the article doesn't say") is the whole of it; the evidence follows.
    return notSaidOf(evidence, context.question, what, "");
  };

  return {
    answerSuccess,
    answerSameFor,
    unnamedByArticle,
    answerUnnamedParty,
    answerRestriction,
    answerBareAlternative,
    answerListedParty,
    answerLeftGroup,
    respelled,
  };
}
