// The rewrites a Russian question goes through before the lexicon reads it (answering/readers.ts has the English ones):
// one list, applied in order, the first reading the question as typed. (quality34) After the Latin names: a bare plan
// (../plan-asked.ts), the steps Putin finds needed (needed-steps.ts), «от израиля с хамасом» as both
// (from-both-sides.ts). A Russian question is read as typed but for a
// group's membership (membership.ts), a call checked by name (phone-check.ts), Russia's ties asked with a group the
// article never names (ties-with-group.ts), Russia's relations with both sides named (relations-both.ts), whether the
// fighting should go on (fighting-on.ts) and whom Putin blames, checked with another party (blamed-party.ts), a stance
// against a speaker's own demand (own-demand.ts); "конкретно" beside a verb of demanding is dropped first
// (specific-demand.ts), and a bare plural "мирные" read as the civilians (bare-civilians.ts), and the office of one of
// the story's people asked ("кто по должности эрдоган") read as who they are (role-asked.ts); before all, "в какой
// связи X упоминает Y" read as what X says of Y (mention-context.ts), and before that "имеет в виду"/"подразумевает"
// taken off (meant-words.ts); "X при чём в статье" / "какое отношение X имеет к этому" read as "при чём тут X"
// (what-to-do-with.ts); first of all, "занимает" beside "позицию" dropped (position-held.ts), and why Moscow stresses
// its ties read as how it presents itself (stressed-ties.ts), and both sides' interests asked of the US read as the
// compromise acceptable to both (both-interests.ts); blame and proposal asked together read as Russia's position
// (blame-and-proposal.ts), why Putin keeps silent on the Quartet as his silence (silence-why.ts), whether Putin spoke
// of Russia's own role as his silence (own-role-said.ts), what the Kremlin is doing or up to as its role
// (kremlin-doing.ts), the Foreign Ministry's view or proposals asked as its position (ministry-position.ts), and
// "предлагают или только осуждают" without its tail (proposal-or-only.ts); innermost, a doubting tail ("…или это
// журналюги придумали?") dropped (doubt-asked.ts), officials "есть в статье" read as mentioned (present-in-text.ts),
// Russia's friendship with all read as its ties with both sides (friends-with-all.ts), and Putin's support for US
// policy read as his view of it (opposite-support.ts). (quality-ru31, right after the doubt) Russia's view of the war
// named by its sides loses the sides (war-named-by-sides.ts), one group ("в одном формате") is the Quartet
// (one-group.ts), talking directly is direct dialogue (direct-talk.ts), and what Russia offers against the spread is
// the Foreign Ministry's position (spread-prevention.ts); (quality-ru50) Putin's silence on a topic he speaks of is
// what he said of it (silent-on.ts), why Russia is there its part (why-russia.ts), colloquial criticism the plain verbs
// (criticism-slang.ts), and the call asked of another voice the call (other-caller.ts); (quality-ru51) a slang flare-up
// ("всё рвануло", "заварушка") the violence's escalation (escalation-slang.ts), a side Peskov is said to have announced
// what he said of the Kremlin's role (side-taking.ts), and an act of force Putin is said to have proposed what he calls
// for (unreported-act.ts).
// (quality26, first after the names) A person's name asked reads as who the person is (name-asked.ts), what Putin told
// Erdogan about a topic as what he said of it (told-about.ts), Russia's part in a format on the conflict as the
// Quartet (format-part.ts), and what the Palestinians strive for as what they want (party-wants.ts).
// (quality29) Who was in touch with Putin reads as whom he spoke to by phone (in-touch-with.ts).
// (quality32) A way out of the crisis in a Russian voice's view reads as that voice's position (../voice-solution.ts),
// and the gist of one thing as that thing (gist-of-topic.ts).
// (quality-r2-32) A summary asked of one voice's position reads as that position (voice-summary.ts); plain support of a
// voice's own demand («выступает за», «поддерживает») as the demand (own-demand.ts).

