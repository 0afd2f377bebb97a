// How a lexicon turns normalised words into tokens (on the hot path: every analysis runs through tokens()):
// articles dropped, the longest known phrase taken as one concept or stop phrase, every other word a question,
// stop or frame word, or a content term — its concept, else its stem; once the vocabulary is complete, an unknown
// adverb falls back to its adjective and a stem cut short is completed from the knowledge base's. And the stem
// cache the lexicon stems every word through.

import type { LanguageRules } from "./language.js";
import type { Token } from "./lexicon-analysis.js";
import type { Vocabulary } from "./lexicon-vocabulary.js";
import type { StemIndex } from "./stem-index.js";

/**
 * Stems remembered per lexicon, in two generations of this many words each: a word stemmed again moves into the
 * current one; once that is full it becomes the old one and the oldest goes. The knowledge base's words and the
 * questions' commonest stay, a typo's words go. Measured over the bench's 12,500 answers and 12,500 turns: the
 * English lexicon stems 40,626 distinct words (typo variants, candidates), and this misses 44,488 of 245,832 stems
 * where keeping the first 20,000 forever missed 48,401 with 2.4 times the entries (~1.2 MB more heap); the
 * Russian one's 5,546 words all fit either way.
 */
const STEMS_PER_GENERATION = 4_096;

export class StemCache {
  private stems = new Map<string, string>();
  private older = new Map<string, string>();

  constructor(private readonly rules: LanguageRules) {}

  stem(word: string): string {
    let s = this.stems.get(word);
    if (s !== undefined) return s;
    s = this.older.get(word) ?? this.rules.stem(word);
    this.stems.set(word, s);
    if (this.stems.size >= STEMS_PER_GENERATION) {
      this.older = this.stems;
      this.stems = new Map();
    }
    return s;
  }

  /**
   * The stem of a spelling made up to be tried (a typo's candidates: ~100 per new word, almost none a word): read
   * from the cache, else made without keeping it (kept, they pushed real words' stems out and lived on as garbage).
   */
  stemOnce(word: string): string {
    return this.stems.get(word) ?? this.older.get(word) ?? this.rules.stem(word);
  }
}

export class Tokenizer {
  /** Set once the vocabulary is complete: from then on unknown adverbs may fall back to their adjectives. */
  ready = false;
  /** For languages that correct stems: completes a stem cut shorter than the knowledge base's (stem-index.ts). */
  stemIndex: StemIndex | null = null;

  constructor(
    private readonly rules: LanguageRules,
    private readonly vocabulary: Vocabulary,
    private readonly stems: StemCache,
  ) {}

  tokens(allWords: string[]): Token[] {
    // Articles never matter, and dropping them lets "the Foreign Ministry of Russia" meet its alias.
    const words = this.withoutDropped(allWords);
    const stems = words.map((w) => this.stems.stem(w));
    const out: Token[] = [];
    for (let i = 0; i < words.length; ) {
      const phrase = this.vocabulary.longestPhrase(words, stems, i);
      if (phrase) {
        out.push(
          phrase.concept === null
            ? { surface: phrase.surface, term: phrase.surface, role: "stop", known: true }
            : { surface: phrase.surface, term: phrase.concept, role: "content", known: true },
        );
        i += phrase.length;
        continue;
      }
      out.push(this.token(words[i]!));
      i += 1;
    }
    return out;
  }

  /** Articles never matter, and dropping them lets "the Foreign Ministry of Russia" meet its alias. */
  withoutDropped(words: string[]): string[] {
    return words.filter((w) => !this.rules.dropped.has(w));
  }

  private token(word: string): Token {
    const question = this.rules.questionWord(word);
    if (question !== undefined) return { surface: word, term: question, role: "question", known: true };
    if (this.rules.stopwords.has(word)) return { surface: word, term: word, role: "stop", known: true };
    if (this.rules.frameWords.has(word)) return { surface: word, term: word, role: "frame", known: true };
    const { singles, knownTerms } = this.vocabulary;
    const stem = this.stems.stem(word);
    const concept = singles.get(word) ?? singles.get(stem);
    if (concept === undefined && this.ready && !knownTerms.has(stem)) {
      const base = this.rules.baseWord(word);
      // "directly" where the knowledge base says "direct": the stemmer keeps adverbs apart, the meaning is one.
      if (base !== null) {
        const baseConcept = singles.get(base) ?? singles.get(this.stems.stem(base));
        const baseTerm = baseConcept ?? this.stems.stem(base);
        if (baseConcept !== undefined || knownTerms.has(baseTerm)) {
          return { surface: word, term: baseTerm, role: "content", known: true };
        }
      }
      const completed = this.stemIndex?.complete(stem, word);
      if (completed) return { surface: word, term: completed, role: "content", known: true };
    }
    return { surface: word, term: concept ?? stem, role: "content", known: true };
  }
}
