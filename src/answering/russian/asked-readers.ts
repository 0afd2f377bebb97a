// The second part of the Russian readers' list (readers.ts assembles the list; the order is behaviour, each part
// keeps its own): what a Russian question asks, reworded to the wording of the card that answers it — a statement's
// meaning, a voice's points, a plan, the call's outcome or point, who is who, a voice's solution, the keywords of a
// topic, the ministry's offices and players. Read after the question's surface (names, chat, preambles: readers.ts)
// and before Russia's stance (stance-readers.ts). What joined when:
// (quality34) After the Latin names: a bare plan (../plan-asked.ts), the steps Putin finds needed (needed-steps.ts),
// «от израиля с хамасом» as both (from-both-sides.ts).
// (quality26) A person's name asked reads as who the person is (name-asked.ts), what Putin told Erdogan about a topic
// as what he said of it (told-about.ts), Russia's part in a format on the conflict as the Quartet (format-part.ts),
// and what the Palestinians strive for as what they want (party-wants.ts).
// (quality27) Putin beside the warring sides as bare keywords reads as what he says about the conflict
// (../voice-keywords.ts), and the regional players asked with an example as which ones the ministry means
// (../example-players.ts).
// (quality32) A way out of the crisis in a Russian voice's view reads as that voice's position (../voice-solution.ts),
// and the gist of one thing as that thing (gist-of-topic.ts).
// (quality52) who did something asked between two names (../either-voice.ts), a voice the answer is to be told in
// dropped (../persona-frame.ts), the point of the call (../call-point.ts). (quality53) talks asked as halted in the
// call read as what Putin told Erdogan of them (talks-halt.ts); what the article calls disputed as Russia's
// involvement (controversial-part.ts).
// (quality-ru50) Putin's silence on a topic he speaks of is what he said of it (silent-on.ts), why Russia is there its
// part (why-russia.ts), colloquial criticism the plain verbs (criticism-slang.ts); (quality-ru51) a slang flare-up
// ("всё рвануло", "заварушка") the violence's escalation (escalation-slang.ts), a side Peskov is said to have
// announced what he said of the Kremlin's role (side-taking.ts), and an act of force Putin is said to have proposed
// what he calls for (unreported-act.ts).

import { asRussianSolutionShape } from "../article-prescription.js";
import { asRussianArticleTitle } from "../article-title.js";
import { asRussianCallOutcome } from "../call-outcome.js";
import { asRussianCallPoint } from "../call-point.js";
import { asRussianCeasefireKeywords } from "../ceasefire-keywords.js";
import { asRussianEitherVoice } from "../either-voice.js";
import { asRussianExamplePlayers } from "../example-players.js";
import { asRussianMinistryKeywords, asRussianWhichOffice } from "../ministry-keywords.js";
import { asRussianNamesRoster } from "../names-roster.js";
import { asRussianPartyNeeds } from "../party-needs.js";
import { withoutRussianPersona } from "../persona-frame.js";
import { asRussianPlanAsked } from "../plan-asked.js";
import { withoutRussianSpeakerSetAside } from "../speaker-exclusion.js";
import { asStateToCome } from "../state-to-come.js";
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
import { asRussianCallKeywords } from "./call-keywords.js";
import { withoutComparedDegree } from "./compared-degree.js";
import { asRussianContactKind } from "./contact-kind.js";
import { asRussianControversialPart } from "./controversial-part.js";
import { asRussianCriticism } from "./criticism-slang.js";
import { asRussianEscalation } from "./escalation-slang.js";
import { withoutForOrAgainst } from "./for-or-against.js";
import { asRussianFormatPart } from "./format-part.js";
import { withBothSidesFrom } from "./from-both-sides.js";
import { withoutRussianGist } from "./gist-of-topic.js";
import { asRussianJoiningSlang } from "./joining-slang.js";
import { withoutListSize } from "./list-size.js";
import { withMinistryPlayersRegional } from "./ministry-position.js";
import { asRussianMinistryRole } from "./ministry-role.js";
import { asRussianMinistryTask } from "./ministry-task.js";
import { asRussianNameAsked } from "./name-asked.js";
import { asRussianNeededSteps } from "./needed-steps.js";
import { withElseOnBehalfAsVoices } from "./on-behalf.js";
import { asRussianPartnersWithWhom } from "./partners-with-whom.js";
import { asRussianPalestiniansWant } from "./party-wants.js";
import { asRussianPeaceProcessPart } from "./peace-process-part.js";
import { asRussianPeaceWanted } from "./peace-wanted.js";
import { asRussianQuartetDescribed } from "./quartet-described.js";
import { asRussianRejectedIdea } from "./rejected-idea.js";
import { withoutSaidSpecifically } from "./said-specifically.js";
import { asRussianSideTaking } from "./side-taking.js";
import { asRussianSilentOn } from "./silent-on.js";
import { asRussianStatementMeaning } from "./statement-meaning.js";
import { asRussianTalksHalt } from "./talks-halt.js";
import { asRussianTiesWithWhom } from "./ties-with-whom.js";
import { asRussianToldAbout } from "./told-about.js";
import { asRussianUnreportedAct } from "./unreported-act.js";
import { asRussianVoicePoints } from "./voice-points.js";
import { asRussianWhoIsSlip } from "./who-is-slip.js";
import { asRussianWhyRussia } from "./why-russia.js";

/** The Russian readers of what is asked, in the card's words, in their order within RUSSIAN_READERS. */
export const RUSSIAN_ASKED_READERS: readonly ((text: string) => string)[] = [
  // (quality48ru) «с кем вместе Россия продвигала переговоры» as the Quartet's other members (partners-with-whom.ts).
  asRussianPartnersWithWhom,
  // (quality49ru) «группа из четырёх посредников» as the Quartet (quartet-described.ts); «кремль вписывается?» as its role (joining-slang.ts).
  asRussianQuartetDescribed,
  asRussianJoiningSlang,
  asRussianStatementMeaning,
  asRussianVoicePoints,
  asRussianPlanAsked,
  asRussianNeededSteps,
  asRussianAllThisCause,
  asRussianTiesWithWhom,
  asRussianPeaceProcessPart,
  withoutSaidSpecifically,
  // (quality48ru) «какую задачу МИД ставит перед региональными игроками» as what it wants of them (ministry-task.ts).
  asRussianMinistryTask,
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
  withoutComparedDegree,
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
];
