// What a lexicon's reading of a text hands its readers: the tokens (TermRole, Token), the Analysis built from a
// question's tokens (its content terms, the unknown ones and those that look like names, the speakers, the
// speaker slot's subjects, the topics, question words, frames and cues), and the few analyses one message keeps
// (RecentAnalyses). lexicon.ts does the reading (typos, tokens); this file only sums the tokens up.

import { joined } from "../lib/latin1-view.js";
import type { LanguageRules } from "./language.js";
import { SPEAKER_PREFIX } from "./terms.js";
import { questionCue } from "./which-person.js";

export type TermRole = "question" | "stop" | "frame" | "content";

export interface Token {
  /** The word(s) as normalised (after typo correction). */
  surface: string;
  /** What it is compared by: a concept id ("=usa", "@putin") or a stem. */
  term: string;
  role: TermRole;
  /** For content: whether the knowledge base knows the term. */
  known: boolean;
  /** Set when typo correction changed the word. */
  correctedFrom?: string;
}

export interface Analysis {
  /** The question as normalised words, before typo correction, joined by spaces (for phrase patterns). */
  words: string;
  tokens: Token[];
  /** Unique content terms, in order. */
  content: string[];
  /** Content terms the knowledge base does not know. */
  unknown: string[];
  /** The unknown terms that look like names: not common English, or capitalised inside a sentence. */
  unknownNames: string[];
  /** Speaker ids named in the text ("@putin" -> "putin"). */
  speakers: string[];
  /** Content terms standing where a speaker does ("what did Hamas say" -> =hamas): who the question asks about. */
  slotSubjects: string[];
  /** Content terms of the topics it names ("what did Putin say about *Israel*" -> =israel): what is asked about. */
  topics: string[];
  questionWords: string[];
  /** What kind of answer is wanted: the question words and the classes of frame words ("say", "think"). */
  cues: string[];
  /** Frame words used ("say", "think", …), by surface. */
  frames: string[];
}

/**
 * A question's Analysis from its tokens (typos fixed, each content token's `known` set): `normalised` is the
 * question's words before typo correction, `capitalised` the words it capitalises inside a sentence.
 */
export function analysisOf(
  rules: LanguageRules,
  normalised: string[],
  capitalised: Set<string>,
  tokens: Token[],
): Analysis {
  // One pass over the tokens, first occurrences kept in order, no throw-away arrays or Sets: this runs several
  // times per message, and its garbage was ~4 KB an answer (the same arrays as unique(filter(…).map(…)) gave).
  const content: string[] = [];
  const unknown: string[] = [];
  const unknownTokens: Token[] = [];
  const questionWords: string[] = [];
  const frames: string[] = [];
  const speakers: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.role === "content") {
      if (pushNew(content, t.term) && t.term.startsWith(SPEAKER_PREFIX))
        speakers.push(t.term.slice(SPEAKER_PREFIX.length));
      if (!t.known) {
        unknownTokens.push(t);
        pushNew(unknown, t.term);
      }
    } else if (t.role === "question") pushNew(questionWords, t.term);
    else if (t.role === "frame") pushNew(frames, t.surface);
  }
  const slot = rules.speakerSlot;
  const inSlot: Token[] = [];
  if (slot) for (let i = 0; i < tokens.length; i++) if (slot(tokens, i)) pushNew(inSlot, tokens[i]!);
  // An event or topic the knowledge base never mentions ("did Putin comment on the US *election*") is what the
  // question is about: it counts as a name does, whatever on-topic names stand beside it.
  const topicTokens: Token[] = [];
  const topicWords = rules.topicWords?.(tokens);
  if (topicWords) for (let i = 0; i < topicWords.length; i++) pushNew(topicTokens, topicWords[i]!);
  const unknownNames: string[] = [];
  for (let i = 0; i < unknownTokens.length; i++) {
    const t = unknownTokens[i]!;
    if (
      capitalised.has(t.surface) ||
      notAllOfLanguage(rules, t.surface) ||
      inSlot.includes(t) ||
      topicTokens.includes(t)
    )
      pushNew(unknownNames, t.term);
  }
  return {
    words: joined(normalised, " "),
    tokens,
    content,
    unknown,
    unknownNames,
    slotSubjects: termsOf(inSlot),
    topics: termsOf(topicTokens),
    speakers,
    questionWords,
    frames,
    cues: cuesOf(rules, tokens),
  };
}

/** Whether a token's surface holds a word that is not of the language (`split(" ").some(…)`, without the array). */
function notAllOfLanguage(rules: LanguageRules, surface: string): boolean {
  let from = 0;
  for (;;) {
    const space = surface.indexOf(" ", from);
    if (space === -1) return !rules.isWordOfLanguage(from === 0 ? surface : surface.slice(from));
    if (!rules.isWordOfLanguage(surface.slice(from, space))) return true;
    from = space + 1;
  }
}

/** The tokens' terms, first occurrences in order. */
function termsOf(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) pushNew(out, tokens[i]!.term);
  return out;
}

/** Question words (canonical), frame words as their class ("~say"): what kind of answer is wanted. */
export function cuesOf(rules: LanguageRules, tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.role === "question") pushNew(out, questionCue(tokens, i));
    else if (t.role === "frame") {
      const cue = rules.frameCues.get(t.surface);
      if (cue !== undefined) pushNew(out, `~${cue}`);
    }
  }
  return out;
}

/** `xs` without repeats, first occurrences in order (as `[...new Set(xs)]`). */
export function unique<T>(xs: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) pushNew(out, xs[i]!);
  return out;
}

/**
 * Appends `x` unless `out` holds it already (SameValueZero, as a Set compares); whether it was added. A question's
 * few terms: a scan is cheaper than a Set and leaves no garbage.
 */
function pushNew<T>(out: T[], x: T): boolean {
  if (out.includes(x)) return false;
  out.push(x);
  return true;
}

/**
 * Analyses remembered: one message is read several times over (the answer, the near-miss rescue, the yes/no
 * reading, the entry's own question), so the last few texts are a lookup. Few, and emptied at each message by
 * forget(): none outlives its message to be promoted to the old generation (a cache across messages raised the
 * RSS, see docs/measurements.md, Benchmarks).
 */
const RECENT_ANALYSES = 4;

/** The last few texts analysed, oldest first (RECENT_ANALYSES): an Analysis is never changed by its readers. */
export class RecentAnalyses {
  private recent = new Map<string, Analysis>();

  get(text: string): Analysis | undefined {
    return this.recent.get(text);
  }

  add(text: string, analysis: Analysis): void {
    if (this.recent.size >= RECENT_ANALYSES) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(text, analysis);
  }

  /** A new message: the analyses of the last one are let go. */
  forget(): void {
    // A new Map rather than clear(): a cleared Map of the old generation gets its new tables there (see dialogue-kit).
    this.recent = new Map();
  }
}
