// Answers as the reader gets them, in their language: the entry's question and answer, the speakers' names and
// roles, the suggestions and the engine's own sentences in that language; the quotes always the article's English
// words with the English name, plus their curated translation (labelled as such by whoever shows it).
import {
  type Entry,
  findVerbatim,
  foldForMatch,
  type KnowledgeBase,
  type LocalKnowledge,
  type Quote,
  type Summaries,
} from "../knowledge/index.js";
import { placesNamedAnswer } from "./places-named.js";
import { ENGINE_TEXTS, type EngineTexts } from "./texts.js";
import type { Answer, AttributedQuote, Lang, Suggestion, SummarySize } from "./types.js";

/** Answer plus quotes stay within this many characters in `findAnswer`; the rest is one tap away. */
export const REPLY_BUDGET = 1100;

export type Replies = ReturnType<typeof createReplies>;

/** The summary's text in one of its sizes (the bullets one a line each). */
function summaryInSize(summaries: Summaries, size: SummarySize): string {
  if (size === "line") return summaries.oneLine;
  if (size === "bullets") return summaries.bullets.map((b) => `• ${b}`).join("\n");
  return size === "full" ? summaries.long : summaries.short;
}

export function createReplies(kb: KnowledgeBase) {
  const answers = kb.entries.filter((e) => e.kind === "answer");
  /** The language an answer can be given in: English when the knowledge base has no folder for `lang`. */
  const usable = (lang: Lang | undefined): Lang => (lang === "ru" && kb.locales?.ru ? "ru" : "en");
  const localOf = (lang: Lang): LocalKnowledge | null =>
    lang === "en" ? null : (kb.locales?.[lang] ?? null);
  const textsOf = (lang: Lang): EngineTexts => ENGINE_TEXTS[lang];

  const speakerName = (id: string, lang: Lang) => {
    const s = kb.speakerById.get(id);
    const l = localOf(lang)?.speakerById.get(id);
    return { name: l?.name ?? s?.name ?? id, role: l?.role ?? s?.role ?? "" };
  };

  // A quote's folded text, the key of its curated translation: folded once per quote, not at each answer built
  // (every candidate answer in Russian attributes its quotes; two regexp passes over each quote's text, perf44).
  const foldedQuotes = new WeakMap<Quote, string>();
  const foldedQuote = (q: Quote): string => {
    let folded = foldedQuotes.get(q);
    if (folded === undefined) {
      folded = foldForMatch(q.text);
      foldedQuotes.set(q, folded);
    }
    return folded;
  };

  const attribute = (q: Quote, lang: Lang): AttributedQuote => {
    const s = kb.speakerById.get(q.speaker);
    const quote: AttributedQuote = {
      text: q.text,
      speakerId: q.speaker,
      speaker: s?.name ?? q.speaker,
      role: s?.role ?? "",
      paragraph: q.paragraph,
      voice: q.voice,
    };
    const local = localOf(lang);
    if (local) {
      const translation = local.translations.get(foldedQuote(q));
      if (translation !== undefined) quote.translation = translation;
      const ls = local.speakerById.get(q.speaker);
      if (ls) {
        quote.localSpeaker = ls.name;
        quote.localRole = ls.role;
      }
    }
    return quote;
  };

  const suggestion = (e: Entry, lang: Lang): Suggestion => ({
    entryId: e.id,
    question: localOf(lang)?.entryById.get(e.id)?.question ?? e.question,
  });
  const relatedOf = (e: Entry, lang: Lang): Suggestion[] =>
    e.related.flatMap((id) => {
      const r = kb.entryById.get(id);
      return r ? [suggestion(r, lang)] : [];
    });
  const popular = (limit: number, lang: Lang) => answers.slice(0, limit).map((e) => suggestion(e, lang));

  const entryAnswer = (entry: Entry, confidence: number, lang: Lang): Answer => {
    const local = localOf(lang)?.entryById.get(entry.id);
    return {
      lang,
      answered: entry.kind === "answer",
      kind: "entry",
      entry,
      speaker: null,
      confidence,
      title: local?.question ?? entry.question,
      answer: local?.answer ?? entry.answer,
      quotes: entry.quotes.map((q) => attribute(q, lang)),
      suggestions: relatedOf(entry, lang),
      reason: entry.kind === "answer" ? null : "not-in-article",
    };
  };

  /** A speaker's statements, each once: a quote that is part of a longer one of theirs is left out. */
  const statementsOf = (speakerId: string): Quote[] => {
    const theirs = kb.entries.flatMap((e) => e.quotes).filter((q) => q.speaker === speakerId);
    const folded = theirs.map((q) => foldForMatch(q.text));
    const kept = theirs.filter(
      (_, i) => !folded.some((other, j) => (other === folded[i] ? j < i : other.includes(folded[i]!))),
    );
    const at = (q: Quote) => findVerbatim(kb.article.paragraphs[q.paragraph - 1] ?? "", q.text)?.start ?? 0;
    return kept.sort((a, b) => a.paragraph - b.paragraph || at(a) - at(b));
  };
  // Worked out once: "who said what" is asked often and the statements never change.
  const statements = new Map(kb.speakers.map((s) => [s.id, statementsOf(s.id)]));
  const quotesOf = (speakerId: string): Quote[] => statements.get(speakerId) ?? [];
  const withRole = (id: string, lang: Lang) => {
    const { name, role } = speakerName(id, lang);
    return textsOf(lang).nameWithRole(name, role);
  };

  const quotesBy = (speakerId: string | null, lang: Lang): Answer => {
    const speaker = speakerId === null ? null : (kb.speakerById.get(speakerId) ?? null);
    const t = textsOf(lang);
    if (speaker) {
      return {
        lang,
        answered: true,
        kind: "quotes",
        entry: null,
        speaker,
        confidence: 1,
        title: t.saidTitle(speakerName(speaker.id, lang).name),
        answer: t.saidIntro(withRole(speaker.id, lang)),
        quotes: quotesOf(speaker.id).map((q) => attribute(q, lang)),
        suggestions: popular(3, lang),
        reason: null,
      };
    }
    const roster = kb.speakers.filter((s) => s.quoted && s.id !== "article");
    // "every person the article names": the people it names but never quotes (Erdogan) belong to the roster too.
    const unquoted = kb.speakers
      .filter((s) => !s.quoted && s.person === true)
      .map((s) => speakerName(s.id, lang).name);
    return {
      lang,
      answered: true,
      kind: "quotes",
      entry: null,
      speaker: null,
      confidence: 1,
      title: t.whoSaidWhatTitle,
      answer:
        t.roster(roster.map((s) => withRole(s.id, lang))) +
        (unquoted.length > 0 ? t.alsoNamed(unquoted) : ""),
      quotes: roster.flatMap((s) => quotesOf(s.id).slice(0, 1)).map((q) => attribute(q, lang)),
      suggestions: popular(3, lang),
      reason: null,
    };
  };

  /**
   * The statements of two or more speakers, one after the other: each speaker's in turn, first ones first, up to
   * SEVERAL_QUOTE_CHARS of quoted text (every speaker's first always). All of Putin's six before Peskov's and the
   * Foreign Ministry's ran past what a reader takes in, and "who said what: putin, peskov and the foreign
   * ministry" read as a wall of Putin (quality31).
   */
  const quotesOfSeveral = (speakerIds: string[], lang: Lang): Answer => {
    const ids = speakerIds.filter((id) => kb.speakerById.has(id));
    const t = textsOf(lang);
    return {
      ...quotesBy(null, lang),
      title: t.severalTitle(ids.map((id) => speakerName(id, lang).name)),
      answer: t.severalIntro(ids.map((id) => withRole(id, lang))),
      quotes: takenInTurn(ids.map(quotesOf)).map((q) => attribute(q, lang)),
    };
  };

  /** The summary; `size`: the one the question asked for (its text in that size), else the short one. */
  const summary = (lang: Lang, size?: SummarySize): Answer => ({
    lang,
    answered: true,
    kind: "summary",
    entry: null,
    speaker: null,
    confidence: 1,
    title: textsOf(lang).summaryTitle,
    answer: summaryInSize(localOf(lang)?.summaries ?? kb.summaries, size ?? "short"),
    quotes: [],
    suggestions: popular(3, lang),
    reason: null,
    ...(size === undefined ? {} : { summarySize: size }),
  });

  const noAnswer = (
    lang: Lang,
    reason: Answer["reason"],
    text: string,
    suggestions: Suggestion[],
    confidence = 0,
  ): Answer => ({
    lang,
    answered: false,
    kind: "none",
    entry: null,
    speaker: null,
    confidence,
    title: "",
    answer: text,
    quotes: [],
    suggestions,
    reason,
  });

  return {
    usable,
    textsOf,
    oneLine: (lang: Lang) => (localOf(lang)?.summaries ?? kb.summaries).oneLine,
    localAnswer: (entry: Entry, lang: Lang) => localOf(lang)?.entryById.get(entry.id)?.answer ?? entry.answer,
    suggestion,
    popular,
    entryAnswer,
    /** A speaker's name in `lang` (silent-voice.ts). */
    speakerName: (id: string, lang: Lang) => speakerName(id, lang).name,
    quotesBy,
    quotesOfSeveral,
    /** The countries and bodies the quotes name (places-named.ts). */
    placesNamed: (lang: Lang) => placesNamedAnswer(kb, lang, attribute, popular(3, lang)),
    summary,
    noAnswer,
  };
}

/** Keeps the quotes that fit the reply budget (always at least one). */
export function withinBudget(answer: Answer): Answer {
  let used = answer.answer.length;
  const quotes: AttributedQuote[] = [];
  for (const q of answer.quotes) {
    const cost = q.text.length + q.speaker.length + 2;
    if (quotes.length > 0 && used + cost > REPLY_BUDGET) break;
    quotes.push(q);
    used += cost;
  }
  return { ...answer, quotes };
}

/** Quoted text shown at most for several speakers' statements (each speaker's first is always shown). */
const SEVERAL_QUOTE_CHARS = 650;

/** Each list's quotes in turn (the firsts, then the seconds, …) while the budget lasts; kept in speaker order. */
function takenInTurn(lists: Quote[][]): Quote[] {
  const kept: Quote[][] = lists.map(() => []);
  let used = 0;
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let round = 0; round < longest; round++)
    lists.forEach((list, i) => {
      const q = list[round];
      if (!q || (round > 0 && used + q.text.length > SEVERAL_QUOTE_CHARS)) return;
      kept[i]!.push(q);
      used += q.text.length;
    });
  return kept.flat();
}
