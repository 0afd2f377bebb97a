// The answering engine: question -> its language -> analysis -> intent or ranked entries -> a calibrated decision,
// answered in the reader's language. A question is read in the language of its script (Cyrillic, or Russian
// typed in Latin letters, is read as Russian); the reply is in that language, or in the reader's own when the
// words do not say (a bare name: "putin").
import Fuse from "fuse.js";
import type { Entry, KnowledgeBase, Speaker } from "../knowledge/index.js";
import { givesAnswerType, wantedAnswerType } from "./answer-type.js";
import { blameTargetFirst } from "./blame-target.js";
import { cyrillicNamesOf, withEnglishNames } from "./cyrillic-names.js";
import { decide } from "./decide.js";
import { sidesOf, withoutLeadingVerdict } from "./either-or.js";
import { isCommonEnglish, readsAsEnglish } from "./english.js";
import { asksForecast } from "./future-outcome.js";
import { detectIntent, ENGLISH_INTENT_WORDS, type IntentWords } from "./intents.js";
import { withoutUnknownAlternative } from "./known-alternative.js";
import { ENGLISH } from "./language.js";
import { type Analysis, Lexicon, type SavedLexicon } from "./lexicon.js";
import { localView } from "./localise.js";
import { partsOfStretches, stretchesOf } from "./long-message.js";
import { holdsRussianWords } from "./mixed-script.js";
import { entryOfParagraph, namedParagraph } from "./named-paragraph.js";
import { asksOwnAdvice } from "./own-advice.js";
import { leadSentence, paragraphAsked } from "./paragraph-asked.js";
import { asksPlacesNamed } from "./places-named.js";
import { pointsAtEvent } from "./pointed-event.js";
import { pointsBack } from "./pointed-topic.js";
import { QUESTION_IN_MESSAGE, questionPieces } from "./question-pieces.js";
import { quotedTopicFirst } from "./quoted-topic.js";
import { asksBeyondStory, focusedRamble } from "./ramble-focus.js";
import { Ranker, type SavedRanker } from "./ranker.js";
import { questionAsRead } from "./readers.js";
import { createReplies, withinBudget } from "./replies.js";
import { russianStretchAsks } from "./russian/chatter-stretch.js";
import { englishPhraseIn } from "./russian/english-phrase.js";
import { asksRussianForecast } from "./russian/forecast.js";
import { RUSSIAN_INTENT_WORDS } from "./russian/intents.js";
import { fromTranslit, isCyrillic, looksTransliterated } from "./russian/normalise.js";
import { asksPracticalRequest } from "./russian/practical-request.js";
import { asksOfQuotedWork } from "./russian/quoted-work.js";
import { rambleQuestionOf } from "./russian/ramble-question.js";
import { RUSSIAN } from "./russian/rules.js";
import { asksOthersFailure } from "./russian/whose-failure.js";
import { SoleMentions } from "./sole-mention.js";
import { speakerStanceFirst } from "./speaker-stance.js";
import { DEFAULT_TUNING, type Tuning } from "./tuning.js";
import type { Answer, AnsweringEngine, Lang } from "./types.js";
import { asksOpenly, REASON_MARGIN, reasonFirst } from "./why-reason.js";

export { REPLY_BUDGET } from "./replies.js";

/** What the engine saw in a question: for `npm run ask -- --explain` and for whoever tunes the engine. */
export interface Explanation {
  /** The language the question was read in. */
  lang: Lang;
  tokens: string[];
  unknown: string[];
  unknownNames: string[];
  cues: string[];
  ranked: { entryId: string; score: number }[];
}

export interface ExplainableEngine extends AnsweringEngine {
  explain(question: string, lang?: Lang): Explanation;
  /** An English text's content terms: concepts ("=violence", "@putin") and stems, typos corrected. */
  contentTerms(text: string): string[];
  /** Builds now what is otherwise built on first use (the Russian index, the English typo index): no reader waits. */
  warmUp(): void;
  /**
   * The reader's lexicon of a language (Russian: built now if not yet; null without a Russian knowledge base): the
   * claim checker reads with the same one instead of building its own copy of the vocabulary.
   */
  lexicon(lang: Lang): Lexicon | null;
}

/** No alias is longer (the schema's limit): fuzzy search needs no more of a typed name. */
const LONGEST_ALIAS = 60;

