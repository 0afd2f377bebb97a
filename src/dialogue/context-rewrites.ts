// The rewriting readers of a turn, asked in order before the dialogue's readers: each knows one kind of message
// and puts it as the stand-alone question it asks ("so who are they rooting for" after Russia's ties → "whose side is
// russia on?"), most of them against the chat's context. The first that knows the message rewrites it; a message
// none knows goes on as typed. Moved out of dialogue.ts (dialog30b), which routes the rewritten turn.
import type { Lang } from "../answering/types.js";
import { aboutThenOf } from "./about-then.js";
import { alsoTiesOf } from "./also-ties.js";
import { articleAboutOf, mentionedThereOf } from "./article-about-ru.js";
import { articleGivesOf, articleSaysOf } from "./article-says.js";
import { articleThereOf } from "./article-there.js";
import { askedForOf } from "./asked-for.js";
import { bodyItOf } from "./body-it.js";
import { bothTermsOf } from "./both-terms.js";
import { bothWhoOf } from "./both-who.js";
import { bothWhyOf } from "./both-why.js";
import { callForThenOf } from "./call-for-then.js";
import { callItOf } from "./call-it.js";
import { calledOneOf } from "./called-one.js";
import { entryCarriedOf } from "./carried-asks.js";
import { ceasefireTimingOf } from "./ceasefire-timing.js";
import { concernAboutThatOf } from "./concern-about-that.js";
import { contactInsteadOf } from "./contact-instead.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { droppedSubjectRuOf } from "./dropped-subject-ru.js";
import { embeddedYesNoOf } from "./embedded-yes-no.js";
import { fightingContinueOf } from "./fighting-continue.js";
import { gistAskedOf } from "./gist-asked.js";
import { groupMadeUpOf } from "./group-it.js";
import { groupItRuOf } from "./group-it-ru.js";
import { hinderedByOf } from "./hindered-by.js";
import { hisViewDroppedOf, hisViewNamedOf } from "./his-view.js";
import { inFavourOf } from "./in-favour-ru.js";
import { involvedAskedOf, theirLeaderOf } from "./involved-asked.js";
import { languageOf, parsingLanguageOf } from "./language.js";
import { learnerPreambleEnOf } from "./learner-preamble-en.js";
import { ledYesNoOf } from "./led-yes-no.js";
import { mainFigureOf } from "./main-figure.js";
import { meaningAskedOf } from "./meaning-asked.js";
import { objectFirstRuOf } from "./object-first-ru.js";
import { objectSwapRuOf } from "./object-swap-ru.js";
import { othersInGroupOf } from "./others-in-group.js";
import { partyPartOf } from "./party-part.js";
import { partyTakeOf } from "./party-take.js";
import { peaceRoleOf } from "./peace-role.js";
import { peopleAsCiviliansOf } from "./people-as-civilians.js";
import { piecePointOf } from "./piece-point.js";
import { plainFormRuOf } from "./plain-form-ru.js";
import { proposedRemedyOf } from "./proposed-remedy.js";
import { quartetTagOf } from "./quartet-tag.js";
import { rambleClauseOf } from "./ramble-clause.js";
import { saidBackOf } from "./said-back.js";
import { saidToWhomOf } from "./said-to-whom.js";
import { separatelyAskedOf } from "./separately-asked.js";
import { shouldHaveDoneOf } from "./should-have-done.js";
import { sideTakenOf } from "./side-taken.js";
import { forAsSupportOf } from "./stance-for.js";
import { supportThatOf } from "./support-that.js";
import { supportTopicOf } from "./support-topic.js";
import { talkedWithOf } from "./talked-with.js";
import { thatPolicyOf } from "./that-policy.js";
import { thatRoleOf } from "./that-role.js";
import { themTopicOf } from "./them-topic.js";
import { theyFailedOf } from "./they-failed.js";
import { stanceOfPartyAsked } from "./third-party-agreement.js";
import type { DialogueContext } from "./types.js";
import { unsaidWantOf } from "./unsaid-want.js";
import { usWrongViewOf } from "./us-wrong-view.js";
import { voiceAndPartyOf } from "./voice-and-party.js";
import { voiceDroppedRuOf } from "./voice-dropped-ru.js";
import { voiceMentionOwnedOf } from "./voice-mention-owned.js";
import { voiceOnPartyOf } from "./voice-on-party.js";
import { voiceOnThatOf } from "./voice-on-that.js";
import { whoDidThenOf } from "./who-did-then.js";
import { whoIsPronounOf } from "./who-is-pronoun.js";
import { wrongThereOf } from "./wrong-there.js";

