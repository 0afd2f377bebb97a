// The turns that ask no new question: a bare button number, small talk, and the short follow-ups read against the
// last answer itself — its voice ("is that a direct quote?"), the side it names, a shorter size, a bare
// alternative, a restriction, its outcome, a detail ("between whom?"). Read first, before lists, verdicts and
// follow-ups (dialogue.ts routes a turn through them in that order).

import type { createAgainstLastAnswer } from "./against-last-answer.js";
import { createClarifyChoice } from "./clarify-choice.js";
import { asksDetailOfAnswer } from "./detail-of-answer.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { answerReply } from "./dialogue-kit.js";
import { restrictionOf } from "./elliptical.js";
import { isUsFailure } from "./failed-party.js";
import { evidenceAgainTurn, keptContextTurn } from "./kept-context-turn.js";
import { fold } from "./language.js";
import { openExampleOf } from "./named-example.js";
import { asksStatedPurpose } from "./purpose-asked.js";
import { createQuoteVoice } from "./quote-voice.js";
import { asksShorter, createShorter } from "./shorter.js";
import { smallTalkOf } from "./small-talk.js";
import { asksSuccess } from "./success-asked.js";
import type { TurnReading } from "./turn-reading.js";
import type { DialogueTurn } from "./types.js";
import { asksWhoFailedThat } from "./who-failed.js";

/**
 * A preposition and a question word, nothing else: "between who?", "who with?", "а между кем?", "о чём?"; "then"
 * after it ("who with, then?", "а кому тогда?") after a No on the party.
 */
const DETAIL_ASKED =
  /^(?:(?:and|but|so|а|и|ну) )?(?:(?:between|with|against|to|from|by|among|about|on) (?:who|whom|what|which ones?)|who (?:with|between|to|against)|(?:между|с|со|против|о|об|про|у|к|от) (?:кем|кого|чем|ч[её]м|кому|чего|что|какими|какой)|кому(?= тогда))(?:,? (?:then|тогда|exactly|именно|же)){0,2}\s*\??$/u;

/**
 * A word of the last answer and what it is of: "failure of what exactly", "concern for whom?", «провал чего?»
 * (dialog43): a detail of that answer, read like DETAIL_ASKED when the word stands in the answer.
 */
const NOUN_OF_ASKED =
  /^(?:(?:and|but|so|а|и|ну) )?(\p{L}{4,}) (?:of|by|for|to|with|against|over|about|чего|кого|кому|чем|ч[её]м|с кем|о ч[её]м|за что|на кого)(?: (?:what|who|whom|which))?(?:,? (?:then|тогда|exactly|именно|же)){0,2}\s*\??$/u;

/** The typed word stands in the last answer (by its first four letters). */
const nounInAnswer = (folded: string, answer: string): boolean => {
  const noun = NOUN_OF_ASKED.exec(folded)?.[1];
  if (!noun || (/^[a-z]/u.test(noun) && !/ (?:what|who|whom|which)(?:\W|$)/u.test(folded))) return false;
  return fold(answer).includes(noun.slice(0, 4));
};

