// The dialogue layer above the answering engine: a message and the chat's context in, structured replies and
// the next context out. It decides what a message is — small talk, a slip, a follow-up, two questions, a
// yes/no question or a plain one — and asks the engine only stand-alone questions. No Telegram here.
// This file routes a turn; the readers it routes to live beside it (dialogue-kit.ts lists what they share).

import { cyrillicNamesOf, withEnglishNames } from "../answering/cyrillic-names.js";
import { rambleQuestionOf } from "../answering/russian/ramble-question.js";
import type { Answer, Lang, Suggestion } from "../answering/types.js";
import { pronounAfterRefusal } from "./after-refusal.js";
import { createAgainstLastAnswer } from "./against-last-answer.js";
import { pronounPersonOf } from "./answered-person.js";
import { backToSpeakerOf } from "./back-to-speaker.js";
import { withTrueTag } from "./bare-tag.js";
import { topicSwitchOf, withoutChatGlue } from "./chat-glue.js";
import { claimQuestionOf } from "./claim-frame.js";
import { createClarifyChoice } from "./clarify-choice.js";
import { createContactMode } from "./contact-mode.js";
import type { YesNoVerdict } from "./conversation-file.js";
import { withDeniedMention } from "./denied-mention.js";
import { createContextReading, withVerdict } from "./dialogue-context.js";
import { answerReply, createDialogueKit, type DialogueDeps } from "./dialogue-kit.js";
import { backToEarlierOf, withEarlier } from "./earlier-speakers.js";
import {
  listedPartyAsked,
  listsInFull,
  memberOf,
  membershipOf,
  partyOf,
  restrictionOf,
  sameForParty,
} from "./elliptical.js";
import { followUpOf } from "./follow-up.js";
import { followUpFormOf } from "./follow-up-forms.js";
import { createFollowUpReplies } from "./follow-up-reply.js";
import { followUpWordingOf } from "./follow-up-wording.js";
import { createGroundedVerdicts } from "./grounded-verdicts.js";
import { identityAsked } from "./identity.js";
import { identityAskedRu } from "./identity-ru.js";
import { insteadAskedOf } from "./instead-asked.js";
import { fold, languageOf, parsingLanguageOf, wordCount, wordsFor } from "./language.js";
import { isArticleParty, learnerQuestionOf } from "./learner-question.js";
import { leftGroupOf } from "./left-group.js";
import { createMentionedBy } from "./mentioned-by.js";
import { moreShown } from "./more-next.js";
import { negatedMentionSentence } from "./negated-mention.js";
import { otherVoicesAsked } from "./other-voices.js";
import { createPartySwap } from "./party-swap.js";
import { answerPassiveAccusation } from "./passive-accusation.js";
import { personCountryAsked } from "./person-country.js";
import { createQuoteVoice } from "./quote-voice.js";
import { saidAnythingOf } from "./said-anything.js";
import { sameThingOf } from "./same-thing.js";
import { asksShorter, createShorter } from "./shorter.js";
import { withPlainTag } from "./slang-tag.js";
import { smallTalkOf } from "./small-talk.js";
import { createStandAlone } from "./stand-alone.js";
import { asksSuccess } from "./success-asked.js";
import { withSwitchUnderstood } from "./switch-understood.js";
import { stanceOfPartyAsked } from "./third-party-agreement.js";
import { trailingQuestionOf } from "./trailing-question.js";
import { withQuizRead } from "./true-or-false.js";
import { createTwoQuestions } from "./two-questions.js";
import { CONTEXT_TTL_MS, type DialogueContext, type DialogueTurn } from "./types.js";
import { whoIsPronounOf } from "./who-is-pronoun.js";
import { ellipticalWords, evidenceNames } from "./yes-again.js";
import { isYesNoQuestion } from "./yes-no-question.js";

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

/**
 * A preposition and a question word, nothing else: "between who?", "who with?", "а между кем?", "о чём?"; "then"
 * after it ("who with, then?", "а кому тогда?") after a No on the party.
 */
const DETAIL_ASKED =
  /^(?:(?:and|but|so|а|и|ну) )?(?:(?:between|with|against|to|from|by|among|about|on) (?:who|whom|what|which ones?)|who (?:with|between|to|against)|(?:между|с|со|против|о|об|про|у|к|от) (?:кем|кого|чем|ч[её]м|кому|чего|что|какими|какой)|кому(?= тогда))(?:,? (?:then|тогда|exactly|именно|же)){0,2}\s*\??$/u;
