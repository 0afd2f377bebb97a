// "Is it true that Peskov said…?", "Путин действительно сказал, что…?": the statement asked about (said-claim.ts)
// put to the claim checker, whose verdict the reply carries with the evidence of its span (evidenceOfCheck).
// Where the plain reading already gave the same verdict, its evidence (the engine's entry) stays: null. Read by
// stand-alone.ts after the off-story refusal, before the plain reply.

import type { Answer, Lang } from "../answering/types.js";
import type { ClaimVerdict } from "../claims/index.js";
import { blamedForViolenceVerdict } from "./blamed-for-violence.js";
import { asksContactWithOneSide } from "./contact-one-side.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import type { DialogueWords } from "./language.js";
import { checkedAsPositive } from "./loaded-negation.js";
import { inPassageReading } from "./passage-paraphrase.js";
import { remedyAsked } from "./prescribed-remedy.js";
import {
  claimsWordsSaid,
  evidenceOfCheck,
  saidClaimOf,
  selfReportedDeed,
  yesNoOfCheck,
} from "./said-claim.js";
import { saidWhereAsked } from "./said-where.js";
import { reportedWishOfSilentParty } from "./silent-party-wish.js";
import { praiseOfSilentVoice } from "./silent-voice-praise.js";
import type { AnswerReply } from "./types.js";
import { verdictDepsOf } from "./verdict-deps.js";
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
  // The message before the claim frame's rewriting: whether a truth was asked in so many words (loaded-negation.ts).
  message: string = typed,
): AnswerReply | null {
  const { claims, kb, engine, speakers } = kit;
  // "did he say it at the un?": the place is asked, not the words; the article gives none (said-where.ts).
  if (saidWhereAsked(folded, words.lang)) return null;
  // "does putin say the us wants a ceasefire?", "is it true that the kremlin talks to hamas?", "did peskov praise the
  // us?": the kind readers' verdict (yes-no.ts) stands; the checker read the added US, the one side for both, or
  // Putin's blame as a No (verdict47).
  if (
    verdict !== null &&
    (reportedWishOfSilentParty(folded, words.lang) ||
      praiseOfSilentVoice(folded, words.lang, speakers) ||
      (words.lang === "en" && verdict.verdict === "yes" && asksContactWithOneSide(folded)))
  )
    return null;
  const said =
    claims && (asksYesNo || typed.trim().endsWith("?"))
      ? // "did he say compromises have to suit both sides?" in the passage's words (passage-paraphrase.ts).
        saidClaimOf(words.lang === "en" ? inPassageReading(folded) : folded, words.lang, speakers)
      : null;
  const checked = said !== null && claims ? claims(said) : null;
  // A curated gap ("did peskov say russia would send troops?": nothing of the military) shows what the speaker said.
  const gap = !answer.answered && answer.reason === "not-in-article";
  if (!checked) return null;
  // A negated claim ("МИД же не говорил о …, да?"): the checker's verdict on it, as the positive fact's (dialog39).
  const checkedVerdict = checkedAsPositive(yesNoOfCheck(checked), folded, message, words.lang);
  if (verdict?.verdict === checkedVerdict && verdict.source !== "unconfirmed" && !gap) {
    // The plain reading's No stands; where its words are another voice's, the claimed voice's own are added.
    const shown =
      verdict.verdict === "no" && answer.answered ? withOwnWords(answer, checked, kit, lang) : answer;
    return shown === answer
      ? null
      : answerReply(shown, { ...asked, verdict: verdict.verdict, verdictSource: verdict.source });
  }
  // "путин сказал, что штаты прекрасно справляются?": the curators' No (approval of what the entry's speaker
  // criticizes, approval.ts) outweighs a checker that finds no such sentence (quality-ru31).
  if (verdict?.source === "curated" && verdict.verdict === "no" && checkedVerdict === "not-said") return null;
  // "does putin say the palestinians deserve a state": the engine's own verdict on its card's point outranks the
  // checker's "doesn't say" here as in yes-no.ts (docs/conversation.md, "Whose verdict wins"; dialog37).
  if (verdict?.source === "engine" && checkedVerdict === "not-said") return null;
  // «Путин говорил о перемирии?»: the curated Yes that the engine owns as well (its card states the point in other
  // words, «прекращение огня») outranks it the same way (quality46ru).
  if (verdict?.verdict === "yes" && answer.owned === "yes" && checkedVerdict === "not-said") return null;
  // "is it true that putin wants a palestinian state?": no words said are claimed, only what the entry's own
  // question asks, so its curated Yes (read with the checker's actor and wish guards in yes-no.ts) outweighs a
  // checker that reads "wants" as a stance beside "acknowledges the need" (dialog39).
  if (
    verdict?.source === "curated" &&
    verdict.verdict === "yes" &&
    ((checkedVerdict === "not-said" && !claimsWordsSaid(said ?? "", words.lang)) ||
      // "does the kremlin say it keeps contact with both sides?": its own deed asked as its words, the deed the
      // entry's Yes; the checker reads "said" against a narrated deed (said-claim.ts, selfReportedDeed).
      selfReportedDeed(said ?? "") !== null)
  )
    return null;
  // "did putin say the US is to blame for the latest flare-up?": his blame and the surge as the sign of that
  // failure are two quotes of the evidence; the checker, reading one span, finds the violence in the policy's place
  // (blamed-for-violence.ts, dialog28).
  if (verdict?.verdict === "yes" && blamedForViolenceVerdict(folded, lang, answer, kit.parties)) return null;
  // "does putin say the us should consider compromises?": the checker reads "without considering" against the
  // claim; the fault's remedy is his (prescribed-remedy.ts, dialog36).
  if (verdict?.verdict === "yes" && remedyAsked(folded, answer, verdictDepsOf(kit))) return null;
  const evidence = evidenceOfCheck(checked, answer, {
    kb,
    answerForEntry: (id) => engine.answerForEntry(id, lang),
    quotesBy: (id) => engine.quotesBy(id, lang),
  });
  const shown = evidence ? withOwnWords(evidence, checked, kit, lang) : null;
  return shown
    ? answerReply(shown, { ...asked, verdict: checkedVerdict, verdictSource: "claim-checker" })
    : null;
}