/** The message as the stand-alone question a rewriting reader makes of it (itself when none does); `ties` is
 * carried-asks.ts's rewrite, whose card says how it read the message. */
export function rewrittenInContext(
  plainTag: string,
  { context, lang }: { context: DialogueContext | null; lang: Lang },
  kit: DialogueKit,
): { rewritten: string; ties: string | null } {
  // "а США?" after "поддерживает ли Путин…? — Да": the stance asked of that party (third-party-agreement.ts).
  // "who is he exactly?": the person the last turn was about, by name (who-is-pronoun.ts).
  // "ok who did then" after "did Peskov call for a ceasefire? — doesn't say": asked of anyone (who-did-then.ts).
  // "who else is in it?" after "is Russia part of the Quartet?": the group's members (others-in-group.ts).
  // "what was the main message of the call": what the call was about (gist-asked.ts).
  // "does putin want the fighting to continue?": asked as opposing a ceasefire (fighting-continue.ts).
  // "did turkey say anything back": "back" as "in response" (said-back.ts).
  // "why are they worried?" after the ministry, "even hamas?" after the contacts (spread-remedy.ts).
  // "ну а что про сша в статье": the party asked as "сша в статье" (article-about-ru.ts).
  // "what should they have done differently": what the party failed to do (should-have-done.ts).
  // "an independent one?", "and hamas?", "on both sides or just gaza?" … against the last entry (carried-asks.ts).
  // «и санкций тоже?» after Putin's wants, a wish the evidence never names: not rewritten (unsaid-want.ts).
  const ties = unsaidWantOf(plainTag, context, kit)
    ? null
    : entryCarriedOf(plainTag, context, kit.kb, kit.parties);
  const rewritten =
    // «а прямой диалог он поддерживает?»: the object put first, asked in plain order (object-first-ru.ts).
    // (quality45ru) «X среди тех, с кем …», «речь идёт о …» in the plain form (plain-form-ru.ts).
    plainFormRuOf(plainTag) ??
    // (verdict48) "sorry for my english. putin want ceasefire?": the question without the apology (learner-preamble-en.ts).
    learnerPreambleEnOf(plainTag) ??
    // (verdict46) "could you tell me if putin called erdogan", «не подскажете, звонил ли …?»: the clause asked plainly (embedded-yes-no.ts).
    embeddedYesNoOf(plainTag) ??
    // (verdict46) "is putin for us policy?", «путин за политику сша?»: his support asked (stance-for.ts).
    forAsSupportOf(plainTag) ??
    // (quality46ru) «Упоминал ли Путин переговоры?» as «Путин говорил о …» where the engine owns its Yes (voice-mention-owned.ts).
    voiceMentionOwnedOf(plainTag, lang, kit.findAnswer) ??
    objectFirstRuOf(plainTag) ??
    // "erdogan putin phone call. was it about gaza": the yes/no clause standing alone (led-yes-no.ts).
    ledYesNoOf(plainTag, parsingLanguageOf(plainTag, lang), kit.findAnswer) ??
    // «а с хамасом отдельно?» after «…только с палестинцами? — Нет»: asked again without "only" (separately-asked.ts).
    separatelyAskedOf(plainTag, context, kit.parties, lang) ??
    // «турция же в квартете, да?», "turkey's in the quartet, right?": the plain membership question (quartet-tag.ts).
    quartetTagOf(plainTag) ??
    // «путин из-за этого переживает?» after where civilians die: his concern over the casualties (concern-about-that.ts).
    concernAboutThatOf(plainTag, context, kit, lang) ??
    // "what is that role, then?" after "Putin didn't mention Russia's own role…": that party's role (that-role.ts).
    thatRoleOf(plainTag, context) ??
    // "which aspect of that policy does he criticize?" after US policy: the policy named (that-policy.ts).
    thatPolicyOf(plainTag, context) ??
    // "time frame for the ceasefire?", «в какие сроки нужно прекращение огня?»: the immediate one (ceasefire-timing.ts).
    ceasefireTimingOf(plainTag) ??
    // "who's calling for one?" after "will the ceasefire happen soon?": who calls for that thing (called-one.ts).
    calledOneOf(plainTag, context) ??
    // "does he support them?", «он их поддерживает?» after a turn on a topic: the topic (support-topic.ts).
    supportTopicOf(plainTag, context, lang) ??
    // "does putin support that?" after the aspiration for an independent state: the state (support-that.ts).
    supportThatOf(plainTag, context, kit, lang) ??
    // «он за него?» after «а про палестинское государство?»: his support of the last topic (in-favour-ru.ts).
    inFavourOf(plainTag, context) ??
    // "…a big mess with everyone pointing fingers, but does putin want the fighting to stop?" (ramble-clause.ts).
    rambleClauseOf(plainTag, parsingLanguageOf(plainTag, lang), kit.findAnswer) ??
    // "so who are they backing in the end", «за кого москва болеет»: Russia's side, asked plainly (side-taken.ts).
    sideTakenOf(plainTag, context) ??
    // «а песков там тоже есть?» after a turn on the article: whether it names him (article-there.ts).
    articleThereOf(plainTag, context, kit.speakers) ??
    // "and the people of gaza?" after Israeli civilians: the civilians in Gaza (people-as-civilians.ts).
    peopleAsCiviliansOf(plainTag, context) ??
    // «а за жителей газы?» after «путин переживает за мирных жителей израиля?»: the object swapped (object-swap-ru.ts).
    objectSwapRuOf(plainTag, context) ??
    // "is russia on good terms with both sides?": the contact with both warring sides (both-terms.ts).
    bothTermsOf(plainTag) ??
    // "why does russia say it can talk to both sides": the reason, its ties with both (both-why.ts).
    bothWhyOf(plainTag) ??
    // «путин и сша что сказал»: his words about the US (voice-and-party.ts).
    voiceAndPartyOf(plainTag, kit.speakers) ??
    // "both being who" after the contact with "both warring sides": the two sides (both-who.ts).
    bothWhoOf(plainTag, context, kit, lang) ??
    // «в смысле монополизирует?»: what the word means, «что значит …?» (meaning-asked.ts).
    meaningAskedOf(plainTag) ??
    // "who did he say it to" after Putin's words on the call: whom he spoke to on the phone (said-to-whom.ts).
    saidToWhomOf(plainTag, context, kit, lang) ??
    // "who was on it?" after "when did the phone call take place": who spoke on the phone (call-it.ts).
    callItOf(plainTag, context, lang) ??
    // "does it keep in touch with both sides?" after Peskov as the Kremlin's voice: "it" is the Kremlin (body-it.ts).
    bodyItOf(plainTag, context, kit, lang) ??
    whoIsPronounOf(plainTag, context, kit.speakers, kit.kb, lang) ??
    // "what did the americans do wrong there" after the palestinian state: on that matter (wrong-there.ts).
    wrongThereOf(plainTag, context, lang) ??
    // "so what did the us get wrong in his view" (no "there"): both of Putin's charges (us-wrong-view.ts).
    usWrongViewOf(plainTag, context, lang) ??
    // «что россия предлагает для прекращения насилия»: the ceasefire and the talks (proposed-remedy.ts).
    proposedRemedyOf(plainTag, lang) ??
    // "does it also have ties with the palestinians?": the "also" that split it in two dropped (also-ties.ts).
    alsoTiesOf(plainTag) ??
    // "what did peskov say about hamas": whether he said anything of it, he never names it (voice-on-party.ts).
    voiceOnPartyOf(plainTag, kit, lang, kit.findAnswer) ??
    // «а зачем он нужен» after the Quartet's members: «он» is the group, not Moscow (group-it-ru.ts).
    groupItRuOf(plainTag, context) ??
    // "why was it dreamed up?" after the Quartet: the group, "created" (group-it.ts).
    (context?.refused ? null : groupMadeUpOf(plainTag, context?.entryId)) ??
    // «кто там главный персонаж», "who's the main character here": the summary's lead (main-figure.ts).
    mainFigureOf(plainTag, context, kit.speakers, lang, kit.findAnswer) ??
    // «а путин что по этому поводу» after the casualties: his words on that topic (voice-on-that.ts).
    voiceOnThatOf(plainTag, context, kit.speakers, lang, kit.findAnswer) ??
    // "what about them exactly" after Putin on the palestinians: "them" is the palestinians (them-topic.ts).
    themTopicOf(plainTag, context, kit.parties, kit.speakers, lang) ??
    // "so he thinks they blew it?" after Putin's charge: "they" is the US the answer faults (they-failed.ts).
    theyFailedOf(plainTag, context, kit, lang) ??
    // "whats russias take": that voice's position on the story (party-take.ts).
    partyTakeOf(plainTag, kit.speakers) ??
    // "is the un even involved in the peace stuff?": membership of the group formed for the talks (peace-role.ts).
    peaceRoleOf(plainTag, kit.kb, kit.parties) ??
    // "is turkey involved in this somehow": whether the article names it (involved-asked.ts).
    involvedAskedOf(plainTag, kit.kb) ??
    // "who's their leader again" after Turkey: that country's leader (involved-asked.ts).
    theirLeaderOf(plainTag, context?.question, kit.kb) ??
    whoDidThenOf(plainTag, context, kit.speakers, lang) ??
    // «а к чему тогда» after «путин призывает израиль к военному ответу?»: what he calls for (call-for-then.ts).
    callForThenOf(plainTag, context, kit.speakers, lang) ??
    // "а с кем тогда?" after «путин говорил с нетаньяху?» — doesn't say: whom he did talk to (contact-instead.ts).
    contactInsteadOf(plainTag, context, kit.speakers, lang) ??
    othersInGroupOf(plainTag, context?.question) ??
    stanceOfPartyAsked(plainTag, context?.question, languageOf(plainTag, lang), kit.parties) ??
    gistAskedOf(plainTag) ??
    // "what's the bottom line of this piece, like what's it trying to tell me…": the conclusion (piece-point.ts).
    piecePointOf(plainTag) ??
    partyPartOf(plainTag) ??
    // "what did he ask him for?": what the caller urged, "what did he call for?" (asked-for.ts).
    askedForOf(plainTag) ??
    fightingContinueOf(plainTag) ??
    saidBackOf(plainTag) ??
    // «а реально нейтральна?» after Russia's stance: the last question's voice as the subject (dropped-subject-ru.ts).
    droppedSubjectRuOf(plainTag, context?.question, (t) => kit.speakers.namedIn(t)) ??
    // (quality47ru) «ну а про израиль что сказал?» after Putin: what he said of it (voice-dropped-ru.ts).
    voiceDroppedRuOf(
      plainTag,
      context?.question,
      (t) => kit.speakers.namedIn(t),
      (id) => kit.speakers.isPerson(id),
    ) ??
    articleAboutOf(plainTag) ??
    mentionedThereOf(plainTag) ??
    shouldHaveDoneOf(plainTag, context?.question, kit.parties) ??
    // "and with palestinians?" after Russia's ties with Israel: its ties with that side (ties-swap.ts).
    ties ??
    // "путин говорил с ним?": talking with someone, not what he said (talked-with.ts).
    talkedWithOf(plainTag) ??
    // "ok what does it say then": the article as a whole; "does it give numbers?": the article (article-says.ts).
    articleSaysOf(plainTag) ??
    // "so whats it about then", «о чём говорили то»: the article's topic, the call's matter (about-then.ts).
    aboutThenOf(plainTag, context?.question) ??
    articleGivesOf(plainTag) ??
    // "а кто по его мнению этому мешал": the view's frame dropped, the voice is the context's (his-view.ts);
    // "а кто этому мешал" is who the article faults for it, "кто в этом виноват?" (hindered-by.ts).
    // «а какую роль сама россия играла, по его словам?»: another party named, the voice kept by name (his-view.ts).
    (context ? hisViewNamedOf(plainTag, context.speakerId, kit.speakers) : null) ??
    (context ? hinderedByOf(hisViewDroppedOf(plainTag) ?? plainTag) : null) ??
    (context ? hisViewDroppedOf(plainTag) : null) ??
    plainTag;
  return { rewritten, ties };
}