import { asRussianSolutionShape } from "../article-prescription.js";
import { asRussianArticleTitle } from "../article-title.js";
import { asRussianCallOutcome } from "../call-outcome.js";
import { asRussianCallPoint } from "../call-point.js";
import { asRussianCeasefireKeywords } from "../ceasefire-keywords.js";
import { asRussianConcernOrBlame } from "../concern-or-blame.js";
import { asRussianEitherVoice } from "../either-voice.js";
import { asRussianExamplePlayers } from "../example-players.js";
import { asRussianMinistryKeywords, asRussianWhichOffice } from "../ministry-keywords.js";
import { asRussianNamesRoster } from "../names-roster.js";
import { asRussianOtherMediators } from "../other-mediators.js";
import { asRussianPartyNeeds } from "../party-needs.js";
import { withoutRussianPersona } from "../persona-frame.js";
import { withoutRussianSpeakerSetAside } from "../speaker-exclusion.js";
import { asStateToCome } from "../state-to-come.js";
import { asRussianTieReason } from "../tie-reason.js";
import { asRussianTrustReason } from "../trust-reason.js";
import { asRussianUsOwnLine } from "../us-own-line.js";
import { asRussianViolenceCauseView } from "../violence-cause-view.js";
import { asRussianViolenceMeant } from "../violence-meant.js";
import { asRussianVoiceKeywords } from "../voice-keywords.js";
import { asRussianVoiceReaction } from "../voice-reaction.js";
import { asRussianVoiceSolution } from "../voice-solution.js";
import { asRussianWouldBeMediator } from "../would-be-mediator.js";
import { asRussianAllThisCause } from "./all-this-cause.js";
import { withoutAskerPlaces } from "./asker-places.js";
import { withAttitudeAsTies } from "./attitude-ties.js";
import { withChildAgeAsAudience, withUnderstoodByAsPlainWords } from "./audience.js";
import { withCiviliansNamed } from "./bare-civilians.js";
import { asRussianBlameAndProposal } from "./blame-and-proposal.js";
import { asRussianBlameCheck } from "./blamed-party.js";
import { withBothSidesCompromise } from "./both-interests.js";
import { asRussianCallKeywords } from "./call-keywords.js";
import { asRussianCalledAs } from "./called-as.js";
import { asRussianContactKind } from "./contact-kind.js";
import { asRussianControversialPart } from "./controversial-part.js";
import { asRussianCriticism } from "./criticism-slang.js";
import { withDirectTalk } from "./direct-talk.js";
import { withoutDoubt } from "./doubt-asked.js";
import { asRussianEscalation } from "./escalation-slang.js";
import { asRussianFearedEscalation } from "./feared-escalation.js";
import { asRussianFightingOn } from "./fighting-on.js";
import { withoutForOrAgainst } from "./for-or-against.js";
import { withLearnerGrammarRead } from "./learner-grammar.js";
import { withoutRussianLearnerPreamble } from "./learner-preamble.js";
import { asRussianPeaceProcessPart } from "./peace-process-part.js";
import { asRussianPushFor } from "./push-for.js";
import { asRussianReadingOfViolence } from "./reading-of-violence.js";
import { withoutSaidSpecifically } from "./said-specifically.js";
import { asRussianStatementMeaning } from "./statement-meaning.js";
import { withTiesCircleAsTies } from "./ties-circle.js";
import { asRussianTiesWithWhom } from "./ties-with-whom.js";
import { asRussianVoiceMention } from "./voice-mention.js";
import { asRussianVoicePoints } from "./voice-points.js";

// (quality27) Putin beside the warring sides as bare keywords reads as what he says about the conflict
// (../voice-keywords.ts), and the regional players asked with an example as which ones the ministry means
// (../example-players.ts).

