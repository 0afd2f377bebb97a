// What a lexicon's reading of a text hands its readers: the tokens (TermRole, Token), the Analysis built from a
// question's tokens (its content terms, the unknown ones and those that look like names, the speakers, the
// speaker slot's subjects, the topics, question words, frames and cues), and the few analyses one message keeps
// (RecentAnalyses). lexicon.ts does the reading (typos, tokens); this file only sums the tokens up.

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
  const content = unique(tokens.filter((t) => t.role === "content").map((t) => t.term));
  const unknownTokens = tokens.filter((t) => t.role === "content" && !t.known);
  const slot = rules.speakerSlot;
  const inSlot = new Set(slot ? tokens.filter((_, i) => slot(tokens, i)) : []);
  // An event or topic the knowledge base never mentions ("did Putin comment on the US *election*") is what the
  // question is about: it counts as a name does, whatever on-topic names stand beside it.
  const topics = new Set(rules.topicWords?.(tokens) ?? []);
  return {
    words: normalised.join(" "),
    tokens,
    content,
    unknown: unique(unknownTokens.map((t) => t.term)),
    unknownNames: unique(
      unknownTokens
        .filter(
          (t) =>
            capitalised.has(t.surface) ||
            t.surface.split(" ").some((w) => !rules.isWordOfLanguage(w)) ||
            inSlot.has(t) ||
            topics.has(t),
        )
        .map((t) => t.term),
    ),
    slotSubjects: unique([...inSlot].map((t) => t.term)),
    topics: unique([...topics].map((t) => t.term)),
    speakers: content.filter((t) => t.startsWith(SPEAKER_PREFIX)).map((t) => t.slice(SPEAKER_PREFIX.length)),
    questionWords: unique(tokens.filter((t) => t.role === "question").map((t) => t.term)),
    frames: unique(tokens.filter((t) => t.role === "frame").map((t) => t.surface)),
    cues: cuesOf(rules, tokens),
  };
}

/** Question words (canonical), frame words as their class ("~say"): what kind of answer is wanted. */
export function cuesOf(rules: LanguageRules, tokens: Token[]): string[] {
  return unique(
    tokens.flatMap((t, i) => {
      if (t.role === "question") return [questionCue(tokens, i)];
      const cue = t.role === "frame" ? rules.frameCues[t.surface] : undefined;
      return cue === undefined ? [] : [`~${cue}`];
    }),
  );
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * Analyses remembered: one message is read several times over (the answer, the near-miss rescue, the yes/no
 * reading, the entry's own question), so the last few texts are a lookup. Few, and emptied at each message by
 * forget(): none outlives its message to be promoted to the old generation (a cache across messages raised the
 * RSS, see README "Memory").
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
