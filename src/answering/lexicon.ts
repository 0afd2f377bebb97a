// The knowledge base's vocabulary: which words it knows, which words and phrases mean the same thing (synonym
// groups, speaker aliases), and how a text becomes comparable terms. Questions and knowledge base text go
// through the same analysis, so a synonym or alias added to knowledge/ helps both sides at once.
// This file assembles the Lexicon: its vocabulary pass over the knowledge base and the readings it offers. The
// parts: the vocabulary tables (lexicon-vocabulary.ts), words to tokens and the stem cache (lexicon-tokens.ts),
// tokens to an Analysis and the analyses kept within a message (lexicon-analysis.ts), typo correction
// (lexicon-typos.ts), concepts from synonyms and aliases (lexicon-concepts.ts).

import type { KnowledgeBase } from "../knowledge/index.js";
import { ENGLISH, type LanguageRules } from "./language.js";
import { type Analysis, analysisOf, cuesOf, RecentAnalyses, type Token, unique } from "./lexicon-analysis.js";
import { conceptsOf } from "./lexicon-concepts.js";
import { StemCache, Tokenizer } from "./lexicon-tokens.js";
import { type SavedTypoTargets, TypoTargets } from "./lexicon-typos.js";
import { knowledgeTexts, type SavedVocabulary, Vocabulary } from "./lexicon-vocabulary.js";
import { StemIndex } from "./stem-index.js";
import { speakerTerm } from "./terms.js";

export type { Analysis, TermRole, Token } from "./lexicon-analysis.js";
export { speakerTerm };

/**
 * A lexicon's vocabulary as plain data (npm run build saves the English one beside the bundle, so a start need
 * not read the whole knowledge base again): restored, it answers exactly as the lexicon it was saved from.
 */
export interface SavedLexicon extends SavedTypoTargets, SavedVocabulary {}

export class Lexicon {
  /** Phrases, concepts' single words, known terms and names (lexicon-vocabulary.ts). */
  private readonly vocabulary = new Vocabulary();
  private readonly stems: StemCache;
  /** Words to tokens over the vocabulary (lexicon-tokens.ts). */
  private readonly tokenizer: Tokenizer;
  /** Typo correction against the knowledge base's words (lexicon-typos.ts). */
  private readonly typos: TypoTargets;
  /** The knowledge base's texts as tokens, kept from the vocabulary pass for the ranker's index, then dropped. */
  private indexingTokens: Map<string, Token[]> | null = new Map();
  /** The last few texts analysed (lexicon-analysis.ts). */
  private readonly recentAnalyses = new RecentAnalyses();

  constructor(
    kb: KnowledgeBase,
    readonly rules: LanguageRules = ENGLISH,
    saved?: SavedLexicon,
  ) {
    this.stems = new StemCache(rules);
    this.tokenizer = new Tokenizer(rules, this.vocabulary, this.stems);
    this.typos = new TypoTargets(
      {
        rules,
        stem: (w) => this.stem(w),
        isFamiliar: (w) => this.isFamiliar(w),
        isFamiliarGuess: (w) => this.isFamiliar(w, false),
        isName: (w) => this.vocabulary.names.has(w),
        nameSet: () => this.vocabulary.names,
      },
      saved,
    );
    if (saved) {
      this.vocabulary.restore(saved);
      this.indexingTokens = null;
    } else {
      this.build(kb);
    }
    if (rules.correctsStems) {
      const { singles, knownTerms } = this.vocabulary;
      const stems = [...singles.keys(), ...knownTerms].filter((t) => !/^[=@]/.test(t));
      this.tokenizer.stemIndex = new StemIndex(stems, (stem) => singles.get(stem) ?? stem);
    }
    this.tokenizer.ready = true;
  }

  /** The vocabulary as plain data, for `new Lexicon(kb, rules, saved)` (insertion order kept: sums stay the same). */
  save(): SavedLexicon {
    const { targetWords, stemUses, wordOfStem } = this.typos.save();
    const { phrases, phraseStarts, singles, knownTerms, names } = this.vocabulary;
    return {
      phrases: [...phrases],
      phraseStarts: [...phraseStarts],
      singles: [...singles],
      knownTerms: [...knownTerms],
      targetWords,
      stemUses,
      wordOfStem,
      names: [...names],
    };
  }

  /** Reads every text of the knowledge base: its phrases and concepts, known terms, typo targets and names. */
  private build(kb: KnowledgeBase): void {
    const rules = this.rules;
    const { singles, knownTerms, names } = this.vocabulary;
    const concepts = conceptsOf(kb, rules);
    // Articles are dropped before phrases are looked up, so a stop phrase drops them too ("in a word" = "in word").
    for (const phrase of rules.stopPhrases)
      this.addPhrase(this.tokenizer.withoutDropped(phrase.split(" ")), null);
    const stemmed: [string, string][] = [];
    for (const [key, concept] of concepts) {
      const words = key.split(" ");
      if (words.length > 1) this.addPhrase(words, concept);
      else if (!rules.stopwords.has(key) && rules.questionWord(key) === undefined) {
        singles.set(key, concept);
        stemmed.push([this.stem(key), concept]);
      }
    }
    // A word of a group keeps its group against another group's word of the same stem ("deal" is a settlement,
    // though "dealings" of the ties group stems to "deal"; "us" is no "useful").
    for (const [stem, concept] of stemmed) if (!singles.has(stem)) singles.set(stem, concept);

    for (const text of knowledgeTexts(kb)) {
      for (const name of rules.capitalisedWords(text)) names.add(name);
      const tokens = this.tokenizer.tokens(rules.normaliseWords(text));
      this.indexingTokens?.set(text, tokens);
      for (const token of tokens) {
        if (token.role !== "content") continue;
        knownTerms.add(token.term);
        // A word of a known phrase ("foreign" of "foreign ministry") is known on its own, not a stranger's name.
        if (token.surface.includes(" "))
          for (const w of token.surface.split(" ")) knownTerms.add(this.stem(w));
        for (const w of token.surface.split(" ")) {
          if (w.length < 4 || /\d/.test(w)) continue;
          // A word of another script (English in the Russian view) is the other lexicon's to correct; names stay.
          if (rules.ownScript(w) || names.has(w)) this.typos.countTarget(w);
          if (rules.correctsStems) this.typos.countStem(w);
        }
      }
    }
    const proposable = (w: string) => w.length >= 4 && (rules.ownScript(w) || names.has(w));
    for (const key of concepts.keys())
      for (const w of key.split(" ")) if (proposable(w)) this.typos.countTarget(w);
    for (const w of [...rules.stopwords, ...rules.frameWords]) if (proposable(w)) this.typos.countTarget(w);
  }

