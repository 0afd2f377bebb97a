// The message's own rewrites, before the context is read (dialogue.ts asks this first): a slip, a tag or a frame of
// the asker's taken off ("is that true", "or nah", "give me a break"), a shape read as the plainer question its card
// answers ("russia and hamas have ties??", "what does putin think would help?", "is it israel he blames?"). Each
// reader's file says what it reads; they are asked in this order. Context-free but for the voice check
// ("so that was the foreign ministry, not putin?"), read only when the chat has a last turn.

import { withLeftOutAsIgnored } from "../answering/left-out.js";
import { asOneSideInterests } from "../answering/one-side-interests.js";
import { asQuartetDescribed } from "../answering/quartet-described.js";
import { asSpokesmanFor } from "../answering/spokesman-for.js";
import type { Lang } from "../answering/types.js";
import { addedAsSaid } from "./added-said.js";
import { allInterestsAsked } from "./all-interests.js";
import { withTrueTag } from "./bare-tag.js";
import { punctuatedTruthTagOf } from "./bare-truth-tag.js";
import { blameCleftOf } from "./blame-cleft.js";
import { withoutCallMatter } from "./call-matter-dropped.js";
import { withoutTrailingGlue } from "./chat-glue.js";
import { withoutConcessive } from "./concessive.js";
import { conflictNamedOf, stanceOnConflictOf } from "./conflict-named.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { directDialogueRu } from "./direct-dialogue-ru.js";
import { withoutDisbeliefTag } from "./disbelief-tag.js";
import { withoutEmphaticTo } from "./emphatic-to.js";
import { groupOfPartyAsked } from "./group-of-party.js";
import { ideaAsThingOf } from "./idea-of.js";
import { involvementAsked } from "./involvement-asked-ru.js";
import { withIsUncontracted } from "./is-contraction.js";
import { kindWordsAsked } from "./kind-words.js";
import { kremlinInProcessAsked } from "./kremlin-in-process.js";
import { fold, parsingLanguageOf } from "./language.js";
import { memberRoleAsked } from "./member-role.js";
import { mentionInOrderOf } from "./mention-order.js";
import { notButOf } from "./not-but.js";
import { oneWhoAsked } from "./one-who.js";
import { pairTiesAsked } from "./pair-ties.js";
import { pairTopicOf } from "./pair-topic.js";
import { partyThenQuestionOf } from "./party-then-question.js";
import { withPartyTypos } from "./party-typos.js";
import { promisedAsReadyOf } from "./promised-to.js";
import { quotedQuestionOf } from "./quoted-asked.js";
import { remedyAsked } from "./remedy-asked.js";
import { saidAnythingOf } from "./said-anything.js";
import { keptOutAsked } from "./sidelines.js";
import { situationObjectOf } from "./situation-object.js";
import { withPlainTag } from "./slang-tag.js";
import { stanceOnEscalationOf } from "./stance-on-escalation.js";
import { switchThenQuestionOf } from "./switch-then-question.js";
import { talksAsNegotiationsOf } from "./talks-noun.js";
import { withGuess } from "./then-what.js";
import type { TooOrOnly } from "./too-or-only.js";
import { tooOrOnlyOf } from "./too-or-only.js";
import { withQuizRead } from "./true-or-false.js";
import { twoSidesDialogueOf } from "./two-sides-dialogue.js";
import { withoutVagueTag } from "./vague-tag.js";
import { voiceCheckOf } from "./voice-check.js";
import { whyThenQuestionOf } from "./why-then-question.js";
import { withoutYesOrNoTag } from "./yes-no-tag.js";

/** The message as the context readers read it (`said`), and its "too or only" ask, if any (too-or-only.ts). */
export interface RewrittenMessage {
  said: string;
  tooOnly: TooOrOnly | null;
}

