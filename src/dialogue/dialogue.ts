// The dialogue layer above the answering engine: a message and the chat's context in, structured replies and
// the next context out. It decides what a message is — small talk, a slip, a follow-up, two questions, a
// yes/no question or a plain one — and asks the engine only stand-alone questions. No Telegram here.
// This file routes a turn: the message's rewrites first (chat tags and slips here, the rewriting readers in
// context-rewrites.ts), then it reads the turn once (turn-reading.ts) and hands it to the readers in order —
// last-answer-turns.ts, list-turns.ts, article-verdict-turns.ts, follow-up-turns.ts, then plain-turns.ts (two
// questions, or the stand-alone reading); the readers live beside it (dialogue-kit.ts lists what they share).

import type { Lang, Suggestion } from "../answering/types.js";
import { addedAsSaid } from "./added-said.js";
import { pronounAfterRefusal } from "./after-refusal.js";
import { createAgainstLastAnswer } from "./against-last-answer.js";
import { allInterestsAsked } from "./all-interests.js";
import { createArticleVerdictTurns } from "./article-verdict-turns.js";
import { backToSpeakerOf } from "./back-to-speaker.js";
import { withTrueTag } from "./bare-tag.js";
import { punctuatedTruthTagOf } from "./bare-truth-tag.js";
import { blameCleftOf } from "./blame-cleft.js";
import { bothTiesOf } from "./both-ties.js";
import { withoutCallMatter } from "./call-matter-dropped.js";
import { topicSwitchOf, withoutChatGlue, withoutTrailingGlue } from "./chat-glue.js";
import { conflictNamedOf, stanceOnConflictOf } from "./conflict-named.js";
import { rewrittenInContext } from "./context-rewrites.js";
import { dativePronounOf } from "./dative-pronoun-ru.js";
import { withDeniedMention } from "./denied-mention.js";
import { createContextReading } from "./dialogue-context.js";
import { createDialogueKit, type DialogueDeps } from "./dialogue-kit.js";
import { directDialogueRu } from "./direct-dialogue-ru.js";
import { withoutDisbeliefTag } from "./disbelief-tag.js";
import { backToEarlierOf, withEarlier } from "./earlier-speakers.js";
import { withoutEmphaticTo } from "./emphatic-to.js";
import { createFollowUpReplies } from "./follow-up-reply.js";
import { createFollowUpTurns } from "./follow-up-turns.js";
import { ideaAsThingOf } from "./idea-of.js";
import { withIsUncontracted } from "./is-contraction.js";
import { fold, languageOf, parsingLanguageOf, wordsFor } from "./language.js";
import { turnOnLast } from "./last-answer-chain.js";
import { createLastAnswerTurns } from "./last-answer-turns.js";
import { createListTurns } from "./list-turns.js";
import { memberRoleAsked } from "./member-role.js";
import { mentionInOrderOf } from "./mention-order.js";
import { notButOf } from "./not-but.js";
import { objectPronounOf } from "./object-pronoun.js";
import { createOffStoryAskedTurn } from "./off-story-asked.js";
import { oneWhoAsked } from "./one-who.js";
import { pairTiesAsked } from "./pair-ties.js";
import { pairTopicOf } from "./pair-topic.js";
import { createPartySwap } from "./party-swap.js";
import { partyThemOf } from "./party-them.js";
import { withPartyTypos } from "./party-typos.js";
import { activeReadingsOf, answerPassiveAccusation } from "./passive-accusation.js";
import { createPlainTurns } from "./plain-turns.js";
import { promisedAsReadyOf } from "./promised-to.js";
import { quotedQuestionOf } from "./quoted-asked.js";
import { remedyAsked } from "./remedy-asked.js";
import { saidAnythingOf } from "./said-anything.js";
import { sameThingOf } from "./same-thing.js";
import { keptOutAsked } from "./sidelines.js";
import { situationObjectOf } from "./situation-object.js";
import { withPlainTag } from "./slang-tag.js";
import { spokesmanStanceTurn } from "./spokesman-stance.js";
import { stanceOnEscalationOf } from "./stance-on-escalation.js";
import { createStandAlone } from "./stand-alone.js";
import { stressedTiesOf } from "./stressed-ties.js";
import { switchThenQuestionOf } from "./switch-then-question.js";
import { withSwitchUnderstood } from "./switch-understood.js";
import { talksAsNegotiationsOf } from "./talks-noun.js";
import { withGuess } from "./then-what.js";
import { theyThemOf } from "./they-them.js";
import { tiesAgeAsked } from "./ties-age.js";
import { tooOrOnlyOf, withBothHalves } from "./too-or-only.js";
import { withQuizRead } from "./true-or-false.js";
import { createTurnReading } from "./turn-reading.js";
import { createTwoQuestions } from "./two-questions.js";
import { twoSidesDialogueOf } from "./two-sides-dialogue.js";
import { CONTEXT_TTL_MS, type DialogueContext, type DialogueTurn } from "./types.js";
import { withoutVagueTag } from "./vague-tag.js";
import { voiceCheckOf } from "./voice-check.js";
import { whyThenQuestionOf } from "./why-then-question.js";

