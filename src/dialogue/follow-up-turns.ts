// The follow-ups read as such (follow-up.ts): "who else spoke?" after an answer, "And China?" of a party the
// article never names (after an answer, or after a refused question on another unnamed party), and every other
// follow-up answered against the context (follow-up-reply.ts) — or, with no context, refused as needing one.
// After a who-said-that reply the context's speaker is the person quoted (said-voice.ts).
// dialogue.ts routes a turn here after the article's verdicts (article-verdict-turns.ts); a null falls through to
// two questions and the stand-alone reading.

import type { createAgainstLastAnswer } from "./against-last-answer.js";
import { type ContextReading, withVerdict } from "./dialogue-context.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { partyOf } from "./elliptical.js";
import { followUpOf } from "./follow-up.js";
import type { FollowUpReplies } from "./follow-up-reply.js";
import { keptContextTurn, oneReplyTurn } from "./kept-context-turn.js";
import { moreShown } from "./more-next.js";
import { offStorySwitch } from "./off-story-switch.js";
import { otherVoicesAsked } from "./other-voices.js";
import { withSaidVoice } from "./said-voice.js";
import { sharedViewAsked } from "./shared-view.js";
import type { StandAloneReaders } from "./stand-alone.js";
import type { TurnReading } from "./turn-reading.js";
import type { DialogueTurn } from "./types.js";
import { whyOfNo } from "./why-of-no.js";

const ANYTHING = /(?<!\p{L})(?:anything|something|что-нибудь|что-то|хоть что-то)(?!\p{L})/u;
/**
 * "was it Lavrov who said the Kremlin wants to play a constructive role?": the words said are typed out (a clause of
 * three words or more after the verb, not "that"/"it" nor "the constructive role thing"): with no context the question stands alone (the engine's
 * wrong-party reading finds whose words they are; quality-en44).
 */
const OWN_WORDS =
  /(?<!\p{L})(?:said|says|say|stated|claimed|stressed|mentioned|promised)(?: that)? (?!(?:that|this|it|so|those words)(?: \p{L}+)?$)\p{L}+(?: [\p{L}'-]+){2,}(?<! (?:thing|things|stuff|bit|part|line|quote|remark|comment))$/u;

export function createFollowUpTurns(
  kit: DialogueKit,
  { unnamedByArticle, answerUnnamedParty }: ReturnType<typeof createAgainstLastAnswer>,
  { contextAfter }: ContextReading,
  { answerStandAlone }: StandAloneReaders,
  { answerFollowUp }: FollowUpReplies,
) {
  const { speakers, noContext } = kit;

  return ({ text, folded, lang, words, now, live, context, touched }: TurnReading): DialogueTurn | null => {
    // "who else spoke?" after an answer: the article's roster of voices (other-voices.ts).
    // "is that just putin's view or the whole govt?", «кто ещё так считает?»: the same roster (shared-view.ts).
    const voices = context
      ? (otherVoicesAsked(folded, words.lang) ?? sharedViewAsked(folded, words.lang))
      : null;
    if (voices) {
      const reply = answerStandAlone(voices, lang, words, voices, "pronoun", text);
      return oneReplyTurn(lang, reply, contextAfter(voices, reply.answer, lang, now, words, context));
    }

    // "why not" after a No: the last question's why (why-of-no.ts).
    const followUp = whyOfNo(folded, context) ?? followUpOf(folded, words, speakers);
    // "And China?": a party the article never names, after an answer.
    const party = context && followUp?.kind === "topic-switch" ? partyOf(followUp.topic, words.lang) : null;
    if (context && followUp?.kind === "topic-switch" && party && unnamedByArticle(party, words.lang)) {
      const reply = answerUnnamedParty(followUp.topic, party, text, context, lang, words);
      return keptContextTurn(lang, reply, context, now, reply.verdict);
    }
    // "is Hezbollah part of this?" (not in the article: refused, doesn't say), then "and Iran?": the same question
    // of another party the article never names — doesn't say either, with nothing of the turn before as evidence.
    const refusedAsk = !context && live?.refused && live.verdict === "not-said" ? live : null;
    const otherParty =
      refusedAsk && followUp?.kind === "topic-switch" ? partyOf(followUp.topic, words.lang) : null;
    if (
      refusedAsk &&
      followUp?.kind === "topic-switch" &&
      otherParty &&
      unnamedByArticle(otherParty, words.lang)
    ) {
      const reply = answerUnnamedParty(
        followUp.topic,
        otherParty,
        text,
        { ...refusedAsk, entryId: null },
        lang,
        words,
      );
      return keptContextTurn(lang, reply, refusedAsk, now, reply.verdict);
    }
    // "а что там с курсом доллара", "and what about the dollar rate?" mid-chat: off the story, it stands alone
    // (refused) instead of being put to the last question (off-story-switch.ts).
    if (context && followUp && offStorySwitch(kit, followUp, words.lang)) {
      kit.forgetAnswers(null);
      const reply = answerStandAlone(text, lang, words, null, null, text);
      return oneReplyTurn(lang, reply, contextAfter(reply.asked, reply.answer, lang, now, words, context));
    }
    if (followUp) {
      // "а что Путин сказал про Вашингтон?" with no context is a question of its own, read below.
      const needsContext =
        followUp.kind !== "speaker-switch" &&
        followUp.kind !== "topic-switch" &&
        followUp.kind !== "asked-switch";
      if (context) {
        const reply = answerFollowUp(followUp, context, lang, words, text);
        // "кто это сказал?": the next "он" is the person quoted (said-voice.ts).
        const next =
          moreShown(reply, touched) ??
          (reply.kind === "answer"
            ? withVerdict(contextAfter(reply.asked, reply.answer, lang, now, words, context), reply.verdict)
            : withSaidVoice(reply, touched, speakers));
        return oneReplyTurn(lang, reply, next);
      }
      // "Did Erdogan say anything about it?" first: whether that party spoke on the story stands alone.
      const anything =
        followUp.kind === "said-by" &&
        (ANYTHING.test(folded) || OWN_WORDS.test(folded.replace(/[?!.…]+$/u, "")));
      if (needsContext && !anything) {
        const kind = followUp.kind === "said-by" ? "is-that-true" : followUp.kind;
        return oneReplyTurn(lang, noContext(kind, lang), null);
      }
    }
    return null;
  };
}
