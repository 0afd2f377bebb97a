// Yes/no verdicts the article's text settles on one entry's evidence, read before the general yes/no path: the
// reported call asked with a wrong party (call-party.ts, No; a call not reported or its caller, doesn't say), what
// the call was about (call-topic.ts), a reason offered back after an answer that gives
// one (confirmed-reason.ts, Yes), a mention the last answer says was not made (unmentioned.ts, No), the last
// answer's point asked as the only one where it quotes several (sole-point.ts, No), figures asked where its
// quotes hold none (figures-asked.ts, doesn't say). Kept out of dialogue.ts: one call there, the readers here.

import { asksFightingOnRu } from "../answering/russian/fighting-on.js";
import type { Answer, Lang } from "../answering/types.js";
import { alternativesOf } from "./alternative.js";
import { createAnotherCaller } from "./another-caller.js";
import { createCallParty } from "./call-party.js";
import { createCallTopic } from "./call-topic.js";
import { offeredReason, reasonConfirmed } from "./confirmed-reason.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { createFailedParty } from "./failed-party.js";
import { figuresAsked, figuresVerdict } from "./figures-asked.js";
import { createForceWish } from "./force-wish.js";
import { formerStatusVerdict } from "./former-status.js";
import { createIncludesAsked } from "./includes-asked.js";
import { wordsFor } from "./language.js";
import { createNeighbourMention } from "./neighbour-mention.js";
import { createPartInPronoun } from "./part-in-pronoun.js";
import { createSameReason } from "./same-reason.js";
import { asksOneSideOfRussia } from "./side-taken.js";
import { solePointAsked, solePointVerdict, widerPointsOf } from "./sole-point.js";
import { createThirdPartyAgreement } from "./third-party-agreement.js";
import type { YesNo } from "./types.js";
import { createUniversalView } from "./universal-view.js";
import { unmentionedAsked } from "./unmentioned.js";
import { createVoiceConfirmed } from "./voice-confirmed.js";

export interface GroundedVerdict {
  evidence: Answer;
  verdict: YesNo;
}

/** The entry of the article's frame for Russia's place between the sides. */
const NEUTRALITY = "is-russia-neutral";