export { withoutChatGlue } from "./chat-glue.js";
export type { DialogueDeps } from "./dialogue-kit.js";

export interface Dialogue {
  respond(text: string, options: { lang: Lang; context: DialogueContext | null; now: number }): DialogueTurn;
  /** A pressed answer button: the context as if its question had been typed ("why?" after it has context). */
  afterButton(
    entryId: string,
    options: { lang: Lang; context: DialogueContext | null; now: number },
  ): DialogueContext | null;
  /** The story's point: suggested on /start, /help, refusals and slips, in the reader's language. */
  storySuggestions(lang: Lang): Suggestion[];
}

export function createDialogue(deps: DialogueDeps): Dialogue {
  const kit = createDialogueKit(deps);
  const { engine, speakers, storySuggestions } = kit;
  const contextReading = createContextReading(kit);
  const { contextAfter, resolveInContext } = contextReading;
  const againstLast = createAgainstLastAnswer(kit);
  const standAlone = createStandAlone(kit);
  const { answerStandAlone } = standAlone;
  const followUpReplies = createFollowUpReplies(kit, standAlone);
  const { answerFollowUp } = followUpReplies;
  const partySwap = createPartySwap(kit.findAnswer, kit.parties, speakers);
  const answerTwo = createTwoQuestions(kit, {
    answerStandAlone,
    answerFollowUp,
    contextAfter,
    resolveInContext,
  });
  const readTurn = createTurnReading(kit);
  const offStoryAsked = createOffStoryAskedTurn(kit, contextAfter);
  // The readers of a read turn, in the order they are asked: the first with a turn answers it.
  const readers = [
    createLastAnswerTurns(kit, againstLast),
    createListTurns(kit, againstLast, contextReading),
    createArticleVerdictTurns(kit, againstLast, contextReading),
    createFollowUpTurns(kit, againstLast, contextReading, standAlone, followUpReplies),
  ];
  const plainTurn = createPlainTurns(kit, contextReading, standAlone, answerTwo);

  // "he talked about Russia's own role, right?" on evidence denying that mention: No (denied-mention.ts).
  // "was he mad at the us or nah": the slang tag read as ", or not?" (slang-tag.ts).
  // "Any quote from Erdogan?" as "did Erdogan say anything?" (said-anything.ts); "X. Did he?" as "X. Is that
  // true?" (bare-tag.ts).
  const respond: Dialogue["respond"] = (typing, options) => {
    // "did putin blame isreal?": a party's name mistyped, read as the parties' table spells it (party-typos.ts).
    // "…calls itself impartial? give me a break": the asker's disbelief after the question asks nothing (disbelief-tag.ts).
    // "who is he btw": the trailing intensifier off before the context rewrites read "who is he" (chat-glue.ts).
    // "what did putin say to erdogan about gaza": the call's content, the conflict it was about (call-matter-dropped.ts).
    // «о чем говорили-то», «а путин-то что»: the emphatic «-то» taken off the word (emphatic-to.ts).
    // "why? what did they do wrong": the question after the bare "why?" is the one asked (why-then-question.ts).
    // "and the kremlin? do they talk to both sides": the question with the switch's voice for "they" (switch-then-question.ts).
    // "and then what, talks?": the guess after the bare "then what" is the follow-up (then-what.ts).
    // "who's trying to stabilize it?": the pronoun stabilized is the situation, in the article's words (situation-object.ts);
    // "what country's he from?" as "what country is he from?" (is-contraction.ts).
    const uncontracted = withIsUncontracted(typing);
    const situated = situationObjectOf(uncontracted) ?? uncontracted;
    const asked =
      whyThenQuestionOf(situated) ??
      switchThenQuestionOf(situated, (t) => speakers.namedIn(t)) ??
      withGuess(situated);
    const scoffless = withoutCallMatter(withoutDisbeliefTag(withoutTrailingGlue(withoutEmphaticTo(asked))));
    // "…do they have people there or something?", «…или как?»: the vague tag dropped (vague-tag.ts).
    // "…state is that true", "…quartet thing right": the truth tag punctuated (bare-truth-tag.ts).
    const untagged = withoutVagueTag(scoffless) ?? punctuatedTruthTagOf(scoffless) ?? scoffless;
    // «прямые переговоры израиля и палестинцев?»: the article's direct dialogue (direct-dialogue-ru.ts).
    const typo = directDialogueRu(withPartyTypos(untagged, kit.parties) ?? untagged);
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
      keptOutAsked(typo) ??
      memberRoleAsked(typo) ??
      allInterestsAsked(typo, options.lang) ??
      talksAsNegotiationsOf(typo) ??
      mentionInOrderOf(typo, speakers) ??
      typo;
    // "so that was the foreign ministry, not putin?", «а это точно не путин сказал?»: the voice check (not-but.ts).
    const typed =
      (options.context
        ? notButOf(fold(spelled), parsingLanguageOf(spelled, options.lang), speakers)
        : null) ?? spelled;
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
      voiceCheckOf(idealess, speakers) ??
      idealess;
    // "what does he say about the middle east then" after a refused question on Putin: Putin (after-refusal.ts).
    const plainTag =
      pronounAfterRefusal(
        said,
        options.context,
        options.now,
        speakers,
        parsingLanguageOf(said, options.lang),
      ) ??
      // "why does having both matter to moscow" after the ties with each side: the ties with both (both-ties.ts).
      bothTiesOf(said, options.context) ??
      // "why does moscow stress all that" after the ties: its ties with both sides (stressed-ties.ts).
      stressedTiesOf(said, options.context?.question) ??
      // "how old are those ties?" of the Palestinians: whether they are long-standing (ties-age.ts).
      tiesAgeAsked(said, options.context?.question) ??
      // "but they do have links with them?" after "is russia pro-hamas?": "them" is Hamas (they-them.ts).
      theyThemOf(said, options.context, kit.parties) ??
      // "does russia deal with them?" after "what is hamas": "them" is the one party asked of (party-them.ts).
      partyThemOf(said, options.context, kit.parties) ??
      said;
    // "back to Putin — why?": the follow-up read against the last question asked of Putin (earlier-speakers.ts).
    const back = backToEarlierOf(
      plainTag,
      options.context,
      speakers,
      parsingLanguageOf(plainTag, options.lang),
    );
    // "did Putin say the same thing?", "а Путин то же самое говорил?": the voice check (same-thing.ts).
    // The message read against the context before the readers: a rewrite of it as a stand-alone question, if one of
    // the rewriting readers knows its kind (context-rewrites.ts); `ties` is carried-asks.ts's (the card says so).
    const { rewritten, ties } = rewrittenInContext(plainTag, options, kit);
    // "did putin talk to him?" after "who is peskov": "him" is the last turn's person (object-pronoun.ts).
    // «что ему сказал путин?» after «кто такой Эрдоган?»: «ему» is that person, in the dative (dative-pronoun-ru.ts).
    const swapped =
      objectPronounOf(rewritten, options.context, speakers, options.lang) ??
      dativePronounOf(rewritten, options.context, speakers, options.lang) ??
      rewritten;
    const same = back ? null : sameThingOf(swapped);
    const sameContext = same?.against ? earlierContext(same.against, options) : options.context;
    // "а США в этом участвуют?" after the Foreign Ministry's call, "so the hamas link is real?", "like what": the
    // readers of the message against the last turn, in their order (last-answer-chain.ts).
    // "он за мирное урегулирование?" of Peskov: asked of the Kremlin he speaks for, a Yes kept (spokesman-stance.ts).
    const doer =
      // "who is the president of palestine", "whats turkey's inflation rate rn": refused (off-story-asked.ts).
      offStoryAsked(plainTag, options) ??
      turnOnLast(swapped, options, kit, (q) => respondAll(q, options)) ??
      (same || back || activeReadingsOf(fold(swapped), kit.parties)
        ? null
        : spokesmanStanceTurn(swapped, options.context, kit, options.lang, (q) => respondAll(q, options)));
    const turn = doer
      ? doer
      : back
        ? respondAll(back.followUp, { ...options, context: earlierContext(back.question, options) })
        : same && sameContext
          ? respondAll(same.question, { ...options, context: sameContext })
          : // "Is the US accused of …?": the active question of each voice (passive-accusation.ts).
            (answerPassiveAccusation(fold(swapped), (q) => respondAll(q, options), kit.parties) ??
            respondAll(swapped, options));
    // The card of a rewritten follow-up says how it was read ("I read this as: what ties does russia have with…").
    const read =
      plainTag !== said
        ? withSwitchUnderstood(turn, plainTag, "pronoun")
        : ties && rewritten === ties
          ? withSwitchUnderstood(turn, ties, "topic-switch")
          : turn;
    const halves = withBothHalves(read, tooOnly);
    return withDeniedMention(plainTag, { ...halves, context: withEarlier(turn.context, options.context) });
  };
  const earlierContext = (question: string, { lang, now }: { lang: Lang; now: number }) => {
    const asked = languageOf(question, lang);
    return contextAfter(question, kit.findAnswer(question, asked), asked, now, wordsFor(asked), null);
  };
  // "Back to Putin — who does he blame?": the name in place of the pronouns, read on its own (back-to-speaker.ts).
  // "and with the palestinians?", "а Россия?": the last question asked again of that party (party-swap.ts).
  // Either card says what it understood (switch-understood.ts).
  const respondAll: Dialogue["respond"] = (typed, options) => {
    const { lang: readerLang, context: stored, now } = options;
    const topic = topicSwitchOf(typed);
    const back = topic ? null : backToSpeakerOf(typed, speakers, languageOf(typed, readerLang));
    const swap =
      topic || back
        ? null
        : partySwap(
            withoutChatGlue(typed),
            stored && now - stored.at <= CONTEXT_TTL_MS ? stored : null,
            languageOf(typed, readerLang),
          );
    const turn = respondRead(typed, options, topic ?? back ?? swap);
    return withSwitchUnderstood(turn, back ?? swap, back ? "speaker-switch" : "topic-switch");
  };
  const respondRead = (
    typed: string,
    { lang: readerLang, context: stored, now }: Parameters<Dialogue["respond"]>[1],
    switched: string | null,
  ): DialogueTurn => {
    const reading = readTurn(typed, readerLang, stored, now, switched);
    for (const read of readers) {
      const turn = read(reading);
      if (turn) return turn;
    }
    return plainTurn(reading);
  };

  const afterButton: Dialogue["afterButton"] = (entryId, { lang, context, now }) => {
    const answer = engine.answerForEntry(entryId, lang);
    const stored = context && now - context.at <= CONTEXT_TTL_MS ? context : null;
    if (!answer) return stored;
    return contextAfter(answer.title, answer, lang, now, wordsFor(lang), stored);
  };

  return { respond, afterButton, storySuggestions };
}
