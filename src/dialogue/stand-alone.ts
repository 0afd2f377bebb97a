// A question that stands alone (typed so, or rewritten from a follow-up): the engine's answer, rescued from a
// refusal where it can be, with its yes/no verdict; "does the article mention X?" and "X or Y?" read first.

import { asksForecast } from "../answering/future-outcome.js";
import { QUESTION_IN_MESSAGE } from "../answering/question-pieces.js";
import type { Answer, Lang } from "../answering/types.js";
import { alternativesOf } from "./alternative.js";
import { bothSidesReply } from "./both-sides.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import { restrictionVerdict } from "./elliptical.js";
import { withEntryWords, withoutAgainst } from "./entry-own-question.js";
import { framedClauseOf } from "./framed-forecast.js";
import { type DialogueWords, fold } from "./language.js";
import { verdictThroughNegation } from "./loaded-negation.js";
import { articleMentions, entriesMentioning, mentionAsked } from "./mentions.js";
import { notOnlyVerdict, widensNotOnly } from "./not-only.js";
import { asksOnlyUnknown, createOffStory, createOffTopicRefusal } from "./off-topic-yes-no.js";
import { offersOptions } from "./offered-options.js";
import { onlyVerdict, restrictsOnly } from "./only-restriction.js";
import { ownVerdictOf, withoutOwnVerdict } from "./own-verdict.js";
import { rescueRefusal } from "./rescue.js";
import { saidAboutGap } from "./said-about-gap.js";
import { evidenceOfCheck, saidClaimOf, yesNoOfCheck } from "./said-claim.js";
import type { AnswerReply, FollowUpKind } from "./types.js";
import { verdictFor } from "./yes-no.js";
import { isYesNoQuestion } from "./yes-no-question.js";

/** "only/just/solely …", "только/лишь …" inside a question: the few words it restricts. */
const INNER_ONLY =
  /(?<!\p{L})(?:only|just|solely|exclusively|только|лишь|исключительно)\s+((?:\S+\s*){1,6}?)\s*\??$/u;
/** "…civilians in Gaza only?", "…в Газе только?": the word the trailing "only" restricts. */
const INNER_ONLY_AFTER =
  /(?<!\p{L})(?:in|on|at|for|to|from|with|against|about|в|во|на|с|со|для|про|о|об|к|у|от|против)\s+(\S+)\s+(?:only|alone|только|лишь)\s*\??$/u;

/**
 * "What did Peskov add?", "а что добавил Песков?": another verb of saying than the engine's own, about one voice
 * (the name is group 1 or 3, a topic group 2); asked again as what that voice said where the engine is unsure of it.
 */
const SAID_OTHERWISE =
  /^(?:(?:and|so|but|then|а|и|ну|так)\s+)?(?:what (?:else )?(?:did|does|has) (.+?) (?:add|added|note|noted|stress|stressed|state|stated|emphasi[sz]e|highlight|underline|point out|go on to say|reply|respond|answer|tell (?:us|them|reporters|journalists))(?: (?:to|on) (?:that|this|it)| about (.+?))?|что (?:ещё |еще )?(?:добавил|отметил|заявил|подчеркнул|ответил|уточнил|сообщил)[аи]? (.+?))\s*\??$/u;

/** A place word pointing back at the last topic: "там", "туда", "there", "in it". */
const PLACE_WORD = /(?<!\p{L})(?:там|туда|there|in it)(?!\p{L})/gu;

export type StandAloneReaders = ReturnType<typeof createStandAlone>;