/** Everything needed to read questions in one language. */
interface Reader {
  lang: Lang;
  lexicon: Lexicon;
  ranker: Ranker;
  intentWords: IntentWords;
  /** Parties the article names in one sentence only, asked about as such (sole-mention.ts). */
  mentions: SoleMentions;
}

/** The English reader's index as plain data: made at build time (saved-index.ts), so a start only restores it. */
export interface SavedEnglishIndex {
  lexicon: SavedLexicon;
  ranker: SavedRanker;
}

/** Reads the knowledge base into the English reader's index, as createEngine would, and returns it as data. */
export function buildEnglishIndex(kb: KnowledgeBase): SavedEnglishIndex {
  const lexicon = new Lexicon(kb, ENGLISH);
  return { lexicon: lexicon.save(), ranker: new Ranker(kb, lexicon, DEFAULT_TUNING).save() };
}

/** `saved`: the English index made from this same knowledge base by buildEnglishIndex (else it is built here). */
export function createEngine(
  kb: KnowledgeBase,
  tuningOverrides: Partial<Tuning> = {},
  saved?: SavedEnglishIndex,
): ExplainableEngine {
  const tuning = { ...DEFAULT_TUNING, ...tuningOverrides };
  const lexicon = new Lexicon(kb, ENGLISH, saved?.lexicon);
  const english: Reader = {
    lang: "en",
    lexicon,
    ranker: new Ranker(kb, lexicon, tuning, saved?.ranker),
    intentWords: ENGLISH_INTENT_WORDS,
    mentions: new SoleMentions(kb, kb, lexicon),
  };
  lexicon.doneIndexing();
  // Built on the first Russian question (about as long again as the English index): an English reader, and the
  // start of every process, never pay for it. `warmUp()` builds it ahead where a first reply must not wait.
  let russianBuilt: Reader | undefined;
  const russian = (): Reader | null => {
    if (!kb.locales?.ru) return null;
    russianBuilt ??= russianReader(kb, tuning);
    return russianBuilt;
  };
  const replies = createReplies(kb);
  const quotedSpeakers = new Set(kb.speakers.filter((s) => s.quoted).map((s) => s.id));
  // Only a name the lexicon cannot place needs it: built then (start-up time counts).
  let speakerNamesBuilt: Fuse<{ alias: string; id: string }> | undefined;
  const speakerNames = () =>
    (speakerNamesBuilt ??= new Fuse(
      kb.speakers.flatMap((s) =>
        [s.name, ...s.aliases, ...(kb.locales?.ru?.speakerById.get(s.id)?.aliases ?? [])].map((alias) => ({
          alias,
          id: s.id,
        })),
      ),
      { keys: ["alias"], includeScore: true, threshold: 0.35, ignoreLocation: true },
    ));
  /** The English entry a (possibly localised) ranked entry stands for. */
  const original = (e: Entry): Entry => kb.entryById.get(e.id) ?? e;

  const cyrillicNames = cyrillicNamesOf(kb);
  /** Which reader reads the question, and the text it reads. */
  const route = (question: string, inRussian = false): { reader: Reader; text: string } => {
    if (!kb.locales?.ru) return { reader: english, text: question };
    if (inRussian) return { reader: russian()!, text: question };
    const named = withEnglishNames(question, cyrillicNames);
    if (named) return { reader: english, text: named };
    if (isCyrillic(question)) return { reader: russian()!, text: question };
    if (looksTransliterated(question) && !readsAsEnglish(question))
      return { reader: russian()!, text: fromTranslit(question) };
    return { reader: english, text: question };
  };
  /** The reply's language: the question's, unless it is only names and numbers ("putin"): then the reader's. */
  const replyLang = (reader: Reader, analysis: Analysis, lang: Lang | undefined): Lang => {
    if (reader.lang !== "en") return reader.lang;
    const wanted = replies.usable(lang);
    if (wanted === "en") return "en";
    const saysEnglish = analysis.tokens.some(
      (t) => t.role !== "content" || t.surface.split(" ").some((w) => isCommonEnglish(w)),
    );
    return saysEnglish ? "en" : wanted;
  };

  /**
   * A long message refused whole is read in pieces: where a question starts in it (question-pieces.ts) and its
   * stretches between the words chat turns on (long-message.ts); the piece answered with the most confidence
   * stands for it — unless a piece that asks names something the article does not ("…, но какой курс
   * биткоина?"): the gate's refusal stands. A name in the chatter ("по телеку говорят…") does not.
   */
  const findAnswer = (question: string, lang?: Lang): Answer => {
    const typed = readMessage(question, lang);
    // A long Russian message's question without the asker's story and courtesy (russian/ramble-question.ts),
    // when it is answered surer than the message as typed.
    const asked = route(question).reader.lang === "ru" ? rambleQuestionOf(question) : null;
    // Nothing is surer than a full match: the question is not read again.
    if (asked === null || (typed.answered && typed.confidence >= 1)) return typed;
    const focused = surestOfAsked(asked, lang);
    const surer = focused.answered && (!typed.answered || focused.confidence > typed.confidence);
    return surer ? focused : typed;
  };

  const readMessage = (question: string, lang?: Lang): Answer => {
    const whole = answerWhole(question, lang);
    if (!whole.answered && whole.lang === "ru") {
      const phrase = englishPhraseAnswered(question);
      if (phrase) return phrase;
    }
    // "Peskov said what про роль Kremlin": English by its letters, refused for its Russian words (mixed-script.ts).
    if (!whole.answered && route(question).reader === english && holdsRussianWords(question)) {
      const read = answerWhole(question, lang, true);
      // Answered in the question's language by its letters, as the bot's own words around it are.
      if (read.answered && read.kind === "entry" && read.entry)
        return withinBudget(replies.entryAnswer(original(read.entry), read.confidence, "en"));
      if (read.answered) return read;
    }
    if (whole.answered || whole.reason === "not-in-article" || whole.reason === "empty") return whole;
    // A forecast or advice for the asker's own life asked whole: no piece of it is the story's question.
    if (whole.refusedAs === "forecast" || ownAdvice(question)) return whole;
    if (whole.reason === "ambiguous") {
      const side = oneSideAnswered(question, whole);
      if (side) return side;
    }
    if (whole.reason === "out-of-scope") {
      const known = knownSideAnswered(question, lang);
      if (known) return known;
    }
    const focused = rambleAnswered(question, lang);
    if (focused) return focused;
    const pieces = question.length >= QUESTION_IN_MESSAGE ? questionPieces(question) : [];
    const stretches = stretchesOf(question);
    const parts = partsOfStretches(stretches);
    if (pieces.length === 0 && parts.length === 0) return whole;
    // One stretch that asks, not two joined: chatter beside a question ("…about putin yesterday, but who…").
    // A topic set out first and asked about by a pronoun after it ("Saudi Arabia … - is it dead now?"): its names count.
    for (const [i, part] of stretches.entries()) {
      const { reader, text } = route(part);
      const seen = reader.lexicon.analyse(text);
      const asked =
        reader.lang === "ru" ? russianStretchAsks(part) : part.includes("?") || seen.questionWords.length > 0;
      const pointedAt = stretches
        .slice(i + 1)
        .some(
          (later) =>
            pointsBack(later, question) ||
            (seen.unknownNames.length > 0 &&
              pointsAtEvent(later, text, (t) => reader.lexicon.analyse(t).content)),
        );
      if (seen.unknownNames.length > 0 && (asked || pointedAt)) return whole;
    }
    let best: Answer | null = null;
    for (const piece of pieces) {
      const a = answerWhole(piece, lang);
      if ((a.answered || a.reason === "not-in-article") && (!best || a.confidence > best.confidence))
        best = { ...a, readAs: piece };
    }
    // A part asking for the story in brief ("…можете коротко сказать, что там главное") stands only when no part asks about one thing.
    let brief: Answer | null = null;
    // A part that asks nothing (no question or frame word, no "?": "…там Путин, Эрдоган, какой-то квартет…") is
    // chatter beside the question of a message that asks one: it stands only when no part asks.
    const asks = question.includes("?");
    let chatter: Answer | null = null;
    for (const part of parts) {
      const a = answerWhole(part, lang);
      if (a.answered && a.kind === "entry" && asks && asksNothing(part)) {
        if (!chatter || a.confidence > chatter.confidence) chatter = { ...a, readAs: part };
      } else if (a.answered && a.kind === "entry" && (!best || a.confidence > best.confidence))
        best = { ...a, readAs: part };
      else if (a.kind === "summary" && !brief) brief = { ...a, readAs: part };
    }
    return best ?? brief ?? chatter ?? whole;
  };

  /** A ramble's kept question, or one of its sentences when it asks several: whichever is answered surest. */
  const surestOfAsked = (asked: string, lang?: Lang): Answer => {
    const sentences = asked.match(/[^?]+\?+/g) ?? [];
    const read = [asked, ...(sentences.length > 1 ? sentences : [])].map((q) => ({
      ...findAnswer(q, lang),
      readAs: q,
    }));
    return read.reduce((best, a) =>
      a.answered && (!best.answered || a.confidence > best.confidence) ? a : best,
    );
  };

  /** The article's English phrase inside a Russian question, read alone (russian/english-phrase.ts), in Russian. */
  const englishPhraseAnswered = (question: string): Answer | null => {
    const phrase = englishPhraseIn(question, readsAsEnglish);
    if (phrase === null || route(phrase).reader !== english) return null;
    const a = answerWhole(phrase, "en");
    if (!a.answered || a.kind !== "entry" || a.entry === null) return null;
    return { ...withinBudget(replies.entryAnswer(original(a.entry), a.confidence, "ru")), readAs: phrase };
  };

  /** An either/or whose side alone finds one of the whole's near entries (either-or.ts): the surest such side. */
  const oneSideAnswered = (question: string, whole: Answer): Answer | null => {
    const sides = sidesOf(question);
    if (!sides) return null;
    const near = new Set(whole.suggestions.map((s) => s.entryId));
    const found = sides
      .map((side) => answerWhole(side))
      .filter((a) => a.answered && a.kind === "entry" && a.entry !== null && near.has(a.entry.id));
    const [best] = found.sort((a, b) => b.confidence - a.confidence);
    return best ? { ...best, answer: withoutLeadingVerdict(best.answer) } : null;
  };

  /** "X or Y" where the article knows only one of the names (known-alternative.ts): the question on the known one. */
  const knownSideAnswered = (question: string, lang?: Lang): Answer | null => {
    const { reader } = route(question);
    if (reader.lang !== "en") return null;
    const rest = withoutUnknownAlternative(question, {
      unknownName: (word) => reader.lexicon.analyse(word).unknownNames.length > 0,
      known: (word) => {
        const seen = reader.lexicon.analyse(word);
        return seen.content.length > 0 && seen.unknown.length === 0;
      },
    });
    if (rest === null) return null;
    const a = answerWhole(rest, lang);
    if (!a.answered || a.kind !== "entry") return null;
    return { ...a, answer: withoutLeadingVerdict(a.answer), readAs: rest };
  };

  /**
   * A long message read without the asker's own story around its question (ramble-focus.ts), as a message of its
   * own; its one near entry is answered when nothing else comes close (a ramble's many words thin every score).
   */
  const rambleAnswered = (question: string, lang?: Lang): Answer | null => {
    const { reader, text } = route(question);
    if (reader.lang !== "en") return null;
    const focused = focusedRamble(reader.lexicon.analyse(questionAsRead(text, "en")));
    if (focused === null) return null;
    if (asksBeyondStory(text, (clause) => reader.lexicon.analyse(questionAsRead(clause, "en")))) return null;
    const a = findAnswer(focused, lang);
    if (a.answered && a.kind === "entry") return { ...a, readAs: focused };
    const [only, ...others] = a.suggestions;
    const entry = only && others.length === 0 ? kb.entryById.get(only.entryId) : undefined;
    if (a.reason !== "ambiguous" || !entry || a.confidence < tuning.answerAt - tuning.oneTopicAllowance)
      return null;
    return { ...withinBudget(replies.entryAnswer(entry, a.confidence, a.lang ?? "en")), readAs: focused };
  };

  /** Whether a message asks advice for the asker's own life (own-advice.ts): no piece of it is the story's. */
  const ownAdvice = (question: string): boolean => {
    const { reader, text } = route(question);
    if (reader.lang !== "en") return false;
    const seen = reader.lexicon.analyse(text);
    return asksOwnAdvice(seen.words, seen.speakers);
  };

  /** Whether a part of a message asks nothing: no question mark, no question or frame word. */
  const asksNothing = (text: string): boolean => {
    if (text.includes("?")) return false;
    const { reader, text: read } = route(text);
    return reader.lexicon.analyse(read).cues.length === 0;
  };

  /** Outside the article whatever story words it holds: the refusal in `out`, with the story's popular questions. */
  const outOfScope = (out: Lang): Answer =>
    replies.noAnswer(
      out,
      "out-of-scope",
      replies.textsOf(out).outOfScope(replies.oneLine(out)),
      replies.popular(3, out),
    );

  const answerWhole = (question: string, lang?: Lang, inRussian = false): Answer => {
    const { reader, text } = route(question, inRussian);
    const analysis = reader.lexicon.analyse(questionAsRead(text, reader.lang));
    const out = replyLang(reader, analysis, lang);
    const t = replies.textsOf(out);
    if (analysis.tokens.length === 0) return replies.noAnswer(out, "empty", t.empty, replies.popular(3, out));
    // "How does the article open?": what that paragraph's lead sentence finds (paragraph-asked.ts).
    const part = reader.lang === "en" ? paragraphAsked(analysis.words, kb.article.paragraphs.length) : null;
    if (part !== null) return answerWhole(leadSentence(kb.article, part), lang);
    // Advice for the asker's own life: a word the story shares ("negotiate", "stop") does not make it the story's.
    if (reader.lang === "en" && asksOwnAdvice(analysis.words, analysis.speakers)) return outOfScope(out);
    // How the story's events will turn out: the article reports what was said (future-outcome.ts).
    if ((reader.lang === "en" && asksForecast(text)) || (reader.lang === "ru" && asksRussianForecast(text)))
      return {
        ...replies.noAnswer(out, "out-of-scope", t.forecast(replies.oneLine(out)), replies.popular(3, out)),
        refusedAs: "forecast",
      };
    // Not the article's, whatever story words it holds: a failure put on another party than the US ("Почему
    // обанкротилась Турция?", russian/whose-failure.ts); an errand of the asker's own (russian/practical-request.ts).
    if (
      reader.lang === "ru" &&
      (asksOthersFailure(analysis.content, analysis.unknownNames, analysis.tokens) ||
        asksPracticalRequest(text))
    )
      return outOfScope(out);
    if (asksPlacesNamed(analysis)) return withinBudget(replies.placesNamed(out));
    const intent = detectIntent(analysis, analysis.words, quotedSpeakers, reader.intentWords);
    if (intent?.kind === "summary") return replies.summary(out);
    // "Кто написал «Войну и мир»?": a book, film or song, whatever words of the story its title holds.
    if (reader.lang === "ru" && asksOfQuotedWork(text)) return outOfScope(out);
    if (intent?.kind === "quotes") {
      const [only, ...more] = intent.speakerIds;
      if (only === undefined || more.length === 0) return withinBudget(replies.quotesBy(only ?? null, out));
      return withinBudget(replies.quotesOfSeveral(intent.speakerIds, out));
    }

    // A why/how question wants the reason, not a yes/no card (why-reason.ts).
    // Whom a speaker blames, asked with a guess ("did putin blame erdogan?"): that speaker's blame entry (blame-target.ts).
    const ranked = blameTargetFirst(
      analysis,
      reasonFirst(
        analysis,
        quotedTopicFirst(
          analysis,
          speakerStanceFirst(
            analysis,
            reader.mentions.prefer(analysis, reader.ranker.rank(analysis), tuning.sureAt),
            REASON_MARGIN,
          ),
          REASON_MARGIN,
        ),
        REASON_MARGIN,
      ),
      (q) => reader.lexicon.analyse(q).content.includes("=blame"),
    );
    const decision = decide(ranked, analysis, tuning);
    switch (decision.kind) {
      case "answer": {
        const asked = wantedAnswerType(analysis.words, reader.lang);
        // Private life is asked of a person the question names ("does Putin have kids"), not of the story.
        const wanted = asked === "personal" && analysis.speakers.length === 0 ? null : asked;
        const entry = original(decision.entry);
        // Whether the entry gives a figure or a date does not depend on the language: judged on the English.
        if (wanted && entry.kind === "answer" && !givesAnswerType(entry.answer, wanted, analysis.words)) {
          return withinBudget({
            ...replies.entryAnswer(entry, decision.confidence, out),
            answered: false,
            reason: "not-in-article",
            answer: t.noFigure(wanted, replies.localAnswer(entry, out)),
          });
        }
        const answer = replies.entryAnswer(entry, decision.confidence, out);
        // "Why…?" or "what…?" answered by a yes/no card: the card, without its "Yes."/"No." (why-reason.ts).
        if (asksOpenly(analysis)) answer.answer = withoutLeadingVerdict(answer.answer);
        const rival = decision.rival ? original(decision.rival) : null;
        if (rival && !answer.suggestions.some((s) => s.entryId === rival.id)) {
          answer.suggestions = [replies.suggestion(rival, out), ...answer.suggestions].slice(0, 3);
        }
        return withinBudget(answer);
      }
      case "ambiguous": {
        // A part of the article named ("the last paragraph", "the conclusion"): the near entry quoting it.
        const paragraph = namedParagraph(analysis.words, kb.article.paragraphs.length);
        const chosen =
          paragraph === null ? null : entryOfParagraph(decision.candidates.map(original), paragraph);
        if (chosen) return withinBudget(replies.entryAnswer(chosen, decision.confidence, out));
        return replies.noAnswer(
          out,
          "ambiguous",
          t.ambiguous,
          decision.candidates.map((e) => replies.suggestion(original(e), out)),
          decision.confidence,
        );
      }
      case "refuse": {
        const near = decision.candidates.map((e) => replies.suggestion(original(e), out));
        return replies.noAnswer(
          out,
          "out-of-scope",
          t.outOfScope(replies.oneLine(out)),
          near.length > 0 ? near : replies.popular(3, out),
          decision.confidence,
        );
      }
    }
  };

  const explain = (question: string): Explanation => {
    const { reader, text } = route(question);
    const a = reader.lexicon.analyse(questionAsRead(text, reader.lang));
    return {
      lang: reader.lang,
      tokens: a.tokens.map(
        (t) =>
          `${t.correctedFrom ? `${t.correctedFrom}→` : ""}${t.surface} [${t.role === "content" ? t.term : t.role}]`,
      ),
      unknown: a.unknown,
      unknownNames: a.unknownNames,
      cues: a.cues,
      ranked: reader.ranker
        .rank(a)
        .slice(0, 5)
        .map((r) => ({ entryId: r.entry.id, score: Math.round(r.score * 1000) / 1000 })),
    };
  };

  return {
    findAnswer,
    explain,
    contentTerms: (text) => english.lexicon.analyse(text).content,
    warmUp: () => {
      english.lexicon.warmUp();
      russian();
    },
    lexicon: (lang) => (lang === "en" ? english.lexicon : (russian()?.lexicon ?? null)),
    forgetReadings: () => {
      english.lexicon.forgetAnalyses();
      russianBuilt?.lexicon.forgetAnalyses();
    },
    quotesBy: (speakerId, lang) => replies.quotesBy(speakerId, replies.usable(lang)),
    answerForEntry: (id, lang) => {
      const entry = kb.entryById.get(id);
      return entry ? replies.entryAnswer(entry, 1, replies.usable(lang)) : null;
    },
    popularQuestions: (limit, lang) => replies.popular(limit, replies.usable(lang)),
    findSpeaker: (typed: string): Speaker | null => {
      // A name is short: a long text is not read in full (and not twice).
      const name = typed.slice(0, 100);
      const inRussian =
        kb.locales?.ru !== undefined &&
        (isCyrillic(name) || (looksTransliterated(name) && !readsAsEnglish(name)));
      const reader = inRussian ? russian()! : english;
      const [named] = reader.lexicon.analyse(inRussian ? russianText(name) : name).speakers;
      if (named !== undefined) return kb.speakerById.get(named) ?? null;
      const [hit] = speakerNames().search(name.slice(0, LONGEST_ALIAS), { limit: 1 });
      return hit ? (kb.speakerById.get(hit.item.id) ?? null) : null;
    },
  };
}

/** Russian typed in Latin letters back in Cyrillic; Cyrillic text as it is. */
function russianText(text: string): string {
  return looksTransliterated(text) ? fromTranslit(text) : text;
}

function russianReader(kb: KnowledgeBase, tuning: Tuning): Reader {
  const view = localView(kb, kb.locales!.ru!);
  const lexicon = new Lexicon(view, RUSSIAN);
  const ranker = new Ranker(view, lexicon, tuning);
  lexicon.doneIndexing();
  return {
    lang: "ru",
    lexicon,
    ranker,
    intentWords: RUSSIAN_INTENT_WORDS,
    mentions: new SoleMentions(kb, view, lexicon),
  };
}