export function createLastAnswerTurns(
  kit: DialogueKit,
  { answerRestriction, answerBareAlternative, answerSuccess }: ReturnType<typeof createAgainstLastAnswer>,
) {
  const { engine, storySuggestions } = kit;
  const quoteVoice = createQuoteVoice(kit);
  const clarifyChoice = createClarifyChoice(kit.findAnswer);
  const shorter = createShorter(kit);

  return ({
    unformed,
    glued,
    folded,
    lang,
    words,
    now,
    live,
    context,
    touched,
  }: TurnReading): DialogueTurn | null => {
    if (/^\d{1,3}$/.test(folded)) {
      return {
        lang,
        replies: [
          {
            kind: "no-such-button",
            number: Number(folded),
            buttons: live?.buttons ?? 0,
            suggestions: storySuggestions(lang),
          },
        ],
        context: touched,
      };
    }
    const talk = smallTalkOf(folded, words);
    if (talk)
      return {
        lang,
        replies: [{ kind: "small-talk", talk, suggestions: storySuggestions(lang) }],
        context: touched,
      };

    // "did he really say that?", "is that a direct quote?", "это точная цитата?": the last answer's voice.
    const voiced = context ? quoteVoice(folded, context, lang, words.lang) : null;
    if (context && voiced) return keptContextTurn(lang, voiced, context, now, voiced.verdict);

    // "which foreign ministry, russian or turkish?": the side the last answer names (clarify-choice.ts).
    const choice = context && glued !== unformed ? clarifyChoice(glued, context, lang) : null;
    if (context && choice) return keptContextTurn(lang, choice, context, now, null);

    // "shorter", "ещё короче": the last answer in a smaller size (shorter.ts).
    const short = context && asksShorter(unformed) ? shorter(context, lang) : null;
    if (context && short) return keptContextTurn(lang, short, context, now, null);

    // "Erdogan or Biden?" after an answer: the side the answer names.
    const bare = context ? answerBareAlternative(folded, context, lang, words) : null;
    if (context && bare) return keptContextTurn(lang, bare, context, now, null);

    // "Only in Israel?" after an answer: read against that answer's evidence.
    const restriction = context ? restrictionOf(folded, words.lang) : null;
    if (context && restriction) {
      const reply = answerRestriction(restriction, context, lang, words);
      if (reply) return keptContextTurn(lang, reply, context, now, reply.verdict);
    }

    // "И ей это удаётся?" after an answer: its outcome, which the article never reports.
    const success = context && asksSuccess(folded, words.lang) ? answerSuccess(context, lang, words) : null;
    if (context && success) return keptContextTurn(lang, success, context, now, "not-said");

    // "like to lebanon?" after "…it does not say where it might spread": doesn't say, on that evidence (named-example.ts).
    const open = context?.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    const example = context && open?.answered ? openExampleOf(unformed, open.answer) : null;
    if (context && open && example) {
      const reply = answerReply(open, {
        understood: `${context.question} — ${example}`,
        followUp: "topic-switch",
        asked: context.question,
        verdict: "not-said",
        verdictSource: "article-text",
      });
      return keptContextTurn(lang, reply, context, now, "not-said");
    }

    // "Between whom?", "about what?", "а с кем?": a preposition and a question word only ask for a detail of the
    // last answer; its evidence is what the article gives on it.
    // "what for", «и зачем» after an answer that names its own purpose: that answer again (purpose-asked.ts).
    const lastText = context?.entryId
      ? (engine.answerForEntry(context.entryId, words.lang)?.answer ?? "")
      : "";
    const detail =
      context?.entryId &&
      (DETAIL_ASKED.test(folded) ||
        asksStatedPurpose(folded, lastText) ||
        // "what exactly failed?", «и без учёта чего?»: the last answer's own verb or omission (detail-of-answer.ts).
        asksDetailOfAnswer(folded, lastText) ||
        nounInAnswer(folded, engine.answerForEntry(context.entryId, words.lang)?.answer ?? ""))
        ? engine.answerForEntry(context.entryId, lang)
        : null;
    // "and who failed to deliver that", «кто им этого не дал»: the party the last answer's evidence faults (who-failed.ts).
    const failed =
      !detail && context?.entryId && asksWhoFailedThat(folded, words.lang)
        ? engine.answerForEntry(context.entryId, lang)
        : null;
    const again =
      failed?.answered && failed.quotes.some((q) => isUsFailure(q.text.toLowerCase()))
        ? failed
        : detail?.answered
          ? detail
          : null;
    if (!context || !again) return null;
    return evidenceAgainTurn(
      again,
      { understood: context.question, followUp: "pronoun", verdict: null },
      context,
      lang,
      now,
    );
  };
}
