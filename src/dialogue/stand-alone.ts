// A question that stands alone (typed so, or rewritten from a follow-up): the engine's answer, rescued from a
// refusal where it can be, with its yes/no verdict; "does the article mention X?" and "X or Y?" read first.
// This file keeps the order of the readers; each reads one thing in its own file:
//   mention-answer.ts       "does the article mention X?" from the article's text
//   party-person.ts         a country the engine could not place, asked of its one unquoted person ("doesn't say")
//   rescue.ts, said-otherwise.ts, said-about-gap.ts   a refusal or an unsure answer turned into an answer
//   ambiguous-yes-no.ts     a yes/no question settles the engine's choice between two entries
//   topical-entry.ts        an English yes/no asked again in the words of the entry it is about
//   place-word-verdict.ts   the plain verdict (through a loaded negation; "там" left out where it blocks one)
//   kremlin-stance.ts       the Kremlin's stance asked yes/no: Russia's Yes on the same entry
//   inner-restriction.ts    "only X?", "not only X?" against the evidence
//   contact-evidence.ts     a Yes on the Kremlin's contact with one side shown on the contact card
//   off-story-reply.ts      a yes/no about what the article never speaks of: refused
//   said-claim-reply.ts     "is it true that X said…?": the claim checker's verdict
//   alternative-answer.ts   "X or Y?": the side the article supports

import { asksForecast } from "../answering/future-outcome.js";
import { QUESTION_IN_MESSAGE } from "../answering/question-pieces.js";
import type { Lang } from "../answering/types.js";
import { admissionAsReaction } from "./admission.js";
import { answerAlternative } from "./alternative-answer.js";
import { settledAmbiguity } from "./ambiguous-yes-no.js";
import { asksBotForSomething } from "./bot-request.js";
import { contactEvidence } from "./contact-evidence.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import { createEvidenceNaming } from "./evidence-naming.js";
import { framedClauseOf } from "./framed-forecast.js";
import { restrictedVerdict } from "./inner-restriction.js";
import { asksJudgementRu, UNPLACED_JUDGEMENT_RU } from "./judgement-asked.js";
import { kremlinStanceVerdict } from "./kremlin-stance.js";
import { type DialogueWords, fold } from "./language.js";
import { answerMention } from "./mention-answer.js";
import { withNegationEcho } from "./negation-echo.js";
import { createOffStoryReply } from "./off-story-reply.js";
import { createOffTopicRefusal } from "./off-topic-yes-no.js";
import { ownVerdictOf, withoutOwnVerdict } from "./own-verdict.js";
import { askedOfPartyPerson } from "./party-person.js";
import { plainVerdict } from "./place-word-verdict.js";
import { asksProspect } from "./prospect-asked.js";
import { rescueRefusal } from "./rescue.js";
import { saidAboutGap } from "./said-about-gap.js";
import { saidClaimReply } from "./said-claim-reply.js";
import { saidOtherwise } from "./said-otherwise.js";
import { storyQuestionOf } from "./story-question.js";
import { topicDeniedReply, topicDeniedText } from "./topic-denied.js";
import { topicalAnswer } from "./topical-entry.js";
import { transliteratedOwnedVerdict } from "./transliterated-owned.js";
import type { AnswerReply, FollowUpKind } from "./types.js";
import { asksUnknownEvent } from "./unmentioned-event.js";
import { verdictDepsOf } from "./verdict-deps.js";
import { isYesNoQuestion } from "./yes-no-question.js";

export type StandAloneReaders = ReturnType<typeof createStandAlone>;

