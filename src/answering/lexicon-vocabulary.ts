// A lexicon's vocabulary tables: the word sequences that stand for one concept (or are stop phrases), the single
// words of a concept (synonym groups, speaker aliases: lexicon-concepts.ts), the terms the knowledge base uses
// anywhere and the words it capitalises inside a sentence. The lexicon's vocabulary pass fills them (lexicon.ts),
// the build saves them as plain data beside the bundle and a start restores them; the tokenizer reads them
// (lexicon-tokens.ts). Also which knowledge base texts count as known.

import type { KnowledgeBase } from "../knowledge/index.js";

/** The tables as plain data (insertion order kept: sums over them stay the same). */
export interface SavedVocabulary {
  phrases: [string, string | null][];
  phraseStarts: [string, number][];
  singles: [string, string][];
  knownTerms: string[];
  names: string[];
}

export class Vocabulary {
  /** Word sequences (their stems joined by spaces) that stand for one concept; null marks a stop phrase. */
  readonly phrases = new Map<string, string | null>();
  /** The longest phrase that starts with each stem, so most words need no phrase look-up at all. */
  readonly phraseStarts = new Map<string, number>();
  /** Single words and their stems that belong to a concept. */
  readonly singles = new Map<string, string>();
  /** Content terms the knowledge base uses anywhere. */
  readonly knownTerms = new Set<string>();
  /** Words the knowledge base writes with a capital inside a sentence: Putin, Gaza, Kremlin, Erdogan… */
  readonly names = new Set<string>();

  restore(saved: SavedVocabulary): void {
    for (const [k, v] of saved.phrases) this.phrases.set(k, v);
    for (const [k, v] of saved.phraseStarts) this.phraseStarts.set(k, v);
    for (const [k, v] of saved.singles) this.singles.set(k, v);
    for (const t of saved.knownTerms) this.knownTerms.add(t);
    for (const n of saved.names) this.names.add(n);
  }

  /** Phrases match by stems, so "calls for" and "calling for" meet "call for"; null marks a stop phrase. */
  addPhrase(stems: string[], concept: string | null): void {
    this.phrases.set(stems.join(" "), concept);
    this.phraseStarts.set(stems[0]!, Math.max(this.phraseStarts.get(stems[0]!) ?? 0, stems.length));
  }

  /** The longest phrase starting at word `at` (matched by `stems`, the words' stems), or null. */
  longestPhrase(words: string[], stems: string[], at: number) {
    const longest = this.phraseStarts.get(stems[at]!);
    if (longest === undefined) return null;
    for (let n = Math.min(longest, words.length - at); n >= 2; n--) {
      const concept = this.phrases.get(stems.slice(at, at + n).join(" "));
      if (concept !== undefined) return { surface: words.slice(at, at + n).join(" "), concept, length: n };
    }
    return null;
  }
}

/** Every text of the knowledge base whose words count as known. */
export function knowledgeTexts(kb: KnowledgeBase): string[] {
  return [
    kb.article.text,
    ...kb.entries.flatMap((e) => [e.question, ...e.phrasings, ...e.keywords, e.answer]),
    ...kb.speakers.flatMap((s) => [s.name, s.role, ...s.aliases]),
    ...kb.synonyms.flat(),
    kb.summaries.oneLine,
    kb.summaries.short,
    kb.summaries.long,
    ...kb.summaries.bullets,
  ];
}