export function createGroundedVerdicts(
  kit: DialogueKit,
  unnamedByArticle: (party: string, lang: Lang) => boolean,
) {
  const { engine, kb, speakers, claims } = kit;
  const callParty = createCallParty(kb, speakers, unnamedByArticle);
  const callTopic = createCallTopic(kb, kit.parties);
  const neighbourMention = createNeighbourMention(kit);
  const includesAsked = createIncludesAsked(kit);
  const failedParty = createFailedParty(kit);
  const partInPronoun = createPartInPronoun(kit);
  const thirdPartyAgreement = createThirdPartyAgreement(kit, unnamedByArticle);
  const voiceConfirmed = createVoiceConfirmed(kit);
  const anotherCaller = createAnotherCaller(kit);
  const sameReason = createSameReason(kit);
  const universalView = createUniversalView(kit);
  const forceWish = createForceWish(kit);
  /** `asked` is the message's language, `lang` the reply's. */
  return (
    folded: string,
    asked: Lang,
    lang: Lang,
    entryId: string | null,
    speakerId: string | null = null,
    lastQuestion: string | null = null,
  ): GroundedVerdict | null => {
    // "Was that call with Netanyahu?": the reported call had another party (No); "did Putin call Biden?", "who
    // placed the call?": the article doesn't say (call-party.ts).
    const onCall = callParty(folded, asked, entryId, speakerId);
    const call = onCall ? engine.answerForEntry(onCall.entryId, lang) : null;
    if (onCall && call?.answered) return { evidence: call, verdict: onCall.verdict };
    // "did Peskov call for a ceasefire?": a call the article gives to another voice it quotes, No (another-caller.ts).
    const caller = anotherCaller(folded, asked, lang);
    if (caller) return { evidence: caller, verdict: "no" };
    // "was it about gaza?" of the reported call: its matter is the conflict, other matters unsaid (call-topic.ts).
    const topic = callTopic(folded, asked, entryId);
    const aboutCall = topic ? engine.answerForEntry(topic.entryId, lang) : null;
    if (topic && aboutCall?.answered) return { evidence: aboutCall, verdict: topic.verdict };
    // "did the US back that?", "а Израиль с этим согласен?": a stance the article reports of nobody but its
    // own voices — doesn't say, with what it does say of the thing (third-party-agreement.ts).
    const agreed = thirdPartyAgreement(folded, asked, lang, entryId, lastQuestion);
    if (agreed) return { evidence: agreed, verdict: "not-said" };
    // "а Песков это подтвердил?" after Putin's words: no voice confirming another's is reported (voice-confirmed.ts).
    const confirmed = voiceConfirmed(folded, asked, lang, entryId, speakerId, lastQuestion);
    if (confirmed) return { evidence: confirmed, verdict: "not-said" };
    // "Путин за продолжение боевых действий?": the engine reads it as the ceasefire call, which is the No
    // (russian/fighting-on.ts); the evidence is that answer, without its own "Да.".
    // «…продолжения войны или мира?» is an either-or: a side answers it, not No (alternative-answer.ts).
    const eitherOr = alternativesOf(folded, wordsFor(asked)) !== null;
    const fightingOn =
      asked === "ru" && !eitherOr && asksFightingOnRu(folded) ? engine.findAnswer(folded, lang) : null;
    if (fightingOn?.answered && fightingOn.kind === "entry") return { evidence: fightingOn, verdict: "no" };
    // "is russia seen as neutral by everybody?": its involvement is "not without controversy", No (universal-view.ts).
    const contested = universalView(folded, asked, lang, lastQuestion);
    if (contested) return { evidence: contested, verdict: "no" };
    // "so theyre basically on israels side?": the article gives Russia no side, doesn't say (side-taken.ts).
    const neutral = asksOneSideOfRussia(folded, entryId) ? engine.answerForEntry(NEUTRALITY, lang) : null;
    if (neutral?.answered) return { evidence: neutral, verdict: "not-said" };
    // "does putin want israel to hit back harder?": force against the ceasefire he calls for, No (force-wish.ts).
    const force = eitherOr ? null : forceWish(folded, asked, lang, speakerId, entryId);
    if (force) return { evidence: force, verdict: "no" };
    // "So it's because many ex-Russians live there?": the reason the last answer gives.
    const reason = entryId && claims ? offeredReason(folded) : null;
    const because = reason && entryId ? engine.answerForEntry(entryId, lang) : null;
    if (reason && claims && because?.answered && reasonConfirmed(reason, because, claims))
      return { evidence: because, verdict: "yes" };
    // "Did he mention it?" after "… did not mention …": No on the last answer.
    const last =
      entryId &&
      /mention|bring|brought|raise|talk|speak|say|refer|address|acknowledge|упомин|упомян|говор|сказал/u.test(
        folded,
      )
        ? engine.answerForEntry(entryId, lang)
        : null;
    if (last?.answered && unmentionedAsked(folded, last.answer)) return { evidence: last, verdict: "no" };
    // "Did Putin bring it up?" after the Quartet: the no-mention sentence beside it (neighbour-mention.ts).
    const beside = last ? neighbourMention(folded, last, speakerId, lang) : null;
    if (beside) return { evidence: beside, verdict: "no" };
    // "они до сих пор граждане России?" after the answer calling them former citizens: No on that answer, the
    // pronoun being its people (former-status.ts; asked afresh, "они" alone finds nothing).
    const status = entryId ? engine.answerForEntry(entryId, asked) : null;
    if (status?.answered && formerStatusVerdict(folded, status, asked) === "no") {
      const evidence = asked === lang ? status : engine.answerForEntry(status.entry?.id ?? "", lang);
      if (evidence?.answered) return { evidence, verdict: "no" };
    }
    // "Does that include talking to both sides?": an entry the curators answer Yes, of the same voice.
    const included = includesAsked(folded, asked, lang, entryId, speakerId);
    if (included) return { evidence: included, verdict: "yes" };
    // "Has the US delivered on that, in his view?" on evidence calling its effort a failure (failed-party.ts).
    const failed = failedParty(folded, asked, lang, entryId);
    if (failed) return { evidence: failed, verdict: "no" };
    // "is the Quartet involved in it too?" after an answer about the talks (part-in-pronoun.ts).
    const partIn = partInPronoun(folded, asked, lang, entryId);
    if (partIn) return { evidence: partIn, verdict: "yes" };
    // "is that the same reason it's close to hamas?": another thing with a reason of its own (same-reason.ts).
    const otherReason = sameReason(folded, asked, lang, entryId);
    if (otherReason) return { evidence: otherReason, verdict: "no" };
    // "Is that his only criticism?" after an answer quoting him on several points: No (sole-point.ts).
    // The evidence is the entry giving the same voice on more points, where one adds any (dialog48).
    const soleAsked = entryId !== null && solePointAsked(folded);
    const wider = soleAsked ? widerPointsOf(kb.entries, entryId) : null;
    const more = wider ? engine.answerForEntry(wider, lang) : null;
    if (more?.answered) return { evidence: more, verdict: "no" };
    const sole = soleAsked && entryId ? engine.answerForEntry(entryId, lang) : null;
    if (sole?.answered && solePointVerdict(sole)) return { evidence: sole, verdict: "no" };
    // "any numbers?", "а цифры есть?": none in the last answer's quoted words (figures-asked.ts).
    const figures = entryId && figuresAsked(folded) ? engine.answerForEntry(entryId, lang) : null;
    // A gap entry ("how many died? — the article gives no figures") is evidence too.
    const held = figures?.answered || figures?.reason === "not-in-article";
    const figuresSaid = figures && held ? figuresVerdict(figures, folded, kb.article.text) : null;
    if (figures && figuresSaid) return { evidence: figures, verdict: figuresSaid };
    return null;
  };
}
