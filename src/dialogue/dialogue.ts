// The dialogue layer above the answering engine: a message and the chat's context in, structured replies and
// the next context out. It decides what a message is — small talk, a slip, a follow-up, two questions, a
// yes/no question or a plain one — and asks the engine only stand-alone questions. No Telegram here.

import { REPLY_BUDGET } from "../answering/index.js";
import { QUESTION_IN_MESSAGE } from "../answering/question-pieces.js";
import type { Answer, AnsweringEngine, Lang, Suggestion } from "../answering/types.js";
import { sameActorOrTerm } from "../claims/actors.js";
import type { ClaimChecker } from "../claims/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { alternativesOf, bareAlternativeOf } from "./alternative.js";
import { rememberingChecks } from "./check-cache.js";
import type { Conversation } from "./conversation-file.js";
import { partyOf, restrictionOf, restrictionVerdict, unnamedPartyVerdict } from "./elliptical.js";
import {
  type FollowUp,
  followUpOf,
  readingsOf,
  resolvePronouns,
  resolveTopic,
  stripSpans,
} from "./follow-up.js";
import { type DialogueWords, fold, languageOf, parsingLanguageOf, wordCount, wordsFor } from "./language.js";
import { articleMentions, entriesMentioning, mentionAsked } from "./mentions.js";
import { ownVerdictOf, verdictWord, withoutOwnVerdict } from "./own-verdict.js";
import { type NearMissFinder, rescueRefusal, vocabularyOf } from "./rescue.js";
import { evidenceOfCheck, saidClaimOf, yesNoOfCheck } from "./said-claim.js";
import { smallTalkOf } from "./small-talk.js";
import { SpeakerNames } from "./speakers.js";
import {
  CONTEXT_TTL_MS,
  type DialogueContext,
  type DialogueReply,
  type DialogueTurn,
  type FollowUpKind,
  type YesNo,
} from "./types.js";
import { isYesNoQuestion, verdictFor, withEntryWords, withoutAgainst } from "./yes-no.js";

/** What the dialogue needs: the engine (with its ranking, for "did you mean…?"), the KB and the curated file. */
export interface DialogueDeps {
  engine: AnsweringEngine & Partial<NearMissFinder>;
  kb: KnowledgeBase;
  conversation: Conversation;
  /** "Did they really say that?" (src/claims/): yes/no verdicts for English questions; curated ones without it. */
  claims?: ClaimChecker;
  /** Answer + quotes within this many characters keep both halves of two questions on screen. */
  replyBudget?: number;
}

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

/** "is it true that …", "is it right to say …": a frame whose "it" points at nothing in the chat. */
const IS_IT_TRUE =
  /^((?:(?:and|so|but|ok|okay|wait)[, ]+)?is it (?:really )?(?:true|right|correct|accurate|a fact)(?: to say)?(?: that)? )(.+)$/;
/** Follow-ups that name something new: asked with a question mark alone, they may be yes/no in Russian. */
const SWITCHES: ReadonlySet<string> = new Set(["topic-switch", "speaker-switch", "asked-switch"]);
/** Answer + quotes of both halves over this many characters: the second half is offered as a button. */
const DEFAULT_REPLY_BUDGET = 1100;
const BUTTONS_SHOWN = 3;
/** How much surer (in half-confidence) a later reading of a follow-up must be than an earlier one to win. */
const LATER_READING = 0.15;

