// The English readers a question goes through first, in this order (readers.ts applies them, then its own
// composition of the later ones). Each rewrites one asked shape into the plainer question the lexicon reads; what each
// reads and why is in its own file's header, and the history of the list in readers.ts's header.

import { asAcceptableToWhom } from "./acceptable-to-whom.js";
import { asAgainstThing } from "./against-thing.js";
import { withoutAnswerManner, withoutPlainWords } from "./answer-manner.js";
import { asAntiParty } from "./anti-party.js";
import { asArticleLesson } from "./article-lesson.js";
import { asArticleOnRussia } from "./article-on-russia.js";
import { asArticlePrescription, asSolutionShape } from "./article-prescription.js";
import { asArticleTitle } from "./article-title.js";
import { withTwoSidesAsBoth } from "./bare-both.js";
import { asBlameOptions } from "./blame-options.js";
import { asBlameOwnRole } from "./blame-own-role.js";
import { asBlamedOther } from "./blamed-other.js";
import { asBodyMentioned } from "./body-mentioned.js";
import { withBothSidesCompromise as withEnglishBothCompromise } from "./both-interests.js";
import { asBothSidesRelations } from "./both-sides-relations.js";
import { asCallOutcome } from "./call-outcome.js";
import { asCallPartnerAtMoment } from "./call-partner-moment.js";
import { asCallPoint } from "./call-point.js";
import { asCallSubject } from "./call-subject.js";
import { asCapitalMessage } from "./capital-message.js";
import { withAcronymSpeltOut } from "./caps-acronym.js";
import { asCeasefireKeywords, withoutCeasefireSetting } from "./ceasefire-keywords.js";
import { withoutChatLeadIn } from "./chat-lead-in.js";
import { withChatWordsSpelt } from "./chat-words.js";
import { withChildAudienceAsFive } from "./child-audience.js";
import { asConcernOrBlame } from "./concern-or-blame.js";
import { asContactWithdrawal } from "./contact-withdrawal.js";
import { asControversialPart } from "./controversial-part.js";
import { asCrisisStance } from "./crisis-stance.js";
import { asEitherVoice } from "./either-voice.js";
import { asExamplePlayers } from "./example-players.js";
import { withFavourAsSupport } from "./favoured-outcome.js";
import { asFightingOn } from "./fighting-on.js";
import { withoutForOrAgainst } from "./for-or-against.js";
import { asFormalInvolvement } from "./formal-involvement.js";
import { asGroupPart } from "./group-part.js";
import { asHamasContact } from "./hamas-contact.js";
import { withoutHearsayLeadIn } from "./hearsay-lead-in.js";
import { asHelpOrBlame } from "./help-or-blame.js";
import { asHistoryWith } from "./history-with.js";
import { asInTouchWithPutin } from "./in-touch-with.js";
import { asLeadClaim } from "./lead-claim.js";
import { withLeftOutAsIgnored } from "./left-out.js";
import { withMigrantsAsFormerCitizens } from "./migrant-words.js";
import { asMinistryKeywords, asWhichMinistry } from "./ministry-keywords.js";
import { asMinistryNext } from "./ministry-next.js";
import { asMistakenOffice } from "./mistaken-office.js";
import { asMostCriticised } from "./most-criticised.js";
import { withNameAfterAuxiliary } from "./name-after-auxiliary.js";
import { asNameAsked } from "./name-asked.js";
import { asNamesRoster } from "./names-roster.js";
import { asNeededSteps } from "./needed-steps.js";
import { asOfficialPosition } from "./official-position.js";
import { asOkWith } from "./ok-with.js";
import { asOneSideInterests } from "./one-side-interests.js";
import { asOneSideTalks } from "./one-side-talks.js";
import { asOneSideTies } from "./one-side-ties.js";
import { asOtherMediators } from "./other-mediators.js";
import { asOtherMembers } from "./other-members.js";
import { asOtherSpokesman } from "./other-spokesman.js";
import { asOverlookedSide } from "./overlooked-side.js";
import { asOwnRoleBoast } from "./own-role-mention.js";
import { asOwnShare } from "./own-share.js";
import { asPartAbout } from "./part-about.js";
import { asPartyAfter } from "./party-after.js";
import { asPartyGamePlan } from "./party-game-plan.js";
import { asPartyNeeds } from "./party-needs.js";
import { asPartyPart } from "./party-part.js";
import { asPartyReaction } from "./party-reaction.js";
import { asPartySide } from "./party-side.js";
import { asPersonMentioned } from "./person-mentioned.js";
import { withoutPersona } from "./persona-frame.js";
import { asPhraseMeaning } from "./phrase-meaning.js";
import { asPlanAsked } from "./plan-asked.js";
import { asPraiseOfUs, withoutPraiseReason } from "./praise-for.js";
import { asPromiseSaid } from "./promise-asked.js";
import { asQuartetDescribed } from "./quartet-described.js";
import { withoutQuoteRequest } from "./quote-request.js";
import { asRelevanceAsked } from "./relevance-asked.js";
import { asRemedyProposed } from "./remedy-proposed.js";
import { withoutReplyLength } from "./reply-length.js";
import { asRoleCriticism } from "./role-criticism.js";
import { asRussiaBlamesUs } from "./russia-blames-us.js";
import { asSaidInvolving } from "./said-involving.js";
import { asSeveralAsks } from "./several-asks.js";
import { asSidesAsked } from "./sides-asked.js";
import { withoutSlangTails } from "./slang-tails.js";
import { withoutSpeakerSetAside } from "./speaker-exclusion.js";
import { asSpokesmanFor } from "./spokesman-for.js";
import { asSpreadPrevention } from "./spread-prevention.js";
import { asStakeInSide } from "./stake-in-side.js";
import { asStateToCome } from "./state-to-come.js";
import { asStayContained } from "./stay-contained.js";
import { asTieReason } from "./tie-reason.js";
import { asCallAgreed, asToldAbout } from "./told-about.js";
import { asTrustReason } from "./trust-reason.js";
import { asMilitaryHelpAsked } from "./unmentioned-action.js";
import { asUsGave } from "./us-gave.js";
import { asUsOwnLine } from "./us-own-line.js";
import { asViolenceCauseView } from "./violence-cause-view.js";
import { asViolenceMeant } from "./violence-meant.js";
import { asViolenceView } from "./violence-view.js";
import { asVoiceKeywords } from "./voice-keywords.js";
import { asVoicePoints } from "./voice-points.js";
import { asVoiceReaction } from "./voice-reaction.js";
import { asVoiceSolution } from "./voice-solution.js";
import { asVoiceSummary } from "./voice-summary.js";
import { withoutWantPlace } from "./want-where.js";
import { asWhatFailed } from "./what-failed.js";
import { asWhichBlamer } from "./which-blamer.js";
import { asWhichSideContact } from "./which-side-contact.js";
import { asWouldBeMediator } from "./would-be-mediator.js";