  /** Phrases match by stems, so "calls for" and "calling for" meet "call for"; null marks a stop phrase. */
  private addPhrase(words: string[], concept: string | null): void {
    this.vocabulary.addPhrase(
      words.map((w) => this.stem(w)),
      concept,
    );
  }

  /**
   * Analyses a question: typos fixed against the vocabulary, synonyms and aliases folded, words stemmed. The same
   * text asked again soon gets the same object back: its readers must not change it.
   */
  analyse(text: string): Analysis {
    const recent = this.recentAnalyses.get(text);
    if (recent !== undefined) return recent;
    const analysis = this.analyseNow(text);
    this.recentAnalyses.add(text, analysis);
    return analysis;
  }

  /**
   * Each word of a text as analyse() reads it, its typo fixed, with the word it came from ("violance" ->
   * "violence"): for readers that keep their own tokens (the claim check) but read chat spelling as questions do.
   */
  typoFixes(text: string): { word: string; from?: string }[] {
    const capitalised = this.rules.capitalisedWords(text);
    return this.rules.normaliseWords(text).map((w) => this.typos.fix(w, capitalised.has(w)));
  }

  /** A new message: the analyses of the last one are let go. */
  forgetAnalyses(): void {
    this.recentAnalyses.forget();
  }

  private analyseNow(text: string): Analysis {
    const capitalised = this.rules.capitalisedWords(text);
    const normalised = this.rules.normaliseWords(text);
    const words = normalised.map((w) => this.typos.fix(w, capitalised.has(w)));
    const tokens = this.tokenizer.tokens(words.map((w) => w.word));
    // Carry the corrections onto the tokens that came from single words.
    const corrected = new Map(words.filter((w) => w.from).map((w) => [w.word, w.from!]));
    for (const t of tokens) {
      const from = corrected.get(t.surface);
      if (from !== undefined) t.correctedFrom = from;
      if (t.role === "content") t.known = this.vocabulary.knownTerms.has(t.term);
    }
    return analysisOf(this.rules, normalised, capitalised, tokens);
  }

  /** A knowledge-base phrasing's content terms and cues (no typo correction: the knowledge base is spelled right). */
  phrasing(text: string): { content: string[]; cues: string[] } {
    const tokens = this.textTokens(text);
    return {
      content: unique(tokens.filter((t) => t.role === "content").map((t) => t.term)),
      cues: cuesOf(this.rules, tokens),
    };
  }

  /** Content terms of a knowledge base text (no typo correction: the knowledge base is spelled right). */
  contentTerms(text: string): string[] {
    return unique(
      this.textTokens(text)
        .filter((t) => t.role === "content")
        .map((t) => t.term),
    );
  }

  /** A knowledge base text's tokens, from the indexing pass when it is still at hand (start-up time counts). */
  private textTokens(text: string): Token[] {
    return this.indexingTokens?.get(text) ?? this.tokenizer.tokens(this.rules.normaliseWords(text));
  }

  /** The ranker has indexed the knowledge base: the tokens kept for it can go. */
  doneIndexing(): void {
    this.indexingTokens = null;
  }

  /** Every token of a text, stop and frame words included, without typo correction (claims need the "not"s). */
  tokensOf(text: string): Token[] {
    return this.tokenizer
      .tokens(this.rules.normaliseWords(text))
      .map((t) => (t.role === "content" ? { ...t, known: this.vocabulary.knownTerms.has(t.term) } : t));
  }

  isKnown(term: string): boolean {
    return this.vocabulary.knownTerms.has(term);
  }

  /** Builds the typo index now, so that the first question with a typo does not wait for it. */
  warmUp(): void {
    this.typos.warmUp();
  }

  /** `keep`: keep the word's stem (false for a spelling made up to be tried: TypoContext.isFamiliarGuess). */
  private isFamiliar(word: string, keep = true): boolean {
    return (
      this.rules.stopwords.has(word) ||
      this.rules.questionWord(word) !== undefined ||
      this.rules.frameWords.has(word) ||
      this.typos.isTarget(word) ||
      this.vocabulary.singles.has(word) ||
      this.knownByStem(word, keep)
    );
  }

  /** A stem of three letters says little in an inflected language ("путен" is not "путь"): not enough to know a word. */
  private knownByStem(word: string, keep = true): boolean {
    const stem = keep ? this.stem(word) : this.stems.stemOnce(word);
    if (this.rules.correctsStems && stem.length < 4) return false;
    return this.vocabulary.singles.has(stem) || this.vocabulary.knownTerms.has(stem);
  }

  stem(word: string): string {
    return this.stems.stem(word);
  }
}
