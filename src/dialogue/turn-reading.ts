// What a turn is read as before any reader sees it: the typed text made plain (chat glue, rambles, follow-up
// forms and wordings, trailing and "instead" questions, Cyrillic names in English, a learner's question, a claim
// asked as "is it true that X?"), its language and words, and the stored context still live for it.
// Kept out of dialogue.ts: every reader of a turn takes this one reading; dialogue.ts only routes it.

import { cyrillicNamesOf, withEnglishNames } from "../answering/cyrillic-names.js";
import { rambleQuestionOf } from "../answering/russian/ramble-question.js";
import { asRussianSpreadPrevention } from "../answering/russian/spread-prevention.js";
import type { Lang } from "../answering/types.js";
import { withoutChatGlue } from "./chat-glue.js";
import { claimQuestionOf } from "./claim-frame.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { fightingContinueOf } from "./fighting-continue.js";
import { followUpFormOf } from "./follow-up-forms.js";
import { followUpWordingOf } from "./follow-up-wording.js";
import { insteadAskedOf } from "./instead-asked.js";
import { type DialogueWords, fold, languageOf, parsingLanguageOf, wordsFor } from "./language.js";
import { learnerQuestionOf } from "./learner-question.js";
import { trailingQuestionOf } from "./trailing-question.js";
import { CONTEXT_TTL_MS, type DialogueContext } from "./types.js";

const CONTRACTED_PRONOUN = /(?<![\p{L}'])(he|she|they)'(s|re)(?![\p{L}])/gu;

/** One turn as its readers see it. */
export interface TurnReading {
  /** The message without chat glue or a ramble around it (before follow-up forms). */
  unformed: string;
  /** `unformed` with a follow-up form read ("which foreign ministry, russian or turkish?"). */
  glued: string;
  /** The question the turn asks, as asked ("is it true that X?" for a claim). */
  text: string;
  /** `text` folded, contracted pronouns spelled out. */
  folded: string;
  /** The reply's language. */
  lang: Lang;
  words: DialogueWords;
  now: number;
  /** The stored context while fresh and not switched away from (a refusal's too). */
  live: DialogueContext | null;
  /** `live` unless a refusal's: what follow-ups are read against. */
  context: DialogueContext | null;
  /** `live` at this turn's time: the context a reply that changes nothing keeps. */
  touched: DialogueContext | null;
}

/** The stored context while it is fresh and not a refusal's. */
const liveStored = (stored: DialogueContext | null, now: number): DialogueContext | null =>
  stored && !stored.refused && now - stored.at <= CONTEXT_TTL_MS ? stored : null;

/** Reads a turn once for every reader; forgets the answers a new entry no longer settles (kit.forgetAnswers). */
export function createTurnReading(kit: DialogueKit) {
  const { speakers } = kit;
  const cyrillicNames = cyrillicNamesOf(kit.kb);
  return (
    typed: string,
    readerLang: Lang,
    stored: DialogueContext | null,
    now: number,
    // "правда? за что?", "really? why?": the surprise leads, the follow-up after it is the question.
    // "Back to the article: where…?": the lead-in drops the last answer, so the rest is read on its own.
    switched: string | null,
  ): TurnReading => {
    // "what did Путин tell Эрдоган?": an English question naming the story's people in Cyrillic, read in English.
    // "which foreign ministry, russian or turkish?", "did putin himself say that?" (follow-up-forms.ts).
    // "Здравствуйте! … коллега сказал, что … С кем был разговор…? Заранее спасибо": the question without the
    // courtesy and the story before it (answering/russian/ramble-question.ts).
    // Not when its question points back at the spread the story told ("…перерастёт в региональную войну. … что
    // предлагает россия, чтобы этого не случилось"): without the story, "этого" is lost (russian/spread-prevention.ts).
    const message = switched ?? typed;
    const pointsBackAtSpread = asRussianSpreadPrevention(message) !== message;
    const unformed = withoutChatGlue((pointsBackAtSpread ? null : rambleQuestionOf(message)) ?? message);
    const glued = followUpFormOf(unformed, kit.parties) ?? unformed;
    // "wat did he mean", "which part is Peskov's?", "and Peskov again?", "the second one" (follow-up-wording.ts).
    const lastText = () =>
      stored?.question ? kit.findAnswer(stored.question, languageOf(glued, readerLang)).answer : null;
    // "Putin phoned somebody about it — who?" as "who did Putin phoned about it?" (trailing-question.ts).
    const plain =
      followUpWordingOf(glued, languageOf(glued, readerLang), speakers, lastText) ??
      trailingQuestionOf(glued) ??
      insteadAskedOf(glued, languageOf(glued, readerLang), liveStored(stored, now)) ??
      glued;
    const unglued = withEnglishNames(plain, cyrillicNames) ?? plain;
    const lang = languageOf(unglued, readerLang);
    // "Putin called Erdogan, right?", "my uncle says X… is that true?": the claim asked as "is it true that X?".
    const parsing = parsingLanguageOf(unglued, readerLang);
    // "Putin want stop fire?": a learner's yes/no question, asked back with its auxiliary (learner-question.ts).
    const learner = parsing === "en" ? learnerQuestionOf(fold(unglued), unglued, speakers) : null;
    const claimed = claimQuestionOf(learner ?? unglued, parsing, speakers);
    // "I read that Putin wants the war to go on… is that what this article says?": the wish read, also under "this
    // article" (only there: other claims so framed read better whole), fighting-continue.ts.
    const thisArticle = claimed ? null : claimQuestionOf(thisAsThe(learner ?? unglued), parsing, speakers);
    const wish = fightingContinueOf(claimed ?? thisArticle ?? "");
    const text = wish ?? claimed ?? learner ?? unglued;
    const words = wordsFor(parsingLanguageOf(text, readerLang));
    const live = stored && !switched && now - stored.at <= CONTEXT_TTL_MS ? stored : null;
    // Right after a refusal nothing is read against the turn before it ("ok, and Peskov?" stands alone).
    const context = live?.refused ? null : live;
    kit.forgetAnswers(context?.entryId ?? null);
    // "so he's against Israel?": the pronoun read, not lost in its contraction.
    const folded = fold(text).replace(
      CONTRACTED_PRONOUN,
      (_m, who: string, verb: string) => `${who} ${verb === "s" ? "is" : "are"}`,
    );
    const touched = live ? { ...live, at: now } : null;
    return { unformed, glued, text, folded, lang, words, now, live, context, touched };
  };
}

/** "is that what this article says?" as "… the article says?" (the claim frame's wording). */
const thisAsThe = (text: string): string =>
  text.replace(/\bthis (article|story|piece|text|report)\b/giu, "the $1");
