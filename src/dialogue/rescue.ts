// No dead ends: before a question on the story is refused, the chat words come off ("yo", "lol"), a long
// message is read sentence by sentence, and when the engine's own ranking has entries near and the words it
// did not know look like slips of its own vocabulary ("pesk0v kremln role"), it asks "did you mean…?".

import type { Answer, AnsweringEngine, Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { type DialogueWords, wordCount } from "./language.js";

/** The engine's ranking, as `explain` gives it (ExplainableEngine). */
export interface NearMissFinder {
  explain(question: string): {
    unknownNames: string[];
    /** Every content word the knowledge base does not know, names or not ("china"). */
    unknown?: string[];
    ranked: { entryId: string; score: number }[];
  };
  /** An English text's content as the engine's concepts ("fighting" -> the violence concept). */
  contentTerms(text: string): string[];
  /** The reader's lexicon of a language: its typo fixes, for readers that read a question's words as typed. */
  lexicon?(lang: "en" | "ru"): {
    typoFixes(text: string): { word: string; from?: string }[];
    /** The concepts a text names by the engine's synonym tables (detail-fragment.ts). */
    analyse?(text: string): { content: string[] };
  } | null;
}

/** The engine's own "did you mean…?" floor (tuning.suggestAt) and how far below the best a candidate may be. */
const NEAR_FLOOR = 0.3;
const NEAR_SPREAD = 0.15;
const MAX_CANDIDATES = 3;
/** A message this long is read sentence by sentence when it is refused whole. */
const LONG_MESSAGE = 160;

export function rescueRefusal(
  question: string,
  refused: Answer,
  deps: {
    engine: AnsweringEngine & Partial<NearMissFinder>;
    kb: KnowledgeBase;
    words: DialogueWords;
    lang: Lang;
  },
): { answer: Answer; rescued: boolean; asked: string } | null {
  const { engine, words, lang } = deps;
  // (replace() starts a global pattern from 0 and leaves it there: the word list's own pattern is safe to share.)
  const cleaned = withoutLeet(question).replace(words.fillers, " ").replace(/\s+/g, " ").trim();
  if (cleaned !== question.trim() && cleaned !== "") {
    const again = engine.findAnswer(cleaned, lang);
    if (again.answered || again.reason === "not-in-article")
      return { answer: again, rescued: false, asked: cleaned };
  }
  if (question.length >= LONG_MESSAGE) {
    const sentences = question.split(/(?<=[.!?])\s+/).filter((s) => s.trim().length > 0);
    let best: Answer | null = null;
    const bestSentence = question;
    for (const s of sentences.length > 1 ? sentences : []) {
      const a = engine.findAnswer(s, lang);
      if ((a.answered || a.reason === "not-in-article") && (!best || a.confidence > best.confidence))
        best = a;
    }
    // Chat runs one long sentence on with commas ("мне друг говорит, что…, она что, с обеими общается или
    // как, что в статье об этом"): a clause of three words or more the engine answers outright stands for it.
    if (!best && sentences.length <= 1) {
      for (const clause of question.split(/[,;:—–]\s|\s-\s/)) {
        if (wordCount(clause.trim()) < 3) continue;
        const a = engine.findAnswer(clause, lang);
        if (a.answered && (!best || a.confidence > best.confidence)) best = a;
      }
    }
    if (best) return { answer: best, rescued: false, asked: bestSentence };
  }
  if (!engine.explain) return null;
  const seen = engine.explain(cleaned || question);
  const byFirst = vocabularyByFirstLetter(deps.kb);
  if (!seen.unknownNames.every((name) => looksLikeSlip(name, byFirst))) return null;
  const [top] = seen.ranked;
  if (!top || top.score < NEAR_FLOOR) return null;
  const near = seen.ranked.filter((r) => r.score >= top.score - NEAR_SPREAD).slice(0, MAX_CANDIDATES);
  const suggestions = near.flatMap((r) => {
    const a = engine.answerForEntry(r.entryId, lang);
    return a ? [{ entryId: r.entryId, question: a.title }] : [];
  });
  if (suggestions.length === 0) return null;
  return {
    answer: { ...refused, reason: "ambiguous", suggestions, confidence: top.score },
    rescued: true,
    asked: question,
  };
}

const LEET: Record<string, string> = { "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t" };

/** "pesk0v" -> "peskov": digits inside words read as the letters they stand for. */
function withoutLeet(text: string): string {
  return text.replace(/[\p{L}0-9]*\p{L}[\p{L}0-9]*/gu, (w) =>
    /[0-9]/.test(w) ? w.replace(/[013457]/g, (c) => LEET[c] ?? c) : w,
  );
}

const vocabularies = new WeakMap<KnowledgeBase, Set<string>>();

/** Every word the knowledge base uses, lower case. */
export function vocabularyOf(kb: KnowledgeBase): Set<string> {
  let v = vocabularies.get(kb);
  if (!v) {
    const texts = [
      kb.article.text,
      ...kb.entries.flatMap((e) => [e.question, ...e.phrasings, ...e.keywords, e.answer]),
      ...kb.speakers.flatMap((s) => [s.name, ...s.aliases]),
      ...kb.synonyms.flat(),
    ];
    v = new Set(texts.flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2));
    vocabularies.set(kb, v);
  }
  return v;
}

const byFirstLetters = new WeakMap<KnowledgeBase, Map<string, string[]>>();

/** The vocabulary (vocabularyOf) by first letter: a slip keeps its first letter, so only those words are tried. */
function vocabularyByFirstLetter(kb: KnowledgeBase): Map<string, string[]> {
  let byFirst = byFirstLetters.get(kb);
  if (!byFirst) {
    byFirst = new Map();
    for (const known of vocabularyOf(kb)) {
      if (known.length < 3) continue;
      const list = byFirst.get(known[0]!);
      if (list) list.push(known);
      else byFirst.set(known[0]!, [known]);
    }
    byFirstLetters.set(kb, byFirst);
  }
  return byFirst;
}

/** A word the knowledge base does not use that is a slip of one it does ("kremln"): off-story-switch.ts. */
export const slipOfKnown = (kb: KnowledgeBase, word: string): boolean =>
  looksLikeSlip(word, vocabularyByFirstLetter(kb));

/** A word the engine did not know that is a slip of one it does: a digit for a letter, or two edits away. */
function looksLikeSlip(word: string, byFirst: Map<string, string[]>): boolean {
  if (/\d/.test(word) && /\p{L}/u.test(word)) return true;
  if (word.length < 3) return false;
  // One edit in a short word, two in a long one: "kremln" is a slip of "kremlin"; "biden" is not one of "bid".
  const allowed = word.length >= 7 ? 2 : 1;
  for (const known of byFirst.get(word[0]!) ?? []) {
    if (Math.abs(known.length - word.length) > allowed) continue;
    if (editDistance(known, word, allowed) <= allowed) return true;
  }
  return false;
}

/** Two rows of the distance table, kept between calls (grown when a word is longer): no arrays per comparison. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, giving up once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length]!;
}
