// "Did they really say that?": the closest span of the article to a sentence, and whether the sentence stands
// there word for word, paraphrases it, changes its meaning, puts it in someone else's mouth, or is not there.
// The article reports positions ("Putin criticizes Washington…"); it quotes no one directly, so a verdict
// also says whose words the span are: a speaker as reported, or the article's own voice.
// Here only the assembly: the first reading of a claim (first-reading.ts, judge.ts), then the second readings,
// in order, each reading the verdict of those before it.

import { Lexicon } from "../answering/lexicon.js";
import { foldForMatch, type KnowledgeBase } from "../knowledge/index.js";
import { RecentCache } from "../lib/recent-cache.js";
import { judgingAbsentParty } from "./absent-party.js";
import { judgingAddedDeed } from "./added-deed.js";
import { judgingAddedDetail } from "./added-detail.js";
import { judgingAddedDuration } from "./added-duration.js";
import { judgingAddedFeeling } from "./added-feeling.js";
import { judgingAddedFigure } from "./added-figure.js";
import { judgingAddedFrequency } from "./added-frequency.js";
import { judgingAddedHedgeOrComparison, judgingComparisonApart } from "./added-hedge-or-comparison.js";
import { judgingAddedQuantifier } from "./added-quantifier.js";
import { judgingAdmissionVerb } from "./admission-verb.js";
import { judgingAgreementNews } from "./agreement-news.js";
import { judgingApprovalOfFault } from "./approval-of-fault.js";
import { judgingAuthorStance } from "./author-stance.js";
import { judgingBlameForSurge } from "./blame-for-surge.js";
import { judgingBlameOfFailure } from "./blame-of-failure.js";
import { judgingBothSidesPair } from "./both-sides-pair.js";
import { judgingCallFrame } from "./call-frame.js";
import { judgingCauseApart } from "./cause-apart.js";
import { judgingCitizensNews } from "./citizens-news.js";
import { nameResolver } from "./claim-names.js";
import { judgingClauseApart } from "./clause-apart.js";
import { judgingCompoundParty } from "./compound-party.js";
import { judgingConditionApart } from "./condition-apart.js";
import { judgingHeldTogether } from "./contact-words.js";
import { articleSentences, judgingContraryDeed } from "./contrary-deed.js";
import { compileContraryDeeds } from "./contrary-deed-file.js";
import { firstReading } from "./first-reading.js";
import { judgingFramedState } from "./framed-state.js";
import { judgingGroupLeft } from "./group-left.js";
import { judgingHedgeRemoved } from "./hedge-removed.js";
import { judgingIntensifier } from "./intensifier.js";
import { judgingJoinedDeed } from "./joined-deed.js";
import { judgingJoinedHalf } from "./joined-half.js";
import { createJudge } from "./judge.js";
import { judgingKnowingName } from "./knowing-name.js";
import { judgingLeadForAssist } from "./lead-for-assist.js";
import { judgingMentionDenied } from "./mention-denied.js";
import { judgingMetForCall } from "./met-for-call.js";
import { judgingMixedSpeakers } from "./mixed-speakers.js";
import { judgingNameNotName } from "./name-not-name.js";
import { judgingNewEvent } from "./new-event.js";
import { judgingNewSpeaker } from "./new-speaker.js";
import { judgingOneForAll, judgingPrimacyInPlace } from "./one-for-all.js";
import { judgingOnsetAsEstablish } from "./onset-as-establish.js";
import { judgingOrderReversed } from "./order-reversed.js";
import { judgingOwnDoing } from "./own-doing.js";
import { judgingPartyDoer } from "./party-doer.js";
import { judgingPeopleSay } from "./people-say.js";
import { judgingPositionFrame } from "./position-frame.js";
import { judgingPrescribedRemedy } from "./prescribed-remedy.js";
import { judgingPriorityOverAll } from "./priority-over-all.js";
import { judgingRankedTerms } from "./ranked-terms.js";
import { judgingRatherThan } from "./rather-than.js";
import { judgingReaction } from "./reaction.js";
import { judgingReadinessAsSeeks } from "./readiness-as-seeks.js";
import { judgingRefusedNews } from "./refused-news.js";
import { judgingScattered } from "./scattered.js";
import { judgingSecondReadings } from "./second-readings.js";
import { judgingSidesAddressed } from "./sides-addressed.js";
import { judgingSilenceOfSaid } from "./silence-of-said.js";
import { judgingSilentSpeaker } from "./silent-speaker.js";
import { judgingMovedSpeaker } from "./speaker-moved.js";
import { judgingSpeakerSwapped } from "./speaker-swapped.js";
import { judgingTitledName } from "./titled-name.js";
import { type ClaimChecker, type ClaimTuning, type ClaimVerdict, DEFAULT_CLAIM_TUNING } from "./types.js";
import { unitMemo } from "./unit-memo.js";
import { buildUnits } from "./units.js";
import { judgingUnknownBody } from "./unknown-body.js";
import { judgingUnnamedGroup } from "./unnamed-group.js";
import { judgingUnquotedName } from "./unquoted-name.js";
import { judgingUnreportedAct } from "./unreported-act.js";
import { judgingUrgencyHedged } from "./urgency-hedged.js";
import { judgingWalkedOut } from "./walked-out.js";
import { judgingWeakenedApart } from "./weakened-apart.js";
import { judgingWidenedWhole } from "./widened-whole.js";
import { judgingWrongRole } from "./wrong-role.js";

