// The dialogue layer above the answering engine: a message and the chat's context in, structured replies and
// the next context out. It decides what a message is — small talk, a slip, a follow-up, two questions, a
// yes/no question or a plain one — and asks the engine only stand-alone questions. No Telegram here.
// This file routes a turn: the message's own rewrites first (tags, slips and shapes: message-rewrites.ts), then
// those against the context (here and the rewriting readers of context-rewrites.ts), then it reads the turn once (turn-reading.ts) and hands it to the readers in order —
// last-answer-turns.ts, list-turns.ts, article-verdict-turns.ts, follow-up-turns.ts, then plain-turns.ts (two
// questions, or the stand-alone reading); the readers live beside it (dialogue-kit.ts lists what they share).

import type { Lang, Suggestion } from "../answering/types.js";
import { pronounAfterRefusal } from "./after-refusal.js";
import { createAgainstLastAnswer } from "./against-last-answer.js";
import { createArticleVerdictTurns } from "./article-verdict-turns.js";
import { backToSpeakerOf } from "./back-to-speaker.js";
import { bothTiesOf } from "./both-ties.js";
import { topicSwitchOf, withoutChatGlue } from "./chat-glue.js";
import { rewrittenInContext } from "./context-rewrites.js";
import { dativePronounOf } from "./dative-pronoun-ru.js";
import { withDeniedMention } from "./denied-mention.js";
import { createContextReading } from "./dialogue-context.js";
import { createDialogueKit, type DialogueDeps } from "./dialogue-kit.js";
import { backToEarlierOf, withEarlier } from "./earlier-speakers.js";
import { createFollowUpReplies } from "./follow-up-reply.js";
import { createFollowUpTurns } from "./follow-up-turns.js";
import { fold, languageOf, parsingLanguageOf, wordsFor } from "./language.js";
import { turnOnLast } from "./last-answer-chain.js";
import { createLastAnswerTurns } from "./last-answer-turns.js";
import { createListTurns } from "./list-turns.js";
import { rewrittenMessage } from "./message-rewrites.js";
import { objectPronounOf } from "./object-pronoun.js";
import { createOffStoryAskedTurn } from "./off-story-asked.js";
import { createPartySwap } from "./party-swap.js";
import { partyThemOf } from "./party-them.js";
import { activeReadingsOf, answerPassiveAccusation } from "./passive-accusation.js";
import { createPlainTurns } from "./plain-turns.js";
import { sameThingOf } from "./same-thing.js";
import { spokesmanStanceTurn } from "./spokesman-stance.js";
import { createStandAlone } from "./stand-alone.js";
import { stressedTiesOf } from "./stressed-ties.js";
import { withSwitchUnderstood } from "./switch-understood.js";
import { theyThemOf } from "./they-them.js";
import { tiesAgeAsked } from "./ties-age.js";
import { withBothHalves } from "./too-or-only.js";
import { createTurnReading } from "./turn-reading.js";
import { createTwoQuestions } from "./two-questions.js";
import { CONTEXT_TTL_MS, type DialogueContext, type DialogueTurn } from "./types.js";

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
    // The message's own rewrites, context-free but for the voice check's (message-rewrites.ts).
    const { said, tooOnly } = rewrittenMessage(typing, options.lang, options.context !== null, kit);
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
