// "Only in Israel?", "только в Газе?" after an answer: the restriction read against the last answer's evidence
// (restrictionVerdict, elliptical-restriction.ts) — No where the evidence widens it ("Israel and the Gaza Strip"),
// doesn't say where it does not name it; a voice's quotes stand in when the last turn has no entry
// (restriction-on-quotes.ts). Split from against-last-answer.ts (tidy46).

import type { Lang } from "../answering/types.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import { restrictionVerdict } from "./elliptical-restriction.js";
import type { DialogueWords } from "./language.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import { lastQuotesEvidence } from "./restriction-on-quotes.js";
import type { AnswerReply, DialogueContext } from "./types.js";

export function createRestrictionAnswer(kit: DialogueKit) {
  const { engine } = kit;

  /** "Only in Israel?", "только в Газе?": the restriction against the last answer's evidence (elliptical.ts). */
  return (
    restriction: string,
    context: DialogueContext,
    lang: Lang,
    words: DialogueWords,
  ): AnswerReply | null => {
    // "how many were killed?" → "where? only in israel?": an answer that gives no figure still quotes where the
    // casualties are, and that evidence answers the restriction (dialog33b).
    const last = context.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    const quoted = last ? null : lastQuotesEvidence(kit, context, lang);
    const evidence = last?.answered || (last?.quotes.length ?? 0) > 0 ? last : quoted;
    if (!evidence) return null;
    const verdict = restrictionVerdict(restriction, evidence, words.lang);
    // A voice's quotes answer a restriction only where they name more than the place (restriction-on-quotes.ts).
    if (quoted && verdict !== "no") return null;
    // Such an answer counts only where its quotes name more than the place asked; else the usual readers answer.
    if (!evidence.answered && verdict !== "no") return null;
    const only = words.lang === "ru" ? "только" : "only";
    return answerReply(
      {
        ...evidence,
        answered: true,
        reason: evidence.answered ? evidence.reason : null,
        answer: withoutOwnVerdict(evidence.answer),
      },
      {
        understood: `${context.question} — ${only} ${restriction}`,
        followUp: "topic-switch",
        asked: context.question,
        verdict,
        verdictSource: verdict ? "article-text" : null,
      },
    );
  };
}