import { asRussianPlanAsked } from "../plan-asked.js";
import { withAmongThoseAsTies } from "./among-those.js";
import { withBareMinistryAsForeign } from "./bare-ministry.js";
import { withCapitalAsCountry } from "./capital-metonyms.js";
import { asRussianCloseSide, asRussianSidesDealt } from "./close-side.js";
import { withEnglishTopicWordsInRussian } from "./english-topic-words.js";
// (quality52) who did something asked between two names (../either-voice.ts), a voice the answer is to be told in
// dropped (../persona-frame.ts), the point of the call (../call-point.ts). (quality53) talks asked as halted in the
// call read as what Putin told Erdogan of them (talks-halt.ts); what the article calls disputed as Russia's
// involvement (controversial-part.ts).
import { asRussianFormatPart } from "./format-part.js";
import { asRussianFriendsWithAll } from "./friends-with-all.js";
import { withBothSidesFrom } from "./from-both-sides.js";
import { withGasNotGaza } from "./gas-not-gaza.js";
import { withoutRussianGist } from "./gist-of-topic.js";
import { withoutGuessedCause } from "./guessed-cause.js";
import { asRussianInTouchWith } from "./in-touch-with.js";
import { asRussianKremlinDoing } from "./kremlin-doing.js";
import { asRussianKremlinRole } from "./kremlin-role.js";
import { withRussianNames } from "./latin-names.js";
import { withoutListSize } from "./list-size.js";
import { withoutMeantWords } from "./meant-words.js";
import { asRussianMediatorGrounds } from "./mediator-grounds.js";
import { asRussianMembership } from "./membership.js";
import { asRussianMentionContext } from "./mention-context.js";
import { withMentionNounAsVerb } from "./mention-noun.js";
import { asRussianMentionWhy } from "./mention-why.js";
import { asRussianMinistryPosition, withMinistryPlayersRegional } from "./ministry-position.js";
import { asRussianMinistryRole } from "./ministry-role.js";
import { asRussianNameAsked } from "./name-asked.js";
import { asRussianNeededSteps } from "./needed-steps.js";
import { withElseOnBehalfAsVoices } from "./on-behalf.js";
import { asRussianOneGroup } from "./one-group.js";
import { asRussianOnlyOneSide } from "./only-one-side.js";
import { asRussianOppositeSupport } from "./opposite-support.js";
import { asRussianOtherCaller } from "./other-caller.js";
import { asRussianOwnDemand } from "./own-demand.js";
import { asRussianOwnRoleSaid } from "./own-role-said.js";
import { asRussianPairTies } from "./pair-ties.js";
import { asRussianPalestiniansWant } from "./party-wants.js";
import { asRussianPeaceWanted } from "./peace-wanted.js";
import { asRussianPhoneCheck } from "./phone-check.js";
import { withoutPoliteAddress } from "./polite-address.js";
import { withoutPositionHeld } from "./position-held.js";
import { withPresentAsMentioned } from "./present-in-text.js";
import { withoutOrOnly } from "./proposal-or-only.js";
import { asRussianRejectedIdea } from "./rejected-idea.js";
import { asRussianRelationsBoth, asRussianSidesDispute } from "./relations-both.js";
import { asRussianRoleAsked } from "./role-asked.js";
import { asRussianSelfImage } from "./self-image.js";
import { asRussianSideTaking } from "./side-taking.js";
import { asRussianSilenceWhy } from "./silence-why.js";
import { asRussianSilentOn } from "./silent-on.js";
import { withoutSpecificDemand } from "./specific-demand.js";
import { withSpeechAboutAsSaid } from "./speech-about.js";
import { asRussianSpreadPrevention } from "./spread-prevention.js";
import { asRussianStressedTies } from "./stressed-ties.js";
import { asRussianTalksHalt } from "./talks-halt.js";
import { asRussianContactWithPalestinians, asRussianTiesWithGroup } from "./ties-with-group.js";
import { asRussianToldAbout } from "./told-about.js";
import { asRussianUnreportedAct } from "./unreported-act.js";
import { asRussianVoiceSummary } from "./voice-summary.js";
import { withoutWarSides } from "./war-named-by-sides.js";
import { asRussianWhatToDoWith } from "./what-to-do-with.js";
import { withoutWhoIsRight } from "./who-is-right.js";
import { asRussianWhoIsSlip } from "./who-is-slip.js";
import { asRussianWhyRussia } from "./why-russia.js";

