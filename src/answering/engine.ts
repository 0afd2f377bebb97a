// The answering engine: question -> analysis -> intent or ranked entries -> a calibrated decision.
import Fuse from "fuse.js";
import {
  type Entry,
  findVerbatim,
  foldForMatch,
  type KnowledgeBase,
  type Quote,
  type Speaker,
} from "../knowledge/index.js";
import { givesAnswerType, wantedAnswerType } from "./answer-type.js";
import { decide } from "./decide.js";
import { detectIntent } from "./intents.js";
import { Lexicon } from "./lexicon.js";
import { Ranker } from "./ranker.js";
import { DEFAULT_TUNING, type Tuning } from "./tuning.js";
import type { Answer, AnsweringEngine, AttributedQuote, Suggestion } from "./types.js";

/** Answer plus quotes stay within this many characters in `findAnswer`; the rest is one tap away. */
export const REPLY_BUDGET = 1100;

/** What the engine saw in a question: for `npm run ask -- --explain` and for whoever tunes the engine. */
export interface Explanation {
  tokens: string[];
  unknown: string[];
  unknownNames: string[];
  cues: string[];
  ranked: { entryId: string; score: number }[];
}

export interface ExplainableEngine extends AnsweringEngine {
  explain(question: string): Explanation;
}

export function createEngine(kb: KnowledgeBase, tuningOverrides: Partial<Tuning> = {}): ExplainableEngine {
  const tuning = { ...DEFAULT_TUNING, ...tuningOverrides };
  const lexicon = new Lexicon(kb);
  const ranker = new Ranker(kb, lexicon, tuning);
  const quotedSpeakers = new Set(kb.speakers.filter((s) => s.quoted).map((s) => s.id));
  const speakerNames = new Fuse(
    kb.speakers.flatMap((s) => [s.name, ...s.aliases].map((alias) => ({ alias, id: s.id }))),
    { keys: ["alias"], includeScore: true, threshold: 0.35, ignoreLocation: true },
  );
  const answers = kb.entries.filter((e) => e.kind === "answer");

  const attribute = (q: Quote): AttributedQuote => {
    const s = kb.speakerById.get(q.speaker);
    return {
      text: q.text,
      speakerId: q.speaker,
      speaker: s?.name ?? q.speaker,
      role: s?.role ?? "",
      paragraph: q.paragraph,
      voice: q.voice,
    };
  };
  const suggestion = (e: Entry): Suggestion => ({ entryId: e.id, question: e.question });
  const relatedOf = (e: Entry): Suggestion[] =>
    e.related.flatMap((id) => {
      const r = kb.entryById.get(id);
      return r ? [suggestion(r)] : [];
    });
  const popular = (limit: number) => answers.slice(0, limit).map(suggestion);

  const entryAnswer = (entry: Entry, confidence: number): Answer => ({
    answered: entry.kind === "answer",
    kind: "entry",
    entry,
    speaker: null,
    confidence,
    title: entry.question,
    answer: entry.answer,
    quotes: entry.quotes.map(attribute),
    suggestions: relatedOf(entry),
    reason: entry.kind === "answer" ? null : "not-in-article",
  });

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

  const quotesBy = (speakerId: string | null): Answer => {
    const speaker = speakerId === null ? null : (kb.speakerById.get(speakerId) ?? null);
    if (speaker) {
      return {
        answered: true,
        kind: "quotes",
        entry: null,
        speaker,
        confidence: 1,
        title: `What ${speaker.name} said`,
        answer: `As reported in the article, ${speaker.name} (${speaker.role}):`,
        quotes: quotesOf(speaker.id).map(attribute),
        suggestions: popular(3),
        reason: null,
      };
    }
    const roster = kb.speakers.filter((s) => s.quoted && s.id !== "article");
    return {
      answered: true,
      kind: "quotes",
      entry: null,
      speaker: null,
      confidence: 1,
      title: "Who said what",
      answer: `The article reports statements by ${roster.map((s) => `${s.name} (${s.role})`).join(", ")}.`,
      quotes: roster.flatMap((s) => quotesOf(s.id).slice(0, 1)).map(attribute),
      suggestions: popular(3),
      reason: null,
    };
  };

  /** The statements of two or more speakers, one after the other. */
  const quotesOfSeveral = (speakerIds: string[]): Answer => {
    const speakers = speakerIds.flatMap((id) => kb.speakerById.get(id) ?? []);
    const names = speakers.map((s) => s.name).join(" and ");
    return {
      ...quotesBy(null),
      title: `What ${names} said`,
      answer: `As reported in the article, ${speakers.map((s) => `${s.name} (${s.role})`).join("; ")}:`,
      quotes: speakers.flatMap((s) => quotesOf(s.id).map(attribute)),
    };
  };

  const noAnswer = (
    reason: Answer["reason"],
    text: string,
    suggestions: Suggestion[],
    confidence = 0,
  ): Answer => ({
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

  const findAnswer = (question: string): Answer => {
    const analysis = lexicon.analyse(question);
    if (analysis.tokens.length === 0) {
      return noAnswer("empty", "Ask me a question about the story, for example one of these.", popular(3));
    }
    const intent = detectIntent(analysis, analysis.words, quotedSpeakers);
    if (intent?.kind === "summary") {
      return {
        answered: true,
        kind: "summary",
        entry: null,
        speaker: null,
        confidence: 1,
        title: "Summary",
        answer: kb.summaries.short,
        quotes: [],
        suggestions: popular(3),
        reason: null,
      };
    }
    if (intent?.kind === "quotes") {
      const [only, ...more] = intent.speakerIds;
      if (only === undefined || more.length === 0) return withinBudget(quotesBy(only ?? null));
      return withinBudget(quotesOfSeveral(intent.speakerIds));
    }

    const ranked = ranker.rank(analysis);
    const decision = decide(ranked, analysis, tuning);
    switch (decision.kind) {
      case "answer": {
        const wanted = wantedAnswerType(analysis.words);
        const entry = decision.entry;
        if (wanted && entry.kind === "answer" && !givesAnswerType(entry.answer, wanted)) {
          return withinBudget({
            ...entryAnswer(entry, decision.confidence),
            answered: false,
            reason: "not-in-article",
            answer: `The article doesn't give ${wanted === "number" ? "a figure" : "a date or time"} for that. What it does say: ${entry.answer}`,
          });
        }
        const answer = entryAnswer(entry, decision.confidence);
        if (decision.rival && !answer.suggestions.some((s) => s.entryId === decision.rival?.id)) {
          answer.suggestions = [suggestion(decision.rival), ...answer.suggestions].slice(0, 3);
        }
        return withinBudget(answer);
      }
      case "ambiguous":
        return noAnswer(
          "ambiguous",
          "I'm not sure which of these you mean.",
          decision.candidates.map(suggestion),
          decision.confidence,
        );
      case "refuse": {
        const near = decision.candidates.map(suggestion);
        return noAnswer(
          "out-of-scope",
          `The article doesn't cover that. It is about this: ${kb.summaries.oneLine}`,
          near.length > 0 ? near : popular(3),
          decision.confidence,
        );
      }
    }
  };

  const explain = (question: string): Explanation => {
    const a = lexicon.analyse(question);
    return {
      tokens: a.tokens.map(
        (t) =>
          `${t.correctedFrom ? `${t.correctedFrom}→` : ""}${t.surface} [${t.role === "content" ? t.term : t.role}]`,
      ),
      unknown: a.unknown,
      unknownNames: a.unknownNames,
      cues: a.cues,
      ranked: ranker
        .rank(a)
        .slice(0, 5)
        .map((r) => ({ entryId: r.entry.id, score: Math.round(r.score * 1000) / 1000 })),
    };
  };

  return {
    findAnswer,
    explain,
    quotesBy,
    answerForEntry: (id) => {
      const entry = kb.entryById.get(id);
      return entry ? entryAnswer(entry, 1) : null;
    },
    popularQuestions: popular,
    findSpeaker: (name: string): Speaker | null => {
      const [named] = lexicon.analyse(name).speakers;
      if (named !== undefined) return kb.speakerById.get(named) ?? null;
      const [hit] = speakerNames.search(name.slice(0, 100), { limit: 1 });
      return hit ? (kb.speakerById.get(hit.item.id) ?? null) : null;
    },
  };
}

/** Keeps the quotes that fit the reply budget (always at least one). */
function withinBudget(answer: Answer): Answer {
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