/** Closures over the kit: a stand-alone question is asked through the per-message cache. */
export function createStandAlone(kit: DialogueKit) {
  const { engine, kb, conversation, speakers, claims, findAnswer, withStorySuggestions } = kit;
  const offTopicRefusal = createOffTopicRefusal(kb);
  const offStory = createOffStory(kb, engine);

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
    const mention = answerMention(question, lang, words, understood, followUp, typed);
    if (mention) return mention;
    let answer = findAnswer(question, lang);
    // A forecast the engine refused ("will putin visit israel?", "is this gonna turn into ww3?", "будет ли третья
    // мировая"): no rescue and no verdict from a nearby entry — asked yes/no, the article doesn't say.
    if (
      !answer.answered &&
      (answer.refusedAs === "forecast" ||
        (words.lang === "en" && asksForecast(framedClauseOf(question) ?? question)))
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
    let rescued = false;
    // A long message's question, found inside it by the engine, is what later follow-ups read against.
    let asked = answer.readAs ?? question;
    // A long message the engine is unsure of may read clearly without its chat words (rescue.ts).
    const unsureOfLong = answer.reason === "ambiguous" && question.length >= QUESTION_IN_MESSAGE;
    if (!answer.answered && (answer.reason === "out-of-scope" || unsureOfLong)) {
      const rescue = rescueRefusal(question, answer, { engine, kb, words, lang });
      if (rescue) ({ answer, rescued, asked } = rescue);
    }
    // "и что добавил МИД?": what that voice said, where the engine is unsure of the other verb.
    const voice = answer.answered ? null : SAID_OTHERWISE.exec(fold(question));
    const named = voice ? (voice[1] ?? voice[3] ?? "") : "";
    // The name is all of the subject ("the Foreign Ministry", not "the ministry's head").
    if (voice && speakers.namedIn(named).some((n) => n.start <= 4 && n.end >= named.length - 1)) {
      const said = findAnswer(words.templates.speakerAbout(named, voice[2] ?? ""), lang);
      if (said.answered) answer = said;
    }
    answer = withStorySuggestions(saidAboutGap(kit, question, answer, lang) ?? answer, lang);
    const folded = fold(question);
    const asksYesNo = isYesNoQuestion(
      typed.trim().endsWith("?") ? `${question}?` : question,
      folded,
      words,
      words.lang,
    );
    // "правда ли, что Путин похвалил политику США?" where the engine cannot choose between two entries: a yes/no
    // question is settled by the first of them the verdict reads decisively, else by the first the claim checker
    // reads as not said, else — read in the conversation's context, or about a voice the article quotes ("did
    // Peskov repeat that criticism?") — the first with any verdict. A question none of that settles ("did Erdogan win the last election?" between
    // two loose matches, nothing of it confirmed) is a question the article does not cover: it stays unsure.
    if (asksYesNo && answer.reason === "ambiguous") {
      const tried = answer.suggestions.slice(0, 2).flatMap((s) => {
        const candidate = engine.answerForEntry(s.entryId, lang);
        if (!candidate?.answered) return [];
        // The engine was unsure between these entries: its own confidence, not the entry's, is what a curated
        // verdict may lean on ("лавров встречался с делегацией…" is no question the ties entry is sure of).
        const v = verdictFor(folded, { ...candidate, confidence: answer.confidence }, words.lang, {
          claims,
          conversation,
          parties: kit.parties,
          speakers,
          localEntries: kb.locales?.ru?.entryById,
          terms: engine.contentTerms,
        });
        return v ? [{ candidate, v }] : [];
      });
      const chosen =
        tried.find((t) => t.v.verdict !== "not-said") ??
        tried.find((t) => t.v.source === "claim-checker") ??
        // Not when the engine refused it and only "did you mean…?" (rescue.ts) put entries near: a word the article
        // does not know ("Is Putin running for reelection?") is the question's point, no nearby entry's.
        (!rescued && (understood !== null || speakers.namedIn(folded).some((n) => speakers.isQuoted(n.id)))
          ? tried[0]
          : undefined);
      if (chosen) answer = withStorySuggestions(chosen.candidate, lang);
    }
    // "Did Putin turn down a ceasefire?": the topic is the ceasefire; where the entry has him stand for it, that
    // entry answers, and its curated verdict turns to no.
    const plain = asksYesNo && words.lang === "en" ? withoutAgainst(folded) : null;
    if (plain) {
      const topical = findAnswer(plain, lang);
      const id = topical.entry?.id;
      if (topical.answered && id && conversation.standsFor?.has(id) && id !== answer.entry?.id)
        if (!answer.answered || topical.confidence > answer.confidence) answer = topical;
    }
    // "Does Putin think US policy worked?": the entry whose point is the opposite ("failed") is found by its own
    // word in the opposite's place, when the plain reading lands elsewhere or nowhere.
    if (asksYesNo && words.lang === "en")
      for (const { id, question: turned } of withEntryWords(folded, conversation)) {
        if (answer.entry?.id === id) break;
        const topical = findAnswer(turned, lang);
        if (
          topical.answered &&
          topical.entry?.id === id &&
          (!answer.answered || topical.confidence > answer.confidence)
        ) {
          answer = topical;
          break;
        }
      }
    // "Did he say Russia would send troops or weapons?": either way, a gap of the article is "it doesn't say".
    const silentEitherOr =
      !asksYesNo &&
      words.yesNo.test(folded) &&
      answer.kind === "entry" &&
      answer.entry?.kind === "not-in-article";
    const verdictDeps = {
      claims,
      conversation,
      parties: kit.parties,
      speakers,
      localEntries: kb.locales?.ru?.entryById,
      terms: engine.contentTerms,
    };
    // "а Путин говорил о роли России там?": "там" read as the last topic found the entry; where the words put in
    // its place leave no verdict, the question as typed without the place word is read against the same answer.
    const asTyped =
      understood !== null ? fold(typed).replace(PLACE_WORD, " ").replace(/\s+/g, " ").trim() : folded;
    const read =
      asksYesNo || silentEitherOr
        ? (verdictThroughNegation(folded, answer, words.lang, verdictDeps) ??
          (asTyped !== folded && asksYesNo && PLACE_WORD.test(fold(typed))
            ? verdictFor(asTyped, answer, words.lang, verdictDeps)
            : null))
        : null;
    // "Путина волнуют только жертвы в Газе?": a restriction inside the question, against the answer's evidence —
    // No where the evidence names the thing beside more ("in Israel and the Gaza Strip").
    // "…not only about Gaza?" widens instead (not-only.ts): Yes where the evidence names more, whatever the
    // checker made of its "not".
    const widens = widensNotOnly(folded);
    const inner =
      asksYesNo && answer.answered && (read?.verdict !== "no" || widens)
        ? (INNER_ONLY.exec(folded) ?? INNER_ONLY_AFTER.exec(folded))
        : null;
    // The thing restricted is the last word ("только жертвы в Газе" -> Газе): a verb or a stance before it
    // ("only blame the US") is not what the evidence's "and" widens.
    const restricted = inner?.[1]?.trim().split(/\s+/).pop();
    const wider =
      restricted && widens
        ? notOnlyVerdict(
            folded,
            restricted,
            answer,
            lang,
            (q) => findAnswer(q, lang),
            (id) => engine.answerForEntry(id, lang),
          )
        : null;
    if (wider) answer = wider.evidence;
    const narrowed = restricted && !wider ? restrictionVerdict(restricted, answer, words.lang) : null;
    // "Does Russia talk only to Hamas?": a Yes on "only X" stands only where the article itself restricts to X.
    // A "not-said" on the plain reading ("россия дружит только с палестинцами?": no "friends" in the evidence)
    // still meets the passages naming more than X, so the only-check runs on it too.
    const only =
      restricted &&
      narrowed !== "no" &&
      asksYesNo &&
      (read?.verdict ?? "yes") !== "no" &&
      restrictsOnly(folded)
        ? onlyVerdict(folded, restricted, answer, lang, (q) => findAnswer(q, lang))
        : null;
    if (only) answer = only.evidence;
    const verdict = wider
      ? { verdict: wider.verdict, source: "article-text" as const }
      : narrowed === "no" || only
        ? { verdict: only?.verdict ?? ("no" as const), source: "article-text" as const }
        : read;
    // "is putin sick?": nothing read but a person's name and words the article never uses (off-topic-yes-no.ts);
    // a follow-up ("so he praised them?") has the last answer's topic, so it keeps its evidence.
    const standsAlone = understood === null && followUp === null;
    // "did peskov get fired?", "иран поддерживает хамас?": a point the article never speaks of (off-topic-yes-no.ts).
    if (
      standsAlone &&
      asksYesNo &&
      ((verdict?.source === "unconfirmed" && words.lang === "en" && asksOnlyUnknown(question, engine)) ||
        (verdict?.verdict !== "yes" &&
          verdict?.verdict !== "no" &&
          // a curated gap ("does erdogan agree?": the article reports nothing he said) keeps its own words
          !(answer.entry?.kind === "not-in-article") &&
          saidClaimOf(folded, words.lang, speakers) === null &&
          message !== undefined &&
          offStory(message, words.lang, answer)))
    )
      return answerReply(withStorySuggestions(offTopicRefusal(lang), lang), {
        understood,
        followUp,
        rescued: false,
        asked: question,
        verdict: "not-said",
        verdictSource: "not-in-article",
      });
    // "Is it true that Peskov said…?", "Путин действительно сказал, что…?": the claim checker's verdict on it.
    const said =
      claims && (asksYesNo || typed.trim().endsWith("?")) ? saidClaimOf(folded, words.lang, speakers) : null;
    const checked = said !== null && claims ? claims(said) : null;
    // Where the plain reading already gave the same verdict, its evidence (the engine's entry) stays.
    // A curated gap ("did peskov say russia would send troops?": nothing of the military) shows what the speaker said.
    const gap = !answer.answered && answer.reason === "not-in-article";
    if (checked && (verdict?.verdict !== yesNoOfCheck(checked) || verdict.source === "unconfirmed" || gap)) {
      const evidence = evidenceOfCheck(checked, answer, {
        kb,
        answerForEntry: (id) => engine.answerForEntry(id, lang),
        quotesBy: (id) => engine.quotesBy(id, lang),
      });
      if (evidence)
        return answerReply(evidence, {
          understood,
          followUp,
          rescued,
          asked,
          verdict: yesNoOfCheck(checked),
          verdictSource: "claim-checker",
        });
    }
    // "Who speaks for them?" answered by an entry whose curated text opens "Yes.": no yes/no was asked.
    if (!asksYesNo && !verdict && answer.answered && ownVerdictOf(answer.answer) !== null)
      answer = { ...answer, answer: withoutOwnVerdict(answer.answer) };
    return answerReply(answer, {
      understood,
      followUp,
      rescued,
      asked,
      verdict: verdict?.verdict ?? null,
      verdictSource: verdict?.source ?? null,
    });
  };

  /**
   * "Does the article mention the UN?": yes with an entry quoting it, or no — read from the article's text, not
   * from the nearest entry. Null when the message is not such a question or no entry shows the mention.
   */
  const answerMention = (
    question: string,
    lang: Lang,
    words: DialogueWords,
    understood: string | null,
    followUp: FollowUpKind | null,
    typed: string,
  ): AnswerReply | null => {
    const thing = mentionAsked(fold(question), words.lang);
    if (!thing) return null;
    const extra = { understood, followUp, asked: question, verdictSource: "article-text" as const };
    const unjudged = (read: Answer) => answerReply(read, { ...extra, verdict: null, verdictSource: null });
    if (!articleMentions(thing, words.lang, kb) && speakers.namedIn(thing).length === 0) {
      const read = findAnswer(thing, lang);
      // A Russian thing in words the curated side spells otherwise (a typo, "гос-во", "какие-то"), which the engine
      // reads as on-topic (a gap entry too, for a common noun: "погибших" finds the figures the article does not
      // give; a name, "Лига арабских государств", stays No): no false "Нет", the engine answers it.
      const at = typed.toLowerCase().indexOf(thing);
      const name = at >= 0 ? typed.slice(at, at + thing.length) : thing;
      const onTopic = read.answered || (read.kind === "entry" && !/^\p{Lu}/u.test(name));
      if (words.lang === "ru" && onTopic) return null;
      const refusal = withStorySuggestions(read, lang);
      const said =
        words.lang === "ru"
          ? `Нет. В статье не упоминается «${name}».`
          : `No. The article does not mention ${name}.`;
      return answerReply(
        {
          ...refusal,
          answered: false,
          kind: "none",
          entry: null,
          answer: said,
          quotes: [],
          reason: "out-of-scope",
        },
        { ...extra, verdict: "no" },
      );
    }
    const ids = entriesMentioning(thing, words.lang, kb);
    const found = findAnswer(thing, lang);
    const id = found.answered && found.entry && ids.includes(found.entry.id) ? found.entry.id : ids[0];
    const evidence = id ? engine.answerForEntry(id, lang) : null;
    if (evidence?.answered) return answerReply(evidence, { ...extra, verdict: "yes" });
    // A name of the story's beside words no curated Russian answer has ("выходцы из россии в израиле"): the
    // engine's entry without a yes/no line; read whole, the claim checker gave it a false "Нет".
    return words.lang === "ru" && found.answered ? unjudged(found) : null;
  };

  /**
   * "Was the call with Erdogan or Biden?": each side asked as a yes/no question; the one side the article
   * supports answers, shown as the question read, without a yes/no line. Null when not exactly one side is.
   */
  const answerAlternative = (
    folded: string,
    lang: Lang,
    words: DialogueWords,
    inContext: boolean,
  ): AnswerReply | null => {
    const sides = alternativesOf(folded, words);
    if (!sides) return null;
    // "Erdogan or Biden?" alone reads against the last answer, below.
    if (sides[0].trim() === "" || sides[1].trim() === "") return null;
    const replies = sides.map((side) =>
      answerStandAlone(side, lang, words, side, inContext ? "pronoun" : null, `${side}?`),
    );
    const supported = replies.filter((r) => r.verdict === "yes" && r.answer.answered);
    // Both sides in the article: "both", with each side's evidence (both-sides.ts).
    if (supported.length === 2) return bothSidesReply(sides, supported as [AnswerReply, AnswerReply], lang);
    if (supported.length !== 1) return null;
    const [chosen] = supported as [AnswerReply];
    // "who is putin blaming, israel or hamas?": the side must answer the question asked (offered-options.ts).
    if (offersOptions(folded)) {
      const whole = findAnswer(folded, lang);
      if (whole.answered && whole.entry && whole.entry.id !== chosen.answer.entry?.id) return null;
    }
    return {
      ...chosen,
      answer: { ...chosen.answer, answer: withoutOwnVerdict(chosen.answer.answer) },
      verdict: null,
      verdictSource: null,
    };
  };

  return { answerStandAlone, answerAlternative };
}