/** Closures over the kit: a stand-alone question is asked through the per-message cache. */
export function createStandAlone(kit: DialogueKit) {
  const { engine, kb, findAnswer, withStorySuggestions } = kit;
  const offStoryReply = createOffStoryReply(kit);
  const offTopicRefusal = createOffTopicRefusal(kb);
  const evidenceNaming = createEvidenceNaming(kit);

  /** A stand-alone question (perhaps rewritten from a follow-up): engine, rescue, yes/no verdict. */
  const answerStandAlone = (
    question: string,
    lang: Lang,
    words: DialogueWords,
    understood: string | null,
    followUp: FollowUpKind | null,
    // The message as typed: a rewritten question has lost its "?", which a Russian yes/no question may hang on.
    typed: string = question,
    // The message before any rewriting ("who's the good guy, peskov?" was read as "is peskov the good guy?"):
    // only a yes/no typed as one is refused as off the story (off-topic-yes-no.ts).
    message?: string,
  ): AnswerReply => {
    const mention = answerMention(kit, question, lang, words, understood, followUp, typed);
    if (mention) return mention;
    // "is this the story about syria?", «это текст про армению?»: No, the article is about … (topic-denied.ts).
    const denied = topicDeniedReply(kit, question, words.lang, understood, followUp);
    if (denied) return denied;
    let answer = findAnswer(question, lang);
    // A forecast the engine refused ("will putin visit israel?", "is this gonna turn into ww3?", "будет ли третья
    // мировая"): no rescue and no verdict from a nearby entry — asked yes/no, the article doesn't say.
    if (
      !answer.answered &&
      (answer.refusedAs === "forecast" ||
        (words.lang === "en" && asksForecast(framedClauseOf(question) ?? question)) ||
        asksProspect(fold(question), words.lang === "ru"))
    ) {
      const yesNo = isYesNoQuestion(typed, fold(question), words, words.lang);
      return answerReply(withStorySuggestions(answer, lang), {
        understood,
        followUp,
        rescued: false,
        asked: question,
        verdict: yesNo ? "not-said" : null,
        verdictSource: yesNo ? "not-in-article" : null,
      });
    }
    // "can you recommend a good pizza place": a request of the bot the engine could only guess at is off the
    // story — refused as out of scope, never "did you mean: what does Putin want?" (bot-request.ts).
    const botRequest = !answer.answered && asksBotForSomething(fold(question), words.lang);
    if (botRequest && answer.reason === "ambiguous") answer = offTopicRefusal(lang);
    // "does turkey want to be a mediator?" the engine could not place: asked of its one unquoted person, only a
    // "doesn't say" is taken (party-person.ts).
    const ofPerson =
      !answer.answered && answer.reason === "ambiguous" && !botRequest
        ? askedOfPartyPerson(fold(question), words.lang, kit.parties)
        : null;
    if (ofPerson && isYesNoQuestion(typed, fold(question), words, words.lang)) {
      const typedOfPerson = typed.trim().endsWith("?") ? `${ofPerson}?` : ofPerson;
      const reply = answerStandAlone(ofPerson, lang, words, understood, followUp, typedOfPerson, message);
      if (reply.verdict === "not-said") return reply;
    }
    let rescued = false;
    // A long message's question, found inside it by the engine, is what later follow-ups read against.
    let asked = answer.readAs ?? question;
    // A long message the engine is unsure of may read clearly without its chat words (rescue.ts).
    const unsureOfLong = answer.reason === "ambiguous" && question.length >= QUESTION_IN_MESSAGE;
    // (Not a request of the bot: no "did you mean…?" for a pizza place.)
    if (!answer.answered && !botRequest && (answer.reason === "out-of-scope" || unsureOfLong)) {
      const rescue = rescueRefusal(question, answer, { engine, kb, words, lang });
      if (rescue) ({ answer, rescued, asked } = rescue);
    }
    // "и что добавил МИД?": what that voice said, where the engine is unsure of the other verb.
    answer = saidOtherwise(kit, question, answer, lang, words);
    answer = withStorySuggestions(saidAboutGap(kit, question, answer, lang) ?? answer, lang);
    const folded = fold(question);
    const asksYesNo = isYesNoQuestion(
      typed.trim().endsWith("?") ? `${question}?` : question,
      folded,
      words,
      words.lang,
    );
    if (asksYesNo && answer.reason === "ambiguous") {
      const settled = settledAmbiguity(kit, folded, answer, lang, words, understood, rescued);
      if (settled) answer = withStorySuggestions(settled, lang);
      // "did putin host a hamas delegation in moscow": an event the article never mentions, refused as off the
      // story, not "which of these did you mean?" (unmentioned-event.ts).
      else if (understood === null && !rescued && asksUnknownEvent(folded, engine))
        answer = offTopicRefusal(lang);
    }
    // «США признали свою ошибку?» the engine could not place: the party's reaction, a gap (admission.ts).
    const reaction =
      asksYesNo && !answer.answered && answer.reason === "ambiguous"
        ? admissionAsReaction(folded, words.lang, kit.speakers)
        : null;
    const reacted = reaction ? findAnswer(reaction, lang) : null;
    if (reacted?.kind === "entry" && reacted.entry?.kind === "not-in-article")
      answer = withStorySuggestions(reacted, lang);
    if (asksYesNo && words.lang === "en") answer = topicalAnswer(kit, folded, answer, lang);
    // "Did he say Russia would send troops or weapons?": either way, a gap of the article is "it doesn't say".
    const silentEitherOr =
      !asksYesNo &&
      words.yesNo.test(folded) &&
      answer.kind === "entry" &&
      answer.entry?.kind === "not-in-article";
    // A long story's final question, answered alone, has its verdict read alone too (story-question.ts).
    const story = storyQuestionOf(question, answer, words.lang, kit);
    const plain = plainVerdict(
      story
        ? {
            folded: fold(story),
            typed: story,
            understood,
            asksYesNo: asksYesNo || isYesNoQuestion(story, fold(story), words, words.lang),
            silentEitherOr,
            message: story,
          }
        : { folded, typed, understood, asksYesNo, silentEitherOr, message },
      answer,
      words.lang,
      verdictDepsOf(kit),
    );
    // "does the kremlin back a palestinian state?": Russia's Yes on the same entry (kremlin-stance.ts).
    // «Putin schitaet chto Amerika vinovata?»: the dialogue reads the Latin letters as English words ("doesn't say so
    // in those words"); the engine's owned verdict on the Cyrillic reading is the turn's (transliterated-owned.ts).
    const read =
      transliteratedOwnedVerdict(words, answer) ??
      kremlinStanceVerdict(kit, folded, asksYesNo, answer, plain, words.lang) ??
      plain;
    const restricted = restrictedVerdict(kit, folded, asksYesNo, answer, read, lang, words);
    // A Yes on evidence that never names the party asked: the entry whose quote does (evidence-naming.ts). Not on
    // a follow-up read in context: the chat's next turns read against the entry it is on.
    const renamed =
      understood === null
        ? evidenceNaming(folded, restricted.answer, restricted.verdict, words.lang, verdictDepsOf(kit))
        : null;
    if (renamed) {
      restricted.answer = withStorySuggestions(renamed.answer, lang);
      restricted.verdict = renamed.verdict;
    }
    // "does the kremlin talk to hamas?": a Yes on contact is shown on the contact card, and so is the "doesn't say" of
    // "… about a ceasefire" (contact-evidence.ts).
    const contact =
      understood === null
        ? contactEvidence(kit, folded, restricted.answer, restricted.verdict?.verdict, words.lang, lang)
        : null;
    if (contact) {
      restricted.answer = withStorySuggestions(contact.answer, lang);
      restricted.verdict = { verdict: contact.verdict, source: "article-text" };
    }
    answer = restricted.answer;
    // "россия права?" the engine could not place: the article judges no one (judgement-asked.ts), not "which one?".
    if (!answer.answered && answer.reason === "ambiguous" && lang === "ru" && asksJudgementRu(folded))
      answer = { ...answer, reason: "not-in-article", answer: UNPLACED_JUDGEMENT_RU };
    const verdict = restricted.verdict ?? transliteratedOwnedVerdict(words, answer);
    const offStory = offStoryReply(
      { question, folded, message, understood, followUp, asksYesNo },
      answer,
      verdict,
      lang,
      words,
    );
    if (offStory) return offStory;
    const checked = saidClaimReply(
      kit,
      folded,
      typed,
      asksYesNo,
      answer,
      verdict,
      lang,
      words,
      {
        understood,
        followUp,
        rescued,
        asked,
      },
      message,
    );
    if (checked) return checked;
    // "Who speaks for them?" answered by an entry whose curated text opens "Yes.": no yes/no was asked.
    if (!asksYesNo && !verdict && answer.answered && ownVerdictOf(answer.answer) !== null)
      answer = { ...answer, answer: withoutOwnVerdict(answer.answer) };
    // "is this about ukraine?": No, and what the article is about instead, is an answer (topic-denied.ts).
    if (verdict?.verdict === "no" && !answer.answered && answer.reason === "out-of-scope")
      answer = { ...answer, answered: true, answer: topicDeniedText(answer.answer, lang) };
    // "the EU isn't in it, is it?": "Yes, it is." — the line answers the positive fact (negation-echo.ts).
    if (verdict && verdict.source !== "unconfirmed")
      answer = withNegationEcho(folded, message ?? typed, answer, verdict.verdict, words.lang, kit.speakers);
    return answerReply(answer, {
      understood,
      followUp,
      rescued,
      asked,
      verdict: verdict?.verdict ?? null,
      verdictSource: verdict?.source ?? null,
    });
  };

  return {
    answerStandAlone,
    /** "Was the call with Erdogan or Biden?": the one side the article supports (alternative-answer.ts). */
    answerAlternative: (folded: string, lang: Lang, words: DialogueWords, inContext: boolean) =>
      answerAlternative(kit, answerStandAlone, folded, lang, words, inContext),
  };
}