const CONTRACTED_PRONOUN = /(?<![\p{L}'])(he|she|they)'(s|re)(?![\p{L}])/gu;
const ANYTHING = /(?<!\p{L})(?:anything|something|что-нибудь|что-то|хоть что-то)(?!\p{L})/u;

/** The stored context while it is fresh and not a refusal's. */
const liveStored = (stored: DialogueContext | null, now: number): DialogueContext | null =>
  stored && !stored.refused && now - stored.at <= CONTEXT_TTL_MS ? stored : null;

export function createDialogue(deps: DialogueDeps): Dialogue {
  const kit = createDialogueKit(deps);
  const { engine, speakers, storySuggestions, noContext } = kit;
  const { contextAfter, resolveInContext } = createContextReading(kit);
  const {
    unnamedByArticle,
    answerUnnamedParty,
    answerRestriction,
    answerBareAlternative,
    answerSuccess,
    answerListedParty,
    answerSameFor,
    answerLeftGroup,
  } = createAgainstLastAnswer(kit);
  const standAlone = createStandAlone(kit);
  const { answerStandAlone, answerAlternative } = standAlone;
  const { answerFollowUp } = createFollowUpReplies(kit, standAlone);
  const contactMode = createContactMode(kit.kb, speakers);
  const groundedVerdict = createGroundedVerdicts(kit, unnamedByArticle);
  const cyrillicNames = cyrillicNamesOf(kit.kb);
  const quoteVoice = createQuoteVoice(kit);
  const mentionedBy = createMentionedBy(kit);
  const partySwap = createPartySwap(kit.findAnswer, kit.parties);
  const clarifyChoice = createClarifyChoice(kit.findAnswer);
  const shorter = createShorter(kit);
  const answerTwo = createTwoQuestions(kit, {
    answerStandAlone,
    answerFollowUp,
    contextAfter,
    resolveInContext,
  });

  const isParty = (name: string) =>
    isArticleParty(name) ||
    speakers.namedIn(name).length > 0 ||
    unnamedByArticle(name, languageOf(name, "en"));

  // "he talked about Russia's own role, right?" on evidence denying that mention: No (denied-mention.ts).
  // "was he mad at the us or nah": the slang tag read as ", or not?" (slang-tag.ts).
  // "Any quote from Erdogan?" as "did Erdogan say anything?" (said-anything.ts); "X. Did he?" as "X. Is that
  // true?" (bare-tag.ts).
  const respond: Dialogue["respond"] = (typed, options) => {
    const tagged = withTrueTag(withPlainTag(withQuizRead(typed)));
    const said = saidAnythingOf(tagged) ?? tagged;
    // "what does he say about the middle east then" after a refused question on Putin: Putin (after-refusal.ts).
    const plainTag =
      pronounAfterRefusal(
        said,
        options.context,
        options.now,
        speakers,
        parsingLanguageOf(said, options.lang),
      ) ?? said;
    // "back to Putin — why?": the follow-up read against the last question asked of Putin (earlier-speakers.ts).
    const back = backToEarlierOf(
      plainTag,
      options.context,
      speakers,
      parsingLanguageOf(plainTag, options.lang),
    );
    // "did Putin say the same thing?", "а Путин то же самое говорил?": the voice check (same-thing.ts).
    // "а США?" after "поддерживает ли Путин…? — Да": the stance asked of that party (third-party-agreement.ts).
    // "who is he exactly?": the person the last turn was about, by name (who-is-pronoun.ts).
    const swapped =
      whoIsPronounOf(plainTag, options.context, speakers, kit.kb, options.lang) ??
      stanceOfPartyAsked(
        plainTag,
        options.context?.question,
        languageOf(plainTag, options.lang),
        kit.parties,
      ) ??
      plainTag;
    const same = back ? null : sameThingOf(swapped);
    const sameContext = same?.against ? earlierContext(same.against, options) : options.context;
    const turn = back
      ? respondAll(back.followUp, { ...options, context: earlierContext(back.question, options) })
      : same && sameContext
        ? respondAll(same.question, { ...options, context: sameContext })
        : // "Is the US accused of …?": the active question of each voice (passive-accusation.ts).
          (answerPassiveAccusation(fold(swapped), (q) => respondAll(q, options), kit.parties) ??
          respondAll(swapped, options));
    const read = plainTag !== said ? withSwitchUnderstood(turn, plainTag, "pronoun") : turn;
    return withDeniedMention(plainTag, { ...read, context: withEarlier(turn.context, options.context) });
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
    // "правда? за что?", "really? why?": the surprise leads, the follow-up after it is the question.
    // "Back to the article: where…?": the lead-in drops the last answer, so the rest is read on its own.
    switched: string | null,
  ): DialogueTurn => {
    // "what did Путин tell Эрдоган?": an English question naming the story's people in Cyrillic, read in English.
    // "which foreign ministry, russian or turkish?", "did putin himself say that?" (follow-up-forms.ts).
    // "Здравствуйте! … коллега сказал, что … С кем был разговор…? Заранее спасибо": the question without the
    // courtesy and the story before it (answering/russian/ramble-question.ts).
    const unformed = withoutChatGlue(rambleQuestionOf(switched ?? typed) ?? switched ?? typed);
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
    const text = claimQuestionOf(learner ?? unglued, parsing, speakers) ?? learner ?? unglued;
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
    if (context && voiced)
      return { lang, replies: [voiced], context: { ...context, at: now, verdict: voiced.verdict } };

    // "which foreign ministry, russian or turkish?": the side the last answer names (clarify-choice.ts).
    const choice = context && glued !== unformed ? clarifyChoice(glued, context, lang) : null;
    if (context && choice)
      return { lang, replies: [choice], context: { ...context, at: now, verdict: null } };

    // "shorter", "ещё короче": the last answer in a smaller size (shorter.ts).
    const short = context && asksShorter(unformed) ? shorter(context, lang) : null;
    if (context && short) return { lang, replies: [short], context: { ...context, at: now, verdict: null } };

    // "Erdogan or Biden?" after an answer: the side the answer names.
    const bare = context ? answerBareAlternative(folded, context, lang, words) : null;
    if (context && bare) return { lang, replies: [bare], context: { ...context, at: now, verdict: null } };

    // "Only in Israel?" after an answer: read against that answer's evidence.
    const restriction = context ? restrictionOf(folded, words.lang) : null;
    if (context && restriction) {
      const reply = answerRestriction(restriction, context, lang, words);
      if (reply) return { lang, replies: [reply], context: { ...context, at: now, verdict: reply.verdict } };
    }

    // "И ей это удаётся?" after an answer: its outcome, which the article never reports.
    const success = context && asksSuccess(folded, words.lang) ? answerSuccess(context, lang, words) : null;
    if (context && success)
      return { lang, replies: [success], context: { ...context, at: now, verdict: "not-said" } };

    // "Between whom?", "about what?", "а с кем?": a preposition and a question word only ask for a detail of the
    // last answer; its evidence is what the article gives on it.
    const detail =
      context?.entryId && DETAIL_ASKED.test(folded) ? engine.answerForEntry(context.entryId, lang) : null;
    if (context && detail?.answered) {
      const reply = answerReply(detail, {
        understood: context.question,
        followUp: "pronoun",
        asked: context.question,
        verdict: null,
        verdictSource: null,
      });
      return { lang, replies: [reply], context: { ...context, at: now, verdict: null } };
    }

    // "Is Brazil in it?" after a list: a member the list does not have, read as "and Brazil?" after a yes on it.
    const member = context ? memberOf(folded, words.lang) : null;
    if (context && member && unnamedByArticle(member, words.lang)) {
      const reply = answerUnnamedParty(member, member, text, { ...context, verdict: "yes" }, lang, words);
      return { lang, replies: [reply], context: { ...context, at: now, verdict: reply.verdict } };
    }

    // "Is China in the Quartet?" asked first: the group's list, then China read against it as after a yes.
    const membership = member ? null : membershipOf(folded, words.lang);
    if (membership && unnamedByArticle(membership.party, words.lang)) {
      const list = kit.findAnswer(membership.group, lang);
      if (list.answered && list.kind === "entry") {
        const listed = contextAfter(membership.group, list, lang, now, words, null);
        if (listed) {
          const reply = answerUnnamedParty(
            membership.party,
            membership.party,
            text,
            { ...listed, verdict: "yes" },
            lang,
            words,
          );
          return { lang, replies: [reply], context: { ...listed, at: now, verdict: reply.verdict } };
        }
      }
    }

    // "did Russia leave the Quartet?": No where the group's full list names it (left-group.ts).
    const left = leftGroupOf(folded, words.lang);
    const leftList = left ? kit.findAnswer(left.group, lang) : null;
    const leftListed =
      left && leftList?.answered && leftList.kind === "entry"
        ? contextAfter(left.group, leftList, lang, now, words, null)
        : null;
    const leftReply = leftListed
      ? (left?.parties
          .map((party) => answerLeftGroup(party, text, leftListed, lang, words))
          .find((r) => r !== null) ?? null)
      : null;
    if (leftReply && leftListed)
      return { lang, replies: [leftReply], context: { ...leftListed, at: now, verdict: "no" } };

    // "And negotiations too?" right after a Yes: Yes again where the same evidence names it; after a No on a
    // list ("Is Iran in the Quartet?" — No), "and the EU?" is Yes where the list names it.
    const again =
      (context?.verdict === "yes" || context?.verdict === "no") &&
      context.entryId &&
      text.trim().endsWith("?")
        ? ellipticalWords(folded)
        : null;
    const sameEvidence = again && context?.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    if (
      context &&
      again &&
      sameEvidence?.answered &&
      // After a No that the evidence gives as a mention not made ("did he mention Russia's role?" — No), "and
      // the US?" asks about another mention, not a member of the list the evidence happens to quote.
      (context.verdict === "yes" ||
        (listsInFull(sameEvidence) && negatedMentionSentence(sameEvidence.answer) === undefined)) &&
      evidenceNames(again, sameEvidence, lang)
    ) {
      const reply = answerReply(sameEvidence, {
        understood: text,
        followUp: "topic-switch",
        asked: context.question,
        verdict: "yes",
        verdictSource: "article-text",
      });
      return { lang, replies: [reply], context: { ...context, at: now, verdict: "yes" } };
    }

    // "is China?", "а Турция?" after the Quartet's list: Yes or No from the list the article gives in full.
    const listedParty =
      context && text.trim().endsWith("?") ? listedPartyAsked(folded, words.lang, isParty) : null;
    const listed = context && listedParty ? answerListedParty(listedParty, text, context, lang, words) : null;
    if (context && listed)
      return { lang, replies: [listed], context: { ...context, at: now, verdict: listed.verdict } };
    // "same for the EU?", "а ЕС тоже обвиняет?": the last question of a party its evidence never names.
    const samePartyAsked = context && !listed ? sameForParty(folded, words.lang) : null;
    const same = context && samePartyAsked ? answerSameFor(samePartyAsked, text, context, lang, words) : null;
    if (context && same)
      return { lang, replies: [same], context: { ...context, at: now, verdict: same.verdict } };
    // "and Israel — same?" after a what-question whose evidence names Israel too: that evidence again.
    const sameNamed = context && samePartyAsked && !same && context.verdict == null ? samePartyAsked : null;
    const sameShown = sameNamed && context?.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    const sameWords = sameNamed ? ellipticalWords(sameNamed) : null;
    if (context && sameShown?.answered && sameWords && evidenceNames(sameWords, sameShown, lang)) {
      const reply = answerReply(sameShown, {
        understood: text,
        followUp: "topic-switch",
        asked: context.question,
        verdict: null,
        verdictSource: null,
      });
      return { lang, replies: [reply], context: { ...context, at: now, verdict: null } };
    }

    // "Was it a face-to-face meeting?" about the call the article reports: No, it was a phone call.
    const mode = contactMode(folded, words.lang, context?.entryId ?? null);
    const modeEvidence =
      mode && isYesNoQuestion(text, folded, words, words.lang)
        ? engine.answerForEntry(mode.entryId, lang)
        : null;
    // A verdict the article's text gives on an entry's evidence (the contact mode, a person's role).
    const articleVerdict = (evidence: Answer, verdict: YesNoVerdict): DialogueTurn => {
      const reply = answerReply(evidence, {
        understood: context ? text : null,
        followUp: context ? "pronoun" : null,
        asked: text,
        verdict,
        verdictSource: "article-text",
      });
      const next = contextAfter(reply.asked, reply.answer, lang, now, words, context);
      return { lang, replies: [reply], context: withVerdict(next, reply.verdict) };
    };
    if (mode && modeEvidence?.answered) return articleVerdict(modeEvidence, mode.verdict);
    // "Was that call with Netanyahu?", "so it's because …?" (grounded-verdicts.ts).
    const grounded = groundedVerdict(
      folded,
      words.lang,
      lang,
      context?.entryId ?? null,
      context?.speakerId ?? null,
      context?.question ?? null,
    );
    if (grounded) return articleVerdict(grounded.evidence, grounded.verdict);
    // "did Peskov mention a settlement?": Yes where that voice's own quotes hold it (mentioned-by.ts).
    const mention = mentionedBy(folded, words.lang, lang, context?.speakerId ?? null);
    if (mention) return articleVerdict(mention.evidence, mention.verdict);

    // "Is he the Russian president?": the role the article gives that person (identity.ts).
    // The last answer's text is read only when a pronoun needs it, not on every turn.
    const last = () => (context?.entryId ? (engine.answerForEntry(context.entryId, lang)?.answer ?? "") : "");
    // "he" after "who did Putin call?" is the person the answer gave (answered-person.ts).
    const asked = { speakerId: pronounPersonOf(context, speakers), answerText: last };
    const identity = (words.lang === "en" ? identityAsked : identityAskedRu)(folded, asked, kit.kb, speakers);
    const whoIs = identity ? engine.answerForEntry(`who-is-${identity.speakerId}`, lang) : null;
    if (identity && whoIs?.answered) return articleVerdict(whoIs, identity.verdict);
    // "Erdogan is from Russia?", "он работает на Турцию?": the country the person's role names (person-country.ts).
    const country = identity ? null : personCountryAsked(folded, words.lang, asked, kit.kb, speakers);
    const ofCountry = country ? engine.answerForEntry(`who-is-${country.speakerId}`, lang) : null;
    if (country && ofCountry?.answered) return articleVerdict(ofCountry, country.verdict);

    // "who else spoke?" after an answer: the article's roster of voices (other-voices.ts).
    const voices = context ? otherVoicesAsked(folded, words.lang) : null;
    if (voices) {
      const reply = answerStandAlone(voices, lang, words, voices, "pronoun", text);
      return {
        lang,
        replies: [reply],
        context: contextAfter(voices, reply.answer, lang, now, words, context),
      };
    }

    const followUp = followUpOf(folded, words, speakers);
    // "And China?": a party the article never names, after an answer.
    const party = context && followUp?.kind === "topic-switch" ? partyOf(followUp.topic, words.lang) : null;
    if (context && followUp?.kind === "topic-switch" && party && unnamedByArticle(party, words.lang)) {
      const reply = answerUnnamedParty(followUp.topic, party, text, context, lang, words);
      return { lang, replies: [reply], context: { ...context, at: now, verdict: reply.verdict } };
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
      return { lang, replies: [reply], context: { ...refusedAsk, at: now, verdict: reply.verdict } };
    }
    if (followUp) {
      // "а что Путин сказал про Вашингтон?" with no context is a question of its own, read below.
      const needsContext =
        followUp.kind !== "speaker-switch" &&
        followUp.kind !== "topic-switch" &&
        followUp.kind !== "asked-switch";
      if (context) {
        const reply = answerFollowUp(followUp, context, lang, words, text);
        const next =
          moreShown(reply, touched) ??
          (reply.kind === "answer"
            ? withVerdict(contextAfter(reply.asked, reply.answer, lang, now, words, context), reply.verdict)
            : touched);
        return { lang, replies: [reply], context: next };
      }
      // "Did Erdogan say anything about it?" first: whether that party spoke on the story stands alone.
      const anything = followUp.kind === "said-by" && ANYTHING.test(folded);
      if (needsContext && !anything) {
        const kind = followUp.kind === "said-by" ? "is-that-true" : followUp.kind;
        return { lang, replies: [noContext(kind, lang)], context: null };
      }
    }

    const parts = text
      .split(words.compoundSplit)
      .map((p) => p.trim())
      .filter((p) => wordCount(fold(p)) > 0);
    if (parts.length >= 2 && wordCount(fold(parts[0]!)) >= 2) {
      const two = answerTwo([parts[0]!, parts.slice(1).join(" ")], lang, words, context, now);
      if (two) return { lang, ...two };
    }

    const resolved = resolveInContext(folded, context, lang, words);
    const reply =
      answerAlternative(resolved ?? folded, lang, words, resolved !== null) ??
      answerStandAlone(resolved ?? text, lang, words, resolved, resolved ? "pronoun" : null, text);
    return {
      lang,
      replies: [reply],
      context: withVerdict(contextAfter(reply.asked, reply.answer, lang, now, words, context), reply.verdict),
    };
  };

  const afterButton: Dialogue["afterButton"] = (entryId, { lang, context, now }) => {
    const answer = engine.answerForEntry(entryId, lang);
    const stored = context && now - context.at <= CONTEXT_TTL_MS ? context : null;
    if (!answer) return stored;
    return contextAfter(answer.title, answer, lang, now, wordsFor(lang), stored);
  };

  return { respond, afterButton, storySuggestions };
}