export function rewrittenMessage(
  typing: string,
  lang: Lang,
  hasContext: boolean,
  kit: DialogueKit,
): RewrittenMessage {
  const { speakers } = kit;
  // The claim checker's confirmation of a statement (verbatim or paraphrase, nothing unbacked): the tag and kind-words
  // rewrites take a reading only where it holds (voice-check.ts, kind-words.ts).
  const confirms = (statement: string): boolean => {
    const checked = kit.claims?.(statement);
    return (
      checked !== undefined &&
      checked !== null &&
      (checked.verdict === "verbatim" || checked.verdict === "paraphrase") &&
      checked.unbacked.length === 0
    );
  };
  // "did putin blame isreal?": a party's name mistyped, read as the parties' table spells it (party-typos.ts).
  // "…calls itself impartial? give me a break": the asker's disbelief after the question asks nothing (disbelief-tag.ts).
  // "who is he btw": the trailing intensifier off before the context rewrites read "who is he" (chat-glue.ts).
  // "what did putin say to erdogan about gaza": the call's content, the conflict it was about (call-matter-dropped.ts).
  // «о чем говорили-то», «а путин-то что»: the emphatic «-то» taken off the word (emphatic-to.ts).
  // "why? what did they do wrong": the question after the bare "why?" is the one asked (why-then-question.ts).
  // "and the kremlin? do they talk to both sides": the question with the switch's voice for "they" (switch-then-question.ts).
  // "and the EU? did he blame them too": the question with the switch's party for "them" (party-then-question.ts).
  // "and then what, talks?": the guess after the bare "then what" is the follow-up (then-what.ts).
  // "who's trying to stabilize it?": the pronoun stabilized is the situation, in the article's words (situation-object.ts);
  // "what country's he from?" as "what country is he from?" (is-contraction.ts).
  // "does putin nevertheless support…": the concessive adverb asks nothing of its own (concessive.ts).
  const uncontracted = withIsUncontracted(withoutConcessive(typing));
  const situated = situationObjectOf(uncontracted) ?? uncontracted;
  const asked =
    whyThenQuestionOf(situated) ??
    switchThenQuestionOf(situated, (t) => speakers.namedIn(t)) ??
    partyThenQuestionOf(situated, kit.parties, (t) => speakers.namedIn(t).length > 0) ??
    withGuess(situated);
  const scoffless = withoutCallMatter(withoutDisbeliefTag(withoutTrailingGlue(withoutEmphaticTo(asked))));
  // "…do they have people there or something?", «…или как?»: the vague tag dropped (vague-tag.ts).
  // "…state is that true", "…quartet thing right": the truth tag punctuated (bare-truth-tag.ts).
  // "is the US to blame according to putin? yes or no.": the bare tag dropped, the question kept (yes-no-tag.ts).
  const untagged =
    withoutVagueTag(scoffless) ??
    withoutYesOrNoTag(scoffless) ??
    punctuatedTruthTagOf(scoffless) ??
    scoffless;
  // «прямые переговоры израиля и палестинцев?»: the article's direct dialogue (direct-dialogue-ru.ts).
  // "did the us leave the palestinians out?": the phrasal verb as the lexicon's "ignored" (answering/left-out.ts),
  // so the claim checker reads the statement the engine answered (it read "left" as a contrary stance: No).
  // "is russia in the international mediators' group?", "peskov is the spokesman for which body?", "does putin think
  // the interests of only one side should count?": as the engine reads them (answering/quartet-described.ts,
  // spokesman-for.ts, one-side-interests.ts), so the verdict readers read the question the engine answered.
  const unleft = asOneSideInterests(asSpokesmanFor(asQuartetDescribed(withLeftOutAsIgnored(untagged))));
  const typo = directDialogueRu(withPartyTypos(unleft, kit.parties) ?? unleft);
  // "is he worried about israeli civilians too or only gaza?": Yes where the answer's quotes name both halves
  // (too-or-only.ts).
  const tooOnly = tooOrOnlyOf(typo);
  // "did he mention talks too?": "talks" after a verb or an article is the negotiations (talks-noun.ts).
  // «он хамас упоминал?»: the thing after the verb, as the mention readers read it (mention-order.ts).
  // "so russia would rather sit this one out?", "does the UN play any part in this?", "so all sides' interests
  // should be taken into account?": read as the question whose card answers it (sidelines.ts, member-role.ts,
  // all-interests.ts).
  const spelled =
    // "russia and hamas have ties??": the pair's ties asked of the first with the second (pair-ties.ts).
    pairTiesAsked(typo, kit.parties) ??
    // "what does putin think would help?": what that voice proposes to resolve the conflict (remedy-asked.ts).
    remedyAsked(typo) ??
    // "did putin say anything nice about washington": whether he praised it (kind-words.ts).
    kindWordsAsked(typo, speakers, confirms) ??
    keptOutAsked(typo) ??
    involvementAsked(typo) ?? // «москва имеет отношение к урегулированию?» (involvement-asked-ru.ts)
    kremlinInProcessAsked(typo) ?? // «кремль участвует в мирном процессе?» (kremlin-in-process.ts)
    memberRoleAsked(typo) ??
    // "what group is it part of?": the group a party is a member of (group-of-party.ts).
    groupOfPartyAsked(typo) ??
    allInterestsAsked(typo, lang) ??
    talksAsNegotiationsOf(typo) ??
    mentionInOrderOf(typo, speakers) ??
    typo;
  // "so that was the foreign ministry, not putin?", «а это точно не путин сказал?»: the voice check (not-but.ts).
  const typed =
    (hasContext ? notButOf(fold(spelled), parsingLanguageOf(spelled, lang), speakers) : null) ?? spelled;
  const tagged = withTrueTag(withPlainTag(withQuizRead(addedAsSaid(typed))));
  // "blaming the us for the hamas israel mess": the matter put as the violence (conflict-named.ts).
  // "is biden quoted in it?": whether the article quotes that party, "in it" being the article (quoted-asked.ts).
  // "did erdogan back the idea of a ceasefire?": a stance on the idea is a stance on the thing (idea-of.ts).
  // "what is moscow promising to do": the promise to act as the readiness reported (promised-to.ts).
  // "X? is that what putin claims?", «X? так путин говорит?»: whether that voice says X (voice-check.ts).
  // "is peskov the one who called for the ceasefire?" as "was it peskov who…" (one-who.ts).
  // "is it israel he blames?" as "does he blame only israel?" (blame-cleft.ts).
  const cleft = oneWhoAsked(tagged, speakers) ?? blameCleftOf(tagged) ?? tagged;
  const promised = promisedAsReadyOf(cleft) ?? cleft;
  const idealess = ideaAsThingOf(promised) ?? promised;
  // "ok what about israel and hamas then": the warring pair as a topic is the story (pair-topic.ts).
  const said =
    pairTopicOf(idealess) ??
    saidAnythingOf(idealess) ??
    conflictNamedOf(idealess) ??
    stanceOnConflictOf(idealess) ??
    stanceOnEscalationOf(idealess) ??
    twoSidesDialogueOf(idealess) ??
    quotedQuestionOf(idealess) ??
    voiceCheckOf(idealess, speakers, confirms) ??
    idealess;
  return { said, tooOnly };
}