/** The English readers applied first, in order. */
export const FIRST_READERS: readonly ((text: string) => string)[] = [
  // Plain words asked for (a learner's preamble, "like I'm twelve") come off before any reader sees the question.
  // (quality44) The asker as a child ("as if I were twelve years old") read as "like I'm five" first.
  withChildAudienceAsFive,
  withoutPlainWords,
  // (quality41) A chat lead-in ("hey bot quick one,", "come on,") before a question.
  withoutChatLeadIn,
  // (quality51) Slang openers and tails ("yo …", "… fr", "… ngl"); Russia's formal part in the peace efforts as the
  // Quartet's card; a Russian party's pitch, angle or game plan on the conflict (slang-tails.ts, formal-involvement.ts,
  // party-game-plan.ts).
  withoutSlangTails,
  asFormalInvolvement,
  asPartyGamePlan,
  // (quality42) What the asker keeps seeing ("I keep seeing headlines that…") before the claim to check.
  withoutHearsayLeadIn,
  // (quality46) Putin's blame of the US set against Russia's seat in the Quartet ("isn't it a bit rich … does the
  // article point that out"); the party the article's criticism falls on, as a superlative ("who gets the most blame").
  asBlameOwnRole,
  asMostCriticised,
  // (quality46) A Russian voice speaking to one warring side, yes/no ("is moscow speaking with israel?").
  asOneSideTalks,
  // (quality46) "favour" with an outcome after it as "support" ("does it favour a palestinian state?").
  withFavourAsSupport,
  // (quality47) The asker's "migrants", "diaspora", "russian speakers" as the article's former Russian citizens.
  withMigrantsAsFormerCitizens,
  // (quality48) "left the palestinians out" as the lexicon's "ignored" (the overlook group).
  withLeftOutAsIgnored,
  // (quality49) The Quartet described ("the group of four mediators", "in what framework has russia taken part");
  // a saying's topic after "involving"/"concerning"/"regarding"; the body Peskov speaks for; one side's interests.
  asQuartetDescribed,
  asSaidInvolving,
  asSpokesmanFor,
  asOneSideInterests,
  // (quality50) Arms or troops sent by a Russian party as the military card's question (unmentioned-action.ts).
  asMilitaryHelpAsked,
  // (quality47) Putin's remedy asked yes/no ("did he propose a solution?", "does putin offer a way out?").
  asRemedyProposed,
  // (quality44) The call's partner asked with a clause placing the moment ("… when he criticized washington").
  asCallPartnerAtMoment,
  // (quality40) The Quartet's other members with Russia set aside; the side the US overlooked, asked by "which side".
  asOtherMembers,
  asOverlookedSide,
  asPlanAsked,
  asNeededSteps,
  asHamasContact,
  asPartySide,
  asCallOutcome,
  asViolenceMeant,
  asPartyNeeds,
  asCrisisStance,
  withChatWordsSpelt,
  withAcronymSpeltOut,
  withoutPersona,
  asOfficialPosition,
  asVoiceSummary,
  asOkWith,
  asNameAsked,
  asToldAbout,
  asCallAgreed,
  asGroupPart,
  asStateToCome,
  asPartyAfter,
  asPartyPart,
  withoutForOrAgainst,
  asCeasefireKeywords,
  withoutCeasefireSetting,
  asVoiceReaction,
  asUsOwnLine,
  asVoiceKeywords,
  asMinistryNext,
  asMinistryKeywords,
  asWhichMinistry,
  asViolenceView,
  asWouldBeMediator,
  asNamesRoster,
  asArticleTitle,
  asViolenceCauseView,
  withoutSpeakerSetAside,
  asExamplePlayers,
  asSpreadPrevention,
  asUsGave,
  withTwoSidesAsBoth,
  asEitherVoice,
  asPersonMentioned,
  asOwnRoleBoast,
  withEnglishBothCompromise,
  asCallPoint,
  asMistakenOffice,
  asWhichBlamer,
  asControversialPart,
  asOneSideTies,
  withNameAfterAuxiliary,
  asPromiseSaid,
  asCapitalMessage,
  asOtherSpokesman,
  asAntiParty,
  asVoicePoints,
  asWhatFailed,
  asTrustReason,
  asOtherMediators,
  asConcernOrBlame,
  // (quality44) Russia's wish to help set against its blaming the US ("help or just throwing shade at the US?").
  asHelpOrBlame,
  // (quality44) Which side Russia talks to, as a choice of the two ("…, Israelis or Palestinians?"): both.
  asWhichSideContact,
  // (quality45) Russia's blaming the US asked yes/no in a chat idiom ("is russia throwing shade at the US?").
  asRussiaBlamesUs,
  // (quality45) Whom a deal must suit, the question word ending a statement ("… acceptable to whom").
  asAcceptableToWhom,
  asTieReason,
  asPartyReaction,
  asRelevanceAsked,
  asVoiceSolution,
  asPartAbout,
  asBlameOptions,
  withoutReplyLength,
  withoutAnswerManner,
  withoutQuoteRequest,
  asPhraseMeaning,
  withoutWantPlace,
  asStayContained,
  asCallSubject,
  asInTouchWithPutin,
  asOwnShare,
  asSeveralAsks,
  asHistoryWith,
  asArticleOnRussia,
  asAgainstThing,
  asBodyMentioned,
  asBothSidesRelations,
  asStakeInSide,
  asArticlePrescription,
  asSolutionShape,
  asArticleLesson,
  asLeadClaim,
  asBlamedOther,
  asRoleCriticism,
  asContactWithdrawal,
  asSidesAsked,
  asFightingOn,
  withoutPraiseReason,
  asPraiseOfUs,
];