export function createDialogue(deps: DialogueDeps): Dialogue {
  const { engine, kb, conversation } = deps;
  const speakers = new SpeakerNames(kb);
  const budget = deps.replyBudget ?? DEFAULT_REPLY_BUDGET;
  const claims = deps.claims ? rememberingChecks(deps.claims) : null;
  // One message may ask the engine the same question twice (a follow-up's best reading, then its answer): the
  // second time is a lookup. Emptied at each message, so no answer outlives the message it was made for.
  const answeredThisTurn = new Map<string, Answer>();
  const findAnswer = (question: string, lang: Lang): Answer => {
    const key = `${lang}\u0000${question}`;
    let answer = answeredThisTurn.get(key);
    if (!answer) {
      answer = engine.findAnswer(question, lang);
      answeredThisTurn.set(key, answer);
    }
    return answer;
  };
  // The speaker with the most statements the article reports: whom "what about X?" after a summary is about.
  const reportedCount = new Map<string, number>();
  for (const q of kb.entries.flatMap((e) => e.quotes))
    if (q.voice === "reported") reportedCount.set(q.speaker, (reportedCount.get(q.speaker) ?? 0) + 1);
  const mainSpeaker = [...reportedCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  // Without a curated story point, the engine's own popular questions.
  const storySuggestions = (lang: Lang): Suggestion[] => {
    const story = conversation.storyPoint.flatMap((id) => {
      const a = engine.answerForEntry(id, lang);
      return a ? [{ entryId: id, question: a.title }] : [];
    });
    return story.length > 0 ? story : engine.popularQuestions(BUTTONS_SHOWN, lang);
  };

  /** The speaker a question is about: named in it, else the answer's first reported speaker. */
  const speakerOf = (folded: string, answer: Answer): string | null => {
    const named = speakers.namedIn(folded)[0]?.id;
    if (named) return named;
    if (answer.speaker) return answer.speaker.id;
    if (answer.kind !== "entry" || answer.entry?.kind !== "answer") return null;
    return answer.quotes.find((q) => q.voice === "reported")?.speakerId ?? null;
  };

  // Only words the knowledge base knows carry a topic on: "wat" (a slip of "what") does not.
  const vocabulary = vocabularyOf(kb);
  const topicOf = (folded: string, words: DialogueWords): string =>
    stripSpans(folded, speakers.namedIn(folded))
      .split(" ")
      .filter(
        (w) =>
          w !== "" &&
          !words.frameWords.has(w) &&
          (vocabulary.has(w) || w === "the" || /\p{Script=Cyrillic}/u.test(w)),
      )
      .join(" ")
      .replace(/(?:^|\s)the$/, "")
      .replace(/^the$/, "");

  const contextAfter = (
    question: string,
    answer: Answer,
    lang: Lang,
    now: number,
    words: DialogueWords,
    previous: DialogueContext | null,
  ): DialogueContext | null => {
    // A refusal or "did you mean…?" says nothing to follow up on: the chat keeps what it was about.
    if (!answer.answered && answer.reason !== "not-in-article") {
      return previous
        ? { ...previous, at: now, buttons: Math.min(BUTTONS_SHOWN, answer.suggestions.length) }
        : null;
    }
    const folded = fold(question);
    const speakerId = speakerOf(folded, answer);
    const mentioned = speakers.namedIn(fold(`${answer.title} ${answer.answer}`));
    return {
      entryId: answer.entry?.id ?? null,
      question: folded,
      speakerId,
      otherPersonId: mentioned.find((n) => n.id !== speakerId && speakers.isPerson(n.id))?.id ?? null,
      topic: topicOf(folded, words),
      lang,
      at: now,
      buttons: Math.min(BUTTONS_SHOWN, answer.suggestions.length),
    };
  };

  const answerReply = (
    answer: Answer,
    extra: Partial<Extract<DialogueReply, { kind: "answer" }>> = {},
  ): Extract<DialogueReply, { kind: "answer" }> => ({
    kind: "answer",
    answer,
    understood: null,
    followUp: null,
    verdict: null,
    verdictSource: null,
    deferred: false,
    rescued: false,
    asked: "",
    ...extra,
  });

  /** Refusals without a near entry suggest the story's point rather than the first entries of the file. */
  const withStorySuggestions = (answer: Answer, lang: Lang): Answer => {
    if (answer.answered || answer.reason === "not-in-article" || answer.reason === "ambiguous") return answer;
    const popular = engine.popularQuestions(BUTTONS_SHOWN, lang).map((s) => s.entryId);
    const generic =
      answer.suggestions.length === 0 || answer.suggestions.every((s, i) => s.entryId === popular[i]);
    return generic ? { ...answer, suggestions: storySuggestions(lang) } : answer;
  };

  /** A stand-alone question (perhaps rewritten from a follow-up): engine, rescue, yes/no verdict. */
  const answerStandAlone = (
    question: string,
    lang: Lang,
    words: DialogueWords,
    understood: string | null,
    followUp: FollowUpKind | null,
    // The message as typed: a rewritten question has lost its "?", which a Russian yes/no question may hang on.
    typed: string = question,
  ): Extract<DialogueReply, { kind: "answer" }> => {
    const mention = answerMention(question, lang, words, understood, followUp, typed);
    if (mention) return mention;
    let answer = findAnswer(question, lang);
    let rescued = false;
    // A long message's question, found inside it by the engine, is what later follow-ups read against.
    let asked = answer.readAs ?? question;
    // A long message the engine is unsure of may read clearly without its chat words (rescue.ts).
    const unsureOfLong = answer.reason === "ambiguous" && question.length >= QUESTION_IN_MESSAGE;
    if (!answer.answered && (answer.reason === "out-of-scope" || unsureOfLong)) {
      const rescue = rescueRefusal(question, answer, { engine, kb, words, lang });
      if (rescue) ({ answer, rescued, asked } = rescue);
    }
    answer = withStorySuggestions(answer, lang);
    const folded = fold(question);
    const asksYesNo = isYesNoQuestion(
      typed.trim().endsWith("?") ? `${question}?` : question,
      folded,
      words,
      words.lang,
    );
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
    const verdict =
      asksYesNo || silentEitherOr
        ? verdictFor(folded, answer, words.lang, {
            claims,
            conversation,
            speakers,
            localEntries: kb.locales?.ru?.entryById,
            terms: engine.contentTerms,
          })
        : null;
    // "Is it true that Peskov said…?", "Путин действительно сказал, что…?": the claim checker's verdict on it.
    const said =
      claims && (asksYesNo || typed.trim().endsWith("?")) ? saidClaimOf(folded, words.lang, speakers) : null;
    const checked = said !== null && claims ? claims(said) : null;
    // Where the plain reading already gave the same verdict, its evidence (the engine's entry) stays.
    if (checked && (verdict?.verdict !== yesNoOfCheck(checked) || verdict.source === "unconfirmed")) {
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

  /** A party the article never names: not in its words, no speaker, a word the knowledge base does not know. */
  const unnamedByArticle = (party: string, lang: Lang): boolean =>
    speakers.namedIn(party).length === 0 &&
    !articleMentions(party, lang, kb) &&
    (engine.explain?.(party).unknown?.length ?? 0) > 0;

  /** The last answer again, as the evidence for a follow-up read against it. */
  const lastEvidence = (context: DialogueContext, lang: Lang): Answer | null => {
    const last = context.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    return last?.answered ? last : null;
  };

  /** "And China?", "А с Макроном?" after an answer: the article does not mention them (elliptical.ts). */
  const answerUnnamedParty = (
    topic: string,
    party: string,
    typed: string,
    context: DialogueContext,
    lang: Lang,
    words: DialogueWords,
  ): Extract<DialogueReply, { kind: "answer" }> => {
    const evidence = lastEvidence(context, lang);
    const verdict = unnamedPartyVerdict(context.verdict, evidence);
    const shown = words.lang === "ru" ? topic : party;
    const at = typed.toLowerCase().indexOf(shown);
    const name = at >= 0 ? typed.slice(at, at + shown.length) : shown;
    const unmentioned =
      words.lang === "ru"
        ? `В статье об этом ничего нет: «${name}».`
        : `The article does not mention ${name}.`;
    const extra = { understood: null, followUp: "topic-switch" as const, asked: context.question, verdict };
    if (evidence)
      return answerReply(
        { ...evidence, answer: `${unmentioned} ${withoutOwnVerdict(evidence.answer)}` },
        { ...extra, verdictSource: "article-text" },
      );
    const lead = verdict ? `${verdictWord(verdict, words.lang)} ` : "";
    const refusal = withStorySuggestions(findAnswer(party, lang), lang);
    return answerReply(
      {
        ...refusal,
        answered: false,
        kind: "none",
        entry: null,
        answer: `${lead}${unmentioned}`,
        quotes: [],
        reason: "out-of-scope",
      },
      { ...extra, verdictSource: "article-text" },
    );
  };

  /** "Only in Israel?", "только в Газе?": the restriction against the last answer's evidence (elliptical.ts). */
  const answerRestriction = (
    restriction: string,
    context: DialogueContext,
    lang: Lang,
    words: DialogueWords,
  ): Extract<DialogueReply, { kind: "answer" }> | null => {
    const evidence = lastEvidence(context, lang);
    if (!evidence) return null;
    const verdict = restrictionVerdict(restriction, evidence, words.lang);
    const only = words.lang === "ru" ? "только" : "only";
    return answerReply(
      { ...evidence, answer: withoutOwnVerdict(evidence.answer) },
      {
        understood: `${context.question} — ${only} ${restriction}`,
        followUp: "topic-switch",
        asked: context.question,
        verdict,
        verdictSource: verdict ? "article-text" : null,
      },
    );
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
  ): Extract<DialogueReply, { kind: "answer" }> | null => {
    const thing = mentionAsked(fold(question), words.lang);
    if (!thing) return null;
    const extra = { understood, followUp, asked: question, verdictSource: "article-text" as const };
    if (!articleMentions(thing, words.lang, kb) && speakers.namedIn(thing).length === 0) {
      const refusal = withStorySuggestions(findAnswer(thing, lang), lang);
      const at = typed.toLowerCase().indexOf(thing);
      const name = at >= 0 ? typed.slice(at, at + thing.length) : thing;
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
    if (!evidence?.answered) return null;
    return answerReply(evidence, { ...extra, verdict: "yes" });
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
  ): Extract<DialogueReply, { kind: "answer" }> | null => {
    const sides = alternativesOf(folded, words);
    if (!sides) return null;
    // "Erdogan or Biden?" alone reads against the last answer, below.
    if (sides[0].trim() === "" || sides[1].trim() === "") return null;
    const replies = sides.map((side) =>
      answerStandAlone(side, lang, words, side, inContext ? "pronoun" : null, `${side}?`),
    );
    const supported = replies.filter((r) => r.verdict === "yes" && r.answer.answered);
    if (supported.length !== 1) return null;
    const [chosen] = supported as [Extract<DialogueReply, { kind: "answer" }>];
    return {
      ...chosen,
      answer: { ...chosen.answer, answer: withoutOwnVerdict(chosen.answer.answer) },
      verdict: null,
      verdictSource: null,
    };
  };

  /**
   * "Erdogan or Biden?" after an answer: the side its evidence names (its words, or a speaker's name) when the
   * other is not named there; shown as the last answer again, with the side as the question read.
   */
  const answerBareAlternative = (
    folded: string,
    context: DialogueContext,
    lang: Lang,
    words: DialogueWords,
  ): Extract<DialogueReply, { kind: "answer" }> | null => {
    const sides = bareAlternativeOf(folded, words);
    const evidence = sides ? lastEvidence(context, lang) : null;
    if (!sides || !evidence) return null;
    const said = fold(
      [evidence.answer, ...evidence.quotes.flatMap((q) => [q.text, q.translation ?? ""])].join(" "),
    );
    const stem = (w: string) => (words.lang === "ru" ? w.slice(0, Math.max(4, w.length - 2)) : w);
    const named = (side: string) => {
      const ids = speakers.namedIn(side).map((n) => n.id);
      if (ids.length > 0) return ids.some((id) => speakers.namedIn(said).some((n) => n.id === id));
      const bare = side.replace(/^(?:the|a|an)\s+/, "");
      // "the us": the knowledge base's synonyms ("united states", "washington") count as naming it.
      const group = kb.synonyms.find((g) => g.some((t) => fold(t) === bare)) ?? [bare];
      if (words.lang === "en") return group.some((t) => ` ${said} `.includes(` ${fold(t)} `));
      const content = bare.split(" ").filter((w) => w.length > 2);
      return content.length > 0 && content.every((w) => said.includes(stem(w)));
    };
    const hits = sides.filter(named);
    if (hits.length !== 1) return null;
    return answerReply(
      { ...evidence, answer: withoutOwnVerdict(evidence.answer) },
      { understood: `${context.question} — ${hits[0]}`, followUp: "topic-switch", asked: context.question },
    );
  };

  /**
   * A question with pronouns read against the context: "he", "they" as the context's speaker, "that guy" as the
   * other person of the last answer, "it" as the last topic — unless the question names a speaker whose words
   * the plain reading finds and the topic reading loses ("what does the Foreign Ministry want to do about it?").
   */
  const resolveInContext = (
    folded: string,
    context: DialogueContext | null,
    lang: Lang,
    words: DialogueWords,
  ): string | null => {
    // "is it true that he…": that "it" is the frame's, not the last topic; only the clause after it is read.
    const frame = IS_IT_TRUE.exec(folded);
    if (frame?.[1] && frame[2]) {
      const clause = resolveInContext(frame[2], context, lang, words);
      return clause ? `${frame[1]}${clause}` : null;
    }
    const personal = resolvePronouns(folded, context, words, speakers, words.lang);
    const base = personal ?? folded;
    const topical = resolveTopic(base, context, words, speakers);
    if (!topical) return personal;
    const named = new Set(speakers.namedIn(base).map((n) => n.id));
    if (named.size === 0) return topical;
    const quotesNamed = (a: Answer) =>
      (a.speaker !== null && named.has(a.speaker.id)) ||
      a.quotes.some((q) => q.voice === "reported" && named.has(q.speakerId));
    const plain = findAnswer(base, lang);
    return quotesNamed(plain) && !quotesNamed(findAnswer(topical, lang)) ? personal : topical;
  };

  /** Several readings of a follow-up: the one the engine is surest of, answered ones first. */
  const bestReading = (readings: string[], lang: Lang) => {
    let best: { question: string; answer: Answer } | null = null;
    let bestRank = Number.NEGATIVE_INFINITY;
    for (const [i, question] of readings.entries()) {
      const answer = findAnswer(question, lang);
      // The readings come best guess first: a later one must be clearly surer to win.
      const rank =
        (answer.answered ? 2 : answer.reason === "not-in-article" ? 1 : 0) +
        answer.confidence / 2 -
        LATER_READING * i;
      if (rank > bestRank + 1e-9) {
        best = { question, answer };
        bestRank = rank;
      }
    }
    return best;
  };

  /** One voice: the same speaker, one the article treats as the same actor, or one speaking for the other. */
  const sameVoice = (a: string, b: string) => {
    const speaksFor = (x: string, y: string) => {
      const role = kb.speakerById.get(x)?.role.toLowerCase() ?? "";
      const name = kb.speakerById.get(y)?.name.toLowerCase().replace(/^the /, "");
      return name !== undefined && role.includes(`for the ${name}`);
    };
    return sameActorOrTerm(`@${a}`, `@${b}`) || speaksFor(a, b) || speaksFor(b, a);
  };

  const answerFollowUp = (
    followUp: FollowUp,
    context: DialogueContext,
    lang: Lang,
    words: DialogueWords,
    typed?: string,
  ): DialogueReply => {
    const entry = context.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    switch (followUp.kind) {
      case "who-said-that":
        if (!entry) return noContext(followUp.kind, lang);
        return { kind: "who-said-that", understood: words.templates.whoSaidThat, answer: entry };
      case "is-that-true":
        if (!entry) return noContext(followUp.kind, lang);
        // The bot knows only the article: "yes" means the article reports it, and the reply says so.
        return {
          kind: "is-that-true",
          understood: words.templates.isThatTrue,
          answer: entry,
          verdict: entry.answered ? "yes" : "not-said",
        };
      case "said-by": {
        // After "what did Peskov say?" (no entry, the speaker's statements) the last answer is asked again.
        const last = entry ?? (context.speakerId ? findAnswer(context.question, lang) : null);
        if (!last) return noContext("is-that-true", lang);
        // Whose words the last answer reports: the named speaker's (or one the article treats as the same
        // voice, Peskov for the Kremlin), else someone else's; a gap or an answer without quotes says nothing.
        const quoted = entry ? (entry.entry?.quotes ?? []).map((q) => q.speaker) : [context.speakerId ?? ""];
        const theirs = quoted.some((id) => sameVoice(id, followUp.speakerId));
        return answerReply(last, {
          understood: words.templates.saidBy(speakers.shortName(followUp.speakerId, words.lang)),
          followUp: "is-that-true",
          asked: context.question,
          verdict: !last.answered || quoted.length === 0 ? "not-said" : theirs ? "yes" : "no",
          verdictSource: "attribution",
        });
      }
      case "more":
        return more(context, entry, lang, words);
      default: {
        const readings = readingsOf(followUp, context, words, speakers, words.lang, mainSpeaker);
        const best = bestReading(readings, lang);
        if (!best) return noContext(followUp.kind, lang);
        // "А Эрдоган согласился?": a switch asked by intonation keeps its question mark, a Russian yes/no's mark.
        const asked =
          typed?.trim().endsWith("?") && SWITCHES.has(followUp.kind) ? `${best.question}?` : best.question;
        const reply = answerStandAlone(best.question, lang, words, best.question, followUp.kind, asked);
        // "Why?" that finds the same entry again: the entry the curators name as holding its reason, if any.
        const reasonId = context.entryId ? conversation.reasons?.get(context.entryId) : undefined;
        const reason = reasonId ? engine.answerForEntry(reasonId, lang) : null;
        if (followUp.kind === "why" && reason && reply.answer.entry?.id === context.entryId)
          return answerReply(reason, { understood: best.question, followUp: "why", asked: best.question });
        // "Why?" the engine cannot place: the article gives no more reason than the last answer did.
        if (
          !reply.answer.answered &&
          reply.answer.reason !== "not-in-article" &&
          entry &&
          followUp.kind !== "speaker-switch" &&
          followUp.kind !== "topic-switch"
        ) {
          return { ...reply, answer: { ...entry, answered: false, reason: "not-in-article" }, verdict: null };
        }
        return reply;
      }
    }
  };

  /** "Tell me more": the paragraphs the last answer quotes, in full, when they hold more than the quotes did. */
  const more = (
    context: DialogueContext,
    entry: Answer | null,
    lang: Lang,
    words: DialogueWords,
  ): DialogueReply => {
    if (!entry?.entry) {
      if (context.entryId === null) {
        const summary = findAnswer("summary", lang);
        return answerReply(
          { ...summary, answer: kb.summaries.long },
          { understood: words.templates.more(summary.title), followUp: "more" },
        );
      }
      return noContext("more", lang);
    }
    const numbers = [...new Set(entry.entry.quotes.map((q) => q.paragraph))].sort((a, b) => a - b);
    // Within one reply's length (a long answer's three paragraphs are not): the first ones, at least one.
    const paragraphs: { number: number; text: string }[] = [];
    let used = entry.title.length;
    for (const n of numbers) {
      const text = kb.article.paragraphs[n - 1] ?? "";
      if (paragraphs.length > 0 && used + text.length > REPLY_BUDGET) break;
      paragraphs.push({ number: n, text });
      used += text.length;
    }
    const quoted = entry.entry.quotes.reduce((n, q) => n + q.text.length, 0);
    const whole = paragraphs.reduce((n, p) => n + p.text.length, 0);
    if (paragraphs.length > 0 && whole > quoted * 1.2) {
      return {
        kind: "more",
        entryId: entry.entry.id,
        title: entry.title,
        understood: words.templates.more(entry.title),
        paragraphs,
        suggestions: entry.suggestions,
      };
    }
    // The quotes were the whole paragraph already: more is the next related question the article answers.
    const next = entry.suggestions
      .map((s) => engine.answerForEntry(s.entryId, lang))
      .find((a) => a?.answered);
    if (!next) return noContext("more", lang);
    return answerReply(next, { understood: words.templates.more(entry.title), followUp: "more" });
  };

  const noContext = (followUp: FollowUpKind, lang: Lang): DialogueReply => ({
    kind: "no-context",
    followUp,
    suggestions: storySuggestions(lang),
  });

  /** Two questions in one message: each answered, the second read against the first. */
  const answerTwo = (
    parts: string[],
    lang: Lang,
    words: DialogueWords,
    context: DialogueContext | null,
    now: number,
  ): { replies: DialogueReply[]; context: DialogueContext | null } | null => {
    const [first, second] = parts as [string, string];
    // "Is that true? Did he really say…": the first half may itself be a follow-up on the chat so far.
    const firstFollowUp = context ? followUpOf(fold(first), words, speakers) : null;
    if (firstFollowUp && context) {
      const one = answerFollowUp(firstFollowUp, context, lang, words);
      const afterOne =
        one.kind === "answer" ? contextAfter(one.asked, one.answer, lang, now, words, context) : context;
      const resolved = resolveInContext(fold(second), afterOne, lang, words);
      const two = answerStandAlone(resolved ?? second, lang, words, resolved, resolved ? "pronoun" : null);
      return {
        replies: [one, two],
        context: contextAfter(two.asked, two.answer, lang, now, words, afterOne),
      };
    }
    const one = answerStandAlone(first, lang, words, null, null);
    const afterOne = contextAfter(one.asked, one.answer, lang, now, words, context);
    const secondFolded = fold(second);
    const followUp = followUpOf(secondFolded, words, speakers);
    let two: DialogueReply;
    if (followUp && afterOne && followUp.kind !== "topic-switch") {
      two = answerFollowUp(followUp, afterOne, lang, words);
    } else {
      const resolved = resolveInContext(secondFolded, afterOne, lang, words);
      two = answerStandAlone(resolved ?? second, lang, words, resolved, resolved ? "pronoun" : null);
    }
    if (two.kind !== "answer") return { replies: [one, two], context: afterOne };
    const same = one.answer.entry?.id !== undefined && one.answer.entry.id === two.answer.entry?.id;
    if (same || (!one.answer.answered && !two.answer.answered)) return null;
    const size = (a: Answer) =>
      a.answer.length + a.quotes.reduce((n, q) => n + q.text.length + q.speaker.length + 2, 0);
    const deferred = size(one.answer) + size(two.answer) > budget;
    const question = two.kind === "answer" ? two.asked : second;
    return {
      replies: [one, { ...two, deferred }],
      context: contextAfter(question, two.answer, lang, now, words, afterOne),
    };
  };

  const LEADING_INTERJECTION =
    /^\s*(?:правда|серь[её]зно|неужели|да ладно|ого|ничего себе|really|seriously|wow|oh)\s*[?!.]+\s+(?=\S)/iu;

  const withVerdict = (next: DialogueContext | null, verdict: YesNo | null): DialogueContext | null =>
    next ? { ...next, verdict } : null;

  const respond: Dialogue["respond"] = (typed, { lang: readerLang, context: stored, now }) => {
    // "правда? за что?", "really? why?": the surprise leads, the follow-up after it is the question.
    const text = typed.replace(LEADING_INTERJECTION, "") || typed;
    answeredThisTurn.clear();
    const lang = languageOf(text, readerLang);
    const words = wordsFor(parsingLanguageOf(text, readerLang));
    const context = stored && now - stored.at <= CONTEXT_TTL_MS ? stored : null;
    const folded = fold(text);
    const touched = context ? { ...context, at: now } : null;

    if (/^\d{1,3}$/.test(folded)) {
      return {
        lang,
        replies: [
          {
            kind: "no-such-button",
            number: Number(folded),
            buttons: context?.buttons ?? 0,
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

    // "Erdogan or Biden?" after an answer: the side the answer names.
    const bare = context ? answerBareAlternative(folded, context, lang, words) : null;
    if (context && bare) return { lang, replies: [bare], context: { ...context, at: now, verdict: null } };

    // "Only in Israel?" after an answer: read against that answer's evidence.
    const restriction = context ? restrictionOf(folded, words.lang) : null;
    if (context && restriction) {
      const reply = answerRestriction(restriction, context, lang, words);
      if (reply) return { lang, replies: [reply], context: { ...context, at: now, verdict: reply.verdict } };
    }

    const followUp = followUpOf(folded, words, speakers);
    // "And China?": a party the article never names, after an answer.
    const party = context && followUp?.kind === "topic-switch" ? partyOf(followUp.topic, words.lang) : null;
    if (context && followUp?.kind === "topic-switch" && party && unnamedByArticle(party, words.lang)) {
      const reply = answerUnnamedParty(followUp.topic, party, text, context, lang, words);
      return { lang, replies: [reply], context: { ...context, at: now, verdict: reply.verdict } };
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
          reply.kind === "answer"
            ? withVerdict(contextAfter(reply.asked, reply.answer, lang, now, words, context), reply.verdict)
            : touched;
        return { lang, replies: [reply], context: next };
      }
      if (needsContext) {
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
