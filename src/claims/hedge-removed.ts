// (claims-r2-35) A hedge or an aim taken off: the passage says an outcome may come ("there are growing concerns
// that the current crisis may extend beyond …") or that someone aims or seeks to help bring it ("the Kremlin aims
// to play a constructive role in resolving the conflict and seeks to assist in finding a settlement"); the claim
// states it as sure or done: «Кризис выйдет за пределы зоны арабо-израильского конфликта», "Peskov says the Kremlin
// will find a settlement", "… has resolved the conflict", «Песков заявил, что Кремль урегулирует конфликт». Every
// word lined up and the claim was confirmed as a paraphrase (claims-own39, round1s35). A confirmed claim is altered
// when its passage hedges and the claim keeps no hedge or worry, or when its passage aims and the claim has the
// outcome done by the speaker with no aim, help or role left.
// (claims42) A purpose made a sure outcome is read here too (purpose-made-sure.ts).
// Bounded expressions: word lists, no nested repetition.
import { lean } from "../lib/lean-regexp.js";
import { purposeMadeSure } from "./purpose-made-sure.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** The passage's hedge on an outcome: "may extend". */
const PASSAGE_HEDGE = /(?:^|[^\p{L}])(may|might|could|может|могут)\s{1,3}\p{L}/iu;
/** The claim's word for the outcome made sure: "spreads", "will extend", «выйдет». */
const CLAIM_OUTCOME = lean(
  /(?:^|[^\p{L}])(extend\p{L}*|spread\p{L}*|expand\p{L}*|выйд\p{L}*|выйти|вышел\p{L}*|распростран\p{L}*|перекин\p{L}*|охват\p{L}*)(?![\p{L}])/iu,
);
/** A claim that keeps the outcome uncertain or feared: a modal, a hedge adverb, a worry or a risk. */
const CLAIM_HEDGE = lean(
  /(?:^|[^\p{L}])(?:may|might|could|can|possibl\p{L}*|perhaps|maybe|potential\p{L}*|likely|unlikely|risk\p{L}*|fear\p{L}*|concern\p{L}*|worr\p{L}*|threat\p{L}*|danger\p{L}*|warn\p{L}*|chance|может|могут|мог\p{L}{0,2}|возможн\p{L}*|вероятн\p{L}*|риск\p{L}*|опас\p{L}*|беспоко\p{L}*|обеспокоен\p{L}*|тревог\p{L}*|угроз\p{L}*|грозит|если|if)(?![\p{L}])/iu,
);

/** The passage's aim: "aims to", "seeks to", "strives to", "readiness to". */
const PASSAGE_AIM = /\b(aims?|seeks?|strives?|readiness|ready|willing)\s{1,3}to\b/iu;
/** An outcome brought about: resolved, settled, found (a settlement), ended, brokered, achieved. */
const OUTCOME_DONE = lean(
  /(?:^|[^\p{L}])(resolv(?:e|es|ed|ing)|settl(?:e|es|ed)|solv(?:e|es|ed|ing)|finds?|found|end(?:s|ed)|brokered|achiev(?:e|es|ed)|reach(?:es|ed)?|secur(?:e|es|ed)|урегулиру\p{L}*|урегулировал\p{L}*|уладил\p{L}*|уладит|разрешил\p{L}*|разрешит|решил\p{L}*|решит|наш[её]л\p{L}{0,2}|найд[её]т|найдут|добил\p{L}*|добьётся|добьется|законч\p{L}*|прекратил\p{L}*)(?![\p{L}])/iu,
);
/** A claim that keeps the aim, the help or the part played. */
const CLAIM_AIM = lean(
  /(?:^|[^\p{L}])(?:aim\p{L}*|seek\p{L}*|sought|striv\p{L}*|tr(?:y|ies|ied|ying)|attempt\p{L}*|want\p{L}*|intend\p{L}*|hop\p{L}*|help\p{L}*|assist\p{L}*|contribut\p{L}*|role|ready|readiness|willing\p{L}*|plan\p{L}*|effort\p{L}*|goal|стрем\p{L}*|намер\p{L}*|хоч\p{L}*|хот\p{L}*|пыта\p{L}*|помо\p{L}*|помоч\p{L}*|содейств\p{L}*|готов\p{L}*|рол\p{L}{1,3}|вклад\p{L}*|план\p{L}*|усили\p{L}*|цел\p{L}{1,3})(?![\p{L}])/iu,
);

/** What the claim takes off its passage: the hedge or the aim, with the claim's word in its place; null if nothing. */
export function hedgeRemoved(claim: string, passage: string): { claimed: string; article: string } | null {
  const hedge = PASSAGE_HEDGE.exec(passage);
  // Only a claim about the hedged outcome itself ("spreads beyond"), not one about the passage's other clause
  // ("the violence is escalating" of "As the violence escalates, … may extend").
  const outcome = hedge ? CLAIM_OUTCOME.exec(claim) : null;
  if (outcome && !CLAIM_HEDGE.test(claim))
    return { claimed: outcome[1]!.toLowerCase(), article: hedge![1]!.toLowerCase() };
  const purpose = purposeMadeSure(claim, passage, (text) => CLAIM_AIM.test(text) || CLAIM_HEDGE.test(text));
  if (purpose) return purpose;
  const aim = PASSAGE_AIM.exec(passage);
  if (!aim || CLAIM_AIM.test(claim)) return null;
  const done = OUTCOME_DONE.exec(claim);
  return done
    ? { claimed: done[1]!.toLowerCase(), article: aim[0].replace(/\s+/gu, " ").toLowerCase() }
    : null;
}

/** The checker, a confirmed claim that states as sure or done what its passage hedges or aims at read as altered. */
export function judgingHedgeRemoved(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (!confirms(verdict.verdict) || verdict.span === null) return verdict;
    const removed = hedgeRemoved(text, verdict.span.text);
    if (removed === null) return verdict;
    return {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes: [...verdict.changes, { kind: "opposite", ...removed }],
    };
  };
}