/** The Russian readers, applied in order: the first reads the question as typed. */
const RUSSIAN_READERS: readonly ((text: string) => string)[] = [
  withRussianNames,
  // (quality46ru) «путин говорил про talks?»: the article's topic words typed in English, in Russian (english-topic-words.ts).
  withEnglishTopicWordsInRussian,
  // (quality45ru) «Тель-Авив» for Israel's government, in its case (capital-metonyms.ts).
  withCapitalAsCountry,
  // (quality46ru) «поставки газа», «цены на газ»: gas, not the Gaza Strip (gas-not-gaza.ts; stem.ts keeps gas's own forms apart).
  withGasNotGaza,
  // (quality46ru) «почему …, из за газа и нефти?»: the asker's guessed cause off the why-question (guessed-cause.ts).
  withoutGuessedCause,
  // (quality45ru) «Уважаемый бот, …» before the question off (polite-address.ts).
  withoutPoliteAddress,
  // (quality45ru) «речь идёт о X» as «говорится о X» (speech-about.ts); «X среди тех, с кем …» as «… с X» (among-those.ts).
  withSpeechAboutAsSaid,
  withAmongThoseAsTies,
  // (quality46ru) «Входит ли ХАМАС в круг давних связей России?» as «у России давние связи с ХАМАС?» (ties-circle.ts).
  withTiesCircleAsTies,
  // (quality47ru) «Есть ли в статье упоминание X?» as «упоминается ли в статье X» (mention-noun.ts).
  withMentionNounAsVerb,
  // (quality46ru) «путин упоминал перемирие?» as «путин говорил о перемирие» (voice-mention.ts).
  asRussianVoiceMention,
  // (quality44ru) "топит за X" in chat as "выступает за X" (push-for.ts).
  asRussianPushFor,
  // (quality41) A learner's preamble («Я учу русский.») off the question (learner-preamble.ts).
  withoutRussianLearnerPreamble,
  // (quality47ru) «Извините мой русский плохо. Путин хочет война стоп?»: apology off, broken forms read (learner-grammar.ts).
  withLearnerGrammarRead,
  // (quality41) How Putin reads the violence's surge: what he explains it by (reading-of-violence.ts).
  asRussianReadingOfViolence,
  withChildAgeAsAudience,
  // (quality42ru) "так, чтобы поняла моя бабушка" as «простыми словами» (audience.ts).
  withUnderstoodByAsPlainWords,
  asRussianStatementMeaning,
  asRussianVoicePoints,
  asRussianPlanAsked,
  asRussianNeededSteps,
  asRussianAllThisCause,
  asRussianTiesWithWhom,
  asRussianPeaceProcessPart,
  withoutSaidSpecifically,
  asRussianMinistryRole,
  asRussianCallOutcome,
  asRussianViolenceMeant,
  asRussianPartyNeeds,
  withBothSidesFrom,
  withoutListSize,
  asRussianWhoIsSlip,
  asRussianNameAsked,
  asRussianVoiceSolution,
  asRussianSolutionShape,
  withoutRussianGist,
  asStateToCome,
  asRussianToldAbout,
  asRussianFormatPart,
  asRussianPalestiniansWant,
  asRussianPeaceWanted,
  asRussianEitherVoice,
  withoutRussianPersona,
  asRussianCallPoint,
  asRussianTalksHalt,
  asRussianControversialPart,
  asRussianSideTaking,
  asRussianUnreportedAct,
  withoutForOrAgainst,
  asRussianRejectedIdea,
  withoutAskerPlaces,
  withAttitudeAsTies,
  asRussianSilentOn,
  asRussianWhyRussia,
  asRussianTrustReason,
  asRussianCriticism,
  asRussianEscalation,
  asRussianCeasefireKeywords,
  asRussianCallKeywords,
  asRussianVoiceReaction,
  asRussianUsOwnLine,
  asRussianVoiceKeywords,
  asRussianMinistryKeywords,
  asRussianWhichOffice,
  asRussianWouldBeMediator,
  asRussianNamesRoster,
  asRussianArticleTitle,
  asRussianViolenceCauseView,
  withoutRussianSpeakerSetAside,
  // (quality42ru) «кто ещё говорит от имени российских властей» as «…от лица…»: Russia's voices (on-behalf.ts).
  withElseOnBehalfAsVoices,
  asRussianExamplePlayers,
  asRussianContactKind,
  withMinistryPlayersRegional,
  withoutDoubt,
  asRussianCalledAs,
  asRussianOnlyOneSide,
  withoutWhoIsRight,
  withoutWarSides,
  asRussianOneGroup,
  withDirectTalk,
  asRussianSpreadPrevention,
  withPresentAsMentioned,
  asRussianSelfImage,
  asRussianFriendsWithAll,
  asRussianOppositeSupport,
  withoutOrOnly,
  asRussianMinistryPosition,
  asRussianKremlinDoing,
  asRussianOwnRoleSaid,
  asRussianKremlinRole,
  asRussianBlameAndProposal,
  asRussianSilenceWhy,
  asRussianStressedTies,
  // (quality47ru) «На чём Россия основывает претензию быть посредником?»: how Moscow presents itself (mediator-grounds.ts).
  asRussianMediatorGrounds,
  withBothSidesCompromise,
  withoutPositionHeld,
  withoutMeantWords,
  asRussianMentionContext,
  asRussianWhatToDoWith,
  asRussianRoleAsked,
  withCiviliansNamed,
  withoutSpecificDemand,
  asRussianMembership,
  asRussianPhoneCheck,
  asRussianOtherCaller,
  asRussianInTouchWith,
  asRussianTieReason,
  asRussianTiesWithGroup,
  asRussianPairTies,
  asRussianCloseSide,
  asRussianSidesDealt,
  asRussianContactWithPalestinians,
  asRussianRelationsBoth,
  asRussianSidesDispute,
  asRussianFightingOn,
  asRussianOwnDemand,
  asRussianVoiceSummary,
  asRussianOtherMediators,
  asRussianConcernOrBlame,
  asRussianFearedEscalation,
  asRussianBlameCheck,
  asRussianMentionWhy,
  withBareMinistryAsForeign,
];

/** The text the lexicon reads for a question read in Russian. */
export function russianQuestionAsRead(text: string): string {
  return RUSSIAN_READERS.reduce((read, reader) => reader(read), text);
}