export { MAX_CLAIM_CHARS } from "./first-reading.js";

/** A second reading: the checker it reads after (which it may also ask about a part of the claim), wrapped. */
type SecondReading = (check: ClaimChecker) => ClaimChecker;

/** How many texts' first readings are kept (a claim and the statements and halves its readings read again). */
const FIRST_READINGS_KEPT = 16;

/**
 * `lexicon` and `russianLexicon`: the answering engine's (engine.lexicon), so the bot holds one copy of each
 * vocabulary; built here from kb when not given.
 */
export function createClaimChecker(
  kb: KnowledgeBase,
  lexicon: Lexicon = new Lexicon(kb),
  tuning: ClaimTuning = DEFAULT_CLAIM_TUNING,
  russianLexicon?: () => Lexicon | null,
): ClaimChecker {
  const index = buildUnits(kb, lexicon);
  const resolveName = nameResolver(kb, lexicon);
  const memo = unitMemo(index.units, lexicon);
  const judge = createJudge({ kb, lexicon, tuning, index, memo, resolveName });
  const first = firstReading({
    kb,
    lexicon,
    tuning,
    sourcesOf: index.sourcesOf,
    judge,
    resolveName,
    russianLexicon,
  });

  const { paragraphs } = kb.article;
  const translations = kb.locales?.ru?.translations ?? new Map<string, string>();
  const translated = [...translations.values()].join("\n");
  const articleAndTranslation = `${paragraphs.join("\n")}\n${translated}`;
  const sentences = articleSentences(paragraphs, translations, foldForMatch);
  const parties = kb.parties ?? [];
  // Who the article gives words to (its own voice included): anyone else it names is talked about only.
  const quotedSpeakers = new Set(kb.entries.flatMap((e) => e.quotes.map((q) => q.speaker)));
  // Each speaker's quoted passages, English or (for a Russian claim) their translations.
  const quotes = kb.entries.flatMap((e) => e.quotes);
  const passagesOf = (speakerId: string, russian: boolean) =>
    quotes
      .filter((q) => q.speaker === speakerId)
      .map((q) => (russian ? (translations.get(q.text) ?? "") : q.text));
  // In order: each reads the verdict of the readings above it. None confirms a claim the first reading did not,
  // but a reading in the passage's own word where one word of the claim lined up astray (blame-of-failure.ts,
  // talks-as-dialogue.ts, people-say.ts), and only when that reading changes nothing else.
  const secondReadings: SecondReading[] = [
    // "Putin and Erdogan held a phone call": Putin's call with Erdogan, when that reading confirms it.
    judgingHeldTogether,
    // "concern for civilians on both sides" of "casualties in Israel and the Gaza Strip": the passage's pair (both-sides-pair.ts).
    judgingBothSidesPair,
    // Not in the article, read again without its cause clause: the cause replaced (cause-apart.ts).
    judgingCauseApart,
    // Not in the article, read again without a condition of its own ("only after Hamas releases …"): altered.
    judgingConditionApart,
    // Not in the article, a weak word under piled modals ("might possibly hint at minor problems"): read without them.
    judgingWeakenedApart,
    // One party the article names put where the passage has all of them: altered.
    (check) => judgingOneForAll(check, articleAndTranslation, tuning),
    // A denial about a party the article never names: news, not in the article.
    (check) => judgingAbsentParty(check, articleAndTranslation, tuning, parties),
    // A deed said the other way round in words of its own ("walked away from" for "monopolizing").
    (check) =>
      judgingContraryDeed(check, sentences, compileContraryDeeds(kb.contraryDeeds ?? []), index.sourcesOf),
    // A mention the article says was not made, said to be made.
    (check) => judgingMentionDenied(check, sentences),
    // Two statements joined by "and", read half by half: a half that alters its passage alters the claim.
    judgingClauseApart,
    // "wants to lead the settlement talks itself": the passage's help made a lead, altered (lead-for-assist.ts).
    judgingLeadForAssist,
    // "Peskov says Russia is ready to help": his "seeks to assist", not ¶4's Kremlin readiness (readiness-as-seeks.ts).
    judgingReadinessAsSeeks,
    // "Russia quit the Quartet": a member's place in its group changed, short of a match (group-left.ts).
    judgingGroupLeft,
    // An event the article never reports: not in it.
    (check) => judgingNewEvent(check, paragraphs, translated),
    // One party alone where the passage has it only as half of "Israeli-Palestinian negotiations": not confirmed.
    (check) => judgingCompoundParty(check, sentences, parties),
    // "the last line says "…"": the article's words at that place.
    (check) => judgingPositionFrame(check, paragraphs.length),
    // A figure, a time, a superlative or a group's descriptor its passage does not give: never confirmed.
    (check) => judgingAddedDetail(check, paragraphs, translations),
    // Another sentence altered, a contact that is news (second-readings.ts).
    (check) => judgingSecondReadings(check, sentences, parties),
    // Blame ("criticized", «обвинил») for the failure the passage points at: read with its "highlights".
    judgingBlameOfFailure,
    // "Putin blames the US for this flare-up": ¶2's surge that shows the failure of US policy (blame-for-surge.ts).
    (check) => judgingBlameForSurge(check, articleAndTranslation, parties),
    // One party's interests ranked above everyone else's, where the article has all parties': altered.
    (check) => judgingPriorityOverAll(check, parties),
    // "Raisi, not Erdogan,": the article's name denied for one of the claim's own: altered.
    judgingNameNotName,
    // "people fear …" read as "many fear …" when that is all that changed.
    judgingPeopleSay,
    // A paraphrase no single sentence backs.
    (check) => judgingScattered(check, sentences),
    // A party made the doer of another's deed.
    (check) => judgingPartyDoer(check, sentences, parties),
    // Another voice's sentence reworded under a speaker's frame: misattributed (speaker-moved.ts).
    judgingMovedSpeaker,
    // «Песков признал необходимость создания …»: another speaker's words under one's name, short of a match.
    (check) => judgingSpeakerSwapped(check, kb),
    // "the foreign ministry said russia acknowledges …": Putin's words said of the state, under a frame (framed-state.ts).
    judgingFramedState,
    // "direct talks … to start" of "establish direct … dialogue": the onset verb read as the passage's.
    judgingOnsetAsEstablish,
    // "Israeli PM Netanyahu" in the place of the article's party: one actor, its title with it.
    (check) => judgingTitledName(check, paragraphs.join("\n")),
    // "global powers rather than regional players": the passage's thing set aside for one of the claim's own.
    judgingRatherThan,
    // "spoke with Erdogan and called for the fighting to go on": a true half confirming an altered one (joined-half.ts).
    (check) => judgingJoinedHalf(check, paragraphs),
    // "the leading role" of "a constructive role", near but short of a match: the part made stronger, altered.
    (check) => judgingPrimacyInPlace(check, tuning),
    // "Russian nationals are among the dead": citizens the passage never counts, news (citizens-news.ts).
    judgingCitizensNews,
    // "Peskov is Russia's foreign minister": a speaker given an office not theirs (wrong-role.ts).
    (check) => judgingWrongRole(check, [...kb.speakers, ...(kb.locales?.ru?.speakers ?? [])]),
    // "About a million former Russian citizens live in Israel …": a figure the article never gives (added-figure.ts).
    judgingAddedFigure,
    // "Lavrov blamed the United States …": a person never quoted given a speaker's words (unquoted-name.ts).
    (check) =>
      judgingUnquotedName(
        check,
        paragraphs.join("\n"),
        kb.speakers.flatMap((sp) => [sp.name, ...sp.aliases]),
      ),
    // "Netanyahu thanked Putin …", "Russia's ambassador to Israel said …": a speaker the article never has (new-speaker.ts).
    (check) => judgingNewSpeaker(check, paragraphs.join("\n")),
    // "Putin agrees (concedes) that the Palestinians need a state": the article's "acknowledges" (admission-verb.ts).
    judgingAdmissionVerb,
    // "what Russia itself has done in the peace process": the article's "Russia's own role in" (own-doing.ts).
    judgingOwnDoing,
    // "Putin called Erdogan twice this week", «в течение 48 часов»: how often / how long / by when, never confirmed.
    (check) => judgingAddedFrequency(check, articleAndTranslation),
    // "a ceasefire only after talks resume" of "a ceasefire and the resumption of talks": an order of its own.
    (check) => judgingOrderReversed(check, sentences, index.sourcesOf),
    // «давно разорвала все связи»: not in the article only for its intensifiers, altered without them.
    judgingIntensifier,
    // "… and suggested handing mediation to Ankara": a new deed joined to a reported one (added-deed.ts).
    judgingAddedDeed,
    // "The White House rejected Putin's criticism …": an answer to a speaker the article never reports (reaction.ts).
    judgingReaction,
    // "… and ignored compromises acceptable to both sides": a joined deed that is another actor's (joined-deed.ts).
    judgingJoinedDeed,
    // «В разговоре с Эрдоганом Путин поддержал политику США …»: the call's frame off, a stance reversed (call-frame.ts).
    judgingCallFrame,
    // "Putin proposed a 72-hour ceasefire": not in the article only for a duration of its own (added-duration.ts).
    judgingAddedDuration,
    // "Erdogan blamed Israel …": a party never given words, blaming another party than the passage's (silent-speaker.ts).
    (check) => judgingSilentSpeaker(check, quotedSpeakers),
    // «США отказались от сотрудничества с Россией в «квартете»»: a refused deed the passage never states (refused-news.ts).
    judgingRefusedNews,
    // "experts expressed concern over …", «дипломаты призвали …»: a group never named given the words (unnamed-group.ts).
    judgingUnnamedGroup,
    // "the arab league voiced deep concern …": a body of several words never named given the words (unknown-body.ts).
    (check) => judgingUnknownBody(check, paragraphs.join("\n")),
    // "with the whole world", «со всем миром» of ¶4's both sides: a whole the article never speaks of (widened-whole.ts).
    judgingWidenedWhole,
    // "coordinating every single regional player", «каждый палестинец»: a quantity word the passage never says.
    judgingAddedQuantifier,
    // "Putin is angry at the United States", «Путин доволен …»: a feeling the passage never reports (added-feeling.ts).
    judgingAddedFeeling,
    // "Putin said the US must consider compromises …": the remedy of what the passage faults, agreed (prescribed-remedy.ts).
    judgingPrescribedRemedy,
    // "Putin said Washington was right to monopolize …": approval of what the passage faults (approval-of-fault.ts).
    judgingApprovalOfFault,
    // «Кризис выйдет за пределы …», "the Kremlin will find a settlement": a hedge or an aim taken off (hedge-removed.ts).
    judgingHedgeRemoved,
    // «США, может быть, монополизируют …», "more worried about Gaza than Israel": a hedge or a ranking of its own.
    judgingAddedHedgeOrComparison,
    // "cares more about a ceasefire than about a Palestinian state": not in the article only for its ranking.
    judgingComparisonApart,
    // "cares more about a ceasefire than about a Palestinian state": two things of the speaker's ranked (ranked-terms.ts).
    (check) => judgingRankedTerms(check, passagesOf),
    // "Putin said nothing about the United States": a silence where the speaker's passage names the topic.
    (check) => judgingSilenceOfSaid(check, passagesOf, sentences, index.sourcesOf),
    // "Putin said a ceasefire might be worth considering at some point": an urgent call put off (urgency-hedged.ts).
    (check) => judgingUrgencyHedged(check, sentences, index.sourcesOf),
    // "Lavrov knows the Russian leader believes …": a person the article never names added (knowing-name.ts).
    (check) => judgingKnowingName(check, paragraphs.join("\n")),
    // "Peskov blamed the US and said the Kremlin wants to help …": one half another speaker's, misattributed.
    judgingMixedSpeakers,
    // "Putin flew to Ankara to meet Erdogan in person": a past meeting in place of the call, altered (met-for-call.ts).
    judgingMetForCall,
    // "Putin and Erdogan reached an agreement to resume negotiations": two parties' agreement is news (agreement-news.ts).
    judgingAgreementNews,
    // «Автор статьи считает, что всплеск насилия …»: the author holding a speaker's view (author-stance.ts).
    judgingAuthorStance,
    // "Putin urged the sides to get back to the negotiating table": ¶2's call, its addressee named (sides-addressed.ts).
    judgingSidesAddressed,
    // "Biden called Putin …", "The EU suspended its aid …", "Putin accused Israel of war crimes": an act the article
    // never reports, read altered for a near sentence's names: not in the article (unreported-act.ts).
    (check) => judgingUnreportedAct(check, articleAndTranslation),
    // "Putin walked out of the call with Erdogan", «Путин бросил трубку»: a deed put on ¶2's call, altered (walked-out.ts).
    judgingWalkedOut,
  ];
  // (claims40) The first reading of one text, kept for the few texts just read: the second readings read a claim's
  // statement or half again, and some were of a text read a moment before (193 of 8669 on the sets' claims). A verdict
  // is never changed in place (each reading spreads a new one), so the kept one is safe to hand out again.
  const recent = new RecentCache<string, ClaimVerdict>(FIRST_READINGS_KEPT);
  const firstKept: ClaimChecker = (text) => recent.getOrMake(text, () => first(text));
  return secondReadings.reduce((check, reading) => reading(check), firstKept);
}
