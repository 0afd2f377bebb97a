// "Is it true that Peskov said…?", "Путин действительно сказал, что…?": the statement asked about (said-claim.ts)
// put to the claim checker, whose verdict the reply carries with the evidence of its span (evidenceOfCheck).
// Where the plain reading already gave the same verdict, its evidence (the engine's entry) stays: null. Read by
// stand-alone.ts after the off-story refusal, before the plain reply.

import type { Answer, Lang } from "../answering/types.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import type { DialogueWords } from "./language.js";
import { claimsWordsSaid, evidenceOfCheck, saidClaimOf, yesNoOfCheck } from "./said-claim.js";
import type { AnswerReply } from "./types.js";
import type { Verdict } from "./yes-no.js";

/** The reply's fields besides the answer and its verdict, as the stand-alone question set them. */
type Asked = Pick<AnswerReply, "understood" | "followUp" | "rescued" | "asked">;

export function saidClaimReply(
  kit: DialogueKit,
  folded: string,
  typed: string,
  asksYesNo: boolean,
  answer: Answer,
  verdict: Verdict | null,
  lang: Lang,
  words: DialogueWords,
  asked: Asked,
): AnswerReply | null {
  const { claims, kb, engine, speakers } = kit;
  const said =
    claims && (asksYesNo || typed.trim().endsWith("?")) ? saidClaimOf(folded, words.lang, speakers) : null;
  const checked = said !== null && claims ? claims(said) : null;
  // A curated gap ("did peskov say russia would send troops?": nothing of the military) shows what the speaker said.
  const gap = !answer.answered && answer.reason === "not-in-article";
  if (!checked || (verdict?.verdict === yesNoOfCheck(checked) && verdict.source !== "unconfirmed" && !gap))
    return null;
  // "путин сказал, что штаты прекрасно справляются?": the curators' No (approval of what the entry's speaker
  // criticizes, approval.ts) outweighs a checker that finds no such sentence (quality-ru31).
  if (verdict?.source === "curated" && verdict.verdict === "no" && yesNoOfCheck(checked) === "not-said")
    return null;
  // "is it true that putin wants a palestinian state?": no words said are claimed, only what the entry's own
  // question asks, so its curated Yes (read with the checker's actor and wish guards in yes-no.ts) outweighs a
  // checker that reads "wants" as a stance beside "acknowledges the need" (dialog39).
  if (
    verdict?.source === "curated" &&
    verdict.verdict === "yes" &&
    yesNoOfCheck(checked) === "not-said" &&
    !claimsWordsSaid(said ?? "", words.lang)
  )
    return null;
  const evidence = evidenceOfCheck(checked, answer, {
    kb,
    answerForEntry: (id) => engine.answerForEntry(id, lang),
    quotesBy: (id) => engine.quotesBy(id, lang),
  });
  return evidence
    ? answerReply(evidence, { ...asked, verdict: yesNoOfCheck(checked), verdictSource: "claim-checker" })
    : null;
}