/**
 * "Песков говорил, что Россия будет посредником…?" where the words are another voice's (or a stance-only
 * "doesn't say") (the article's own, or with
 * a party changed: "…между Израилем и Ираном"): the No's evidence shows whose they are, and then what the claimed
 * voice did say, where that voice has one statement only
 * (a voice of many is left to its own question: its words would not fit beside). quality-ru44.
 */
function withOwnWords(evidence: Answer, checked: ClaimVerdict, kit: DialogueKit, lang: Lang): Answer {
  const id = checked.claimedSpeaker?.id;
  const theirsToo = (speakerId: string) => speakerId === id;
  // "did peskov say russia wants to stay out of it?": "doesn't say", on a span of the Kremlin's; what Peskov did say
  // is added likewise (quality49).
  if (
    yesNoOfCheck(checked) === "yes" ||
    !id ||
    checked.sources.some((s) => theirsToo(s.speakerId)) ||
    evidence.quotes.some((q) => theirsToo(q.speakerId))
  )
    return evidence;
  const theirs = kit.engine.quotesBy(id, lang);
  const [only] = theirs.quotes;
  if (!theirs.answered || theirs.quotes.length !== 1 || !only) return evidence;
  const entry = kit.kb.entries.find(
    // What the voice said, not who the voice is (`who-is-<id>`, as article-verdict-turns.ts names it).
    (e) =>
      e.kind === "answer" &&
      e.id !== `who-is-${id}` &&
      e.quotes.length === 1 &&
      e.quotes[0]?.text === only.text,
  );
  const own = entry ? kit.engine.answerForEntry(entry.id, lang) : null;
  if (!own?.answered) return evidence;
  return {
    ...evidence,
    answer: `${evidence.answer} ${own.answer}`,
    quotes: [...evidence.quotes, ...own.quotes],
  };
}
