// The knowledge base's vocabulary: which words it knows, which words and phrases mean the same thing (synonym
// groups, speaker aliases), and how a text becomes comparable terms. Questions and knowledge base text go
// through the same analysis, so a synonym or alias added to knowledge/ helps both sides at once.

import type { KnowledgeBase } from "../knowledge/index.js";
import { ENGLISH, type LanguageRules } from "./language.js";
import { conceptsOf } from "./lexicon-concepts.js";
import { type SavedTypoTargets, TypoTargets } from "./lexicon-typos.js";
import { StemIndex } from "./stem-index.js";
import { SPEAKER_PREFIX, speakerTerm } from "./terms.js";
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
 * Analyses remembered: one message is read several times over (the answer, the near-miss rescue, the yes/no
 * reading, the entry's own question), so the last few texts are a lookup. Few, and emptied at each message by
 * forgetAnalyses(): none outlives its message to be promoted to the old generation (a cache across messages
 * raised the RSS, see README "Memory").
 */
const RECENT_ANALYSES = 4;

/** Stems remembered per lexicon: every word of the knowledge base and the questions' commonest, not every typo. */
const STEM_CACHE_LIMIT = 20_000;

export { speakerTerm };

/**
 * A lexicon's vocabulary as plain data (npm run build saves the English one beside the bundle, so a start need
 * not read the whole knowledge base again): restored, it answers exactly as the lexicon it was saved from.
 */
export interface SavedLexicon extends SavedTypoTargets {
  phrases: [string, string | null][];
  phraseStarts: [string, number][];
  singles: [string, string][];
  knownTerms: string[];
  names: string[];
}

export class Lexicon {
  /** Word sequences (joined by spaces) that stand for one concept. */
  private readonly phrases = new Map<string, string | null>();
  /** The longest phrase that starts with each stem, so most words need no phrase look-up at all. */
  private readonly phraseStarts = new Map<string, number>();
  /** Single words and their stems that belong to a concept. */
  private readonly singles = new Map<string, string>();
  /** Content terms the knowledge base uses anywhere. */
  private readonly knownTerms = new Set<string>();
  /** Typo correction against the knowledge base's words (lexicon-typos.ts). */
  private readonly typos: TypoTargets;
  /** For languages that correct stems: completes a stem cut shorter than the knowledge base's (stem-index.ts). */
  private stemIndex: StemIndex | null = null;
  private readonly stems = new Map<string, string>();
  /** Set once the vocabulary is complete: from then on unknown adverbs may fall back to their adjectives. */
  private ready = false;
  /** The knowledge base's texts as tokens, kept from the vocabulary pass for the ranker's index, then dropped. */
  private indexingTokens: Map<string, Token[]> | null = new Map();
  /** Words the knowledge base writes with a capital inside a sentence: Putin, Gaza, Kremlin, Erdogan… */
  private readonly names = new Set<string>();
  /** The last few texts analysed, oldest first (RECENT_ANALYSES): an Analysis is never changed by its readers. */
  private recentAnalyses = new Map<string, Analysis>();

  constructor(
    kb: KnowledgeBase,
    readonly rules: LanguageRules = ENGLISH,
    saved?: SavedLexicon,
  ) {
    this.typos = new TypoTargets(
      {
        rules,
        stem: (w) => this.stem(w),
        isFamiliar: (w) => this.isFamiliar(w),
        isName: (w) => this.names.has(w),
      },
      saved,
    );
    if (saved) {
      this.restore(saved);
      this.indexingTokens = null;
    } else {
      this.build(kb);
    }
    if (rules.correctsStems) {
      const stems = [...this.singles.keys(), ...this.knownTerms].filter((t) => !/^[=@]/.test(t));
      this.stemIndex = new StemIndex(stems, (stem) => this.singles.get(stem) ?? stem);
    }
    this.ready = true;
  }

  /** The vocabulary as plain data, for `new Lexicon(kb, rules, saved)` (insertion order kept: sums stay the same). */
  save(): SavedLexicon {
    const { targetWords, stemUses, wordOfStem } = this.typos.save();
    return {
      phrases: [...this.phrases],
      phraseStarts: [...this.phraseStarts],
      singles: [...this.singles],
      knownTerms: [...this.knownTerms],
      targetWords,
      stemUses,
      wordOfStem,
      names: [...this.names],
    };
  }

  private restore(saved: SavedLexicon): void {
    for (const [k, v] of saved.phrases) this.phrases.set(k, v);
    for (const [k, v] of saved.phraseStarts) this.phraseStarts.set(k, v);
    for (const [k, v] of saved.singles) this.singles.set(k, v);
    for (const t of saved.knownTerms) this.knownTerms.add(t);
    for (const n of saved.names) this.names.add(n);
  }

  /** Reads every text of the knowledge base: its phrases and concepts, known terms, typo targets and names. */
  private build(kb: KnowledgeBase): void {
    const rules = this.rules;
    const concepts = conceptsOf(kb, rules);
    // Articles are dropped before phrases are looked up, so a stop phrase drops them too ("in a word" = "in word").
    for (const phrase of rules.stopPhrases) this.addPhrase(this.withoutDropped(phrase.split(" ")), null);
    const stemmed: [string, string][] = [];
    for (const [key, concept] of concepts) {
      const words = key.split(" ");
      if (words.length > 1) this.addPhrase(words, concept);
      else if (!rules.stopwords.has(key) && rules.questionWord(key) === undefined) {
        this.singles.set(key, concept);
        stemmed.push([this.stem(key), concept]);
      }
    }
    // A word of a group keeps its group against another group's word of the same stem ("deal" is a settlement,
    // though "dealings" of the ties group stems to "deal"; "us" is no "useful").
    for (const [stem, concept] of stemmed) if (!this.singles.has(stem)) this.singles.set(stem, concept);

    for (const text of knowledgeTexts(kb)) {
      for (const name of rules.capitalisedWords(text)) this.names.add(name);
      const tokens = this.tokens(rules.normaliseWords(text));
      this.indexingTokens?.set(text, tokens);
      for (const token of tokens) {
        if (token.role !== "content") continue;
        this.knownTerms.add(token.term);
        // A word of a known phrase ("foreign" of "foreign ministry") is known on its own, not a stranger's name.
        if (token.surface.includes(" "))
          for (const w of token.surface.split(" ")) this.knownTerms.add(this.stem(w));
        for (const w of token.surface.split(" ")) {
          if (w.length < 4 || /\d/.test(w)) continue;
          // A word of another script (English in the Russian view) is the other lexicon's to correct; names stay.
          if (rules.ownScript(w) || this.names.has(w)) this.typos.countTarget(w);
          if (rules.correctsStems) this.typos.countStem(w);
        }
      }
    }
    const proposable = (w: string) => w.length >= 4 && (rules.ownScript(w) || this.names.has(w));
    for (const key of concepts.keys())
      for (const w of key.split(" ")) if (proposable(w)) this.typos.countTarget(w);
    for (const w of [...rules.stopwords, ...rules.frameWords]) if (proposable(w)) this.typos.countTarget(w);
  }

  /** Phrases match by stems, so "calls for" and "calling for" meet "call for"; null marks a stop phrase. */
  private addPhrase(words: string[], concept: string | null): void {
    const stems = words.map((w) => this.stem(w));
    this.phrases.set(stems.join(" "), concept);
    this.phraseStarts.set(stems[0]!, Math.max(this.phraseStarts.get(stems[0]!) ?? 0, stems.length));
  }

  /**
   * Analyses a question: typos fixed against the vocabulary, synonyms and aliases folded, words stemmed. The same
   * text asked again soon gets the same object back: its readers must not change it.
   */
  analyse(text: string): Analysis {
    const recent = this.recentAnalyses.get(text);
    if (recent !== undefined) return recent;
    const analysis = this.analyseNow(text);
    if (this.recentAnalyses.size >= RECENT_ANALYSES)
      this.recentAnalyses.delete(this.recentAnalyses.keys().next().value!);
    this.recentAnalyses.set(text, analysis);
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
    // A new Map rather than clear(): a cleared Map of the old generation gets its new tables there (see dialogue-kit).
    this.recentAnalyses = new Map();
  }

  private analyseNow(text: string): Analysis {
    const capitalised = this.rules.capitalisedWords(text);
    const normalised = this.rules.normaliseWords(text);
    const words = normalised.map((w) => this.typos.fix(w, capitalised.has(w)));
    const tokens = this.tokens(words.map((w) => w.word));
    // Carry the corrections onto the tokens that came from single words.
    const corrected = new Map(words.filter((w) => w.from).map((w) => [w.word, w.from!]));
    for (const t of tokens) {
      const from = corrected.get(t.surface);
      if (from !== undefined) t.correctedFrom = from;
      if (t.role === "content") t.known = this.knownTerms.has(t.term);
    }
    const content = unique(tokens.filter((t) => t.role === "content").map((t) => t.term));
    const unknownTokens = tokens.filter((t) => t.role === "content" && !t.known);
    const slot = this.rules.speakerSlot;
    const inSlot = new Set(slot ? tokens.filter((_, i) => slot(tokens, i)) : []);
    // An event or topic the knowledge base never mentions ("did Putin comment on the US *election*") is what the
    // question is about: it counts as a name does, whatever on-topic names stand beside it.
    const topics = new Set(this.rules.topicWords?.(tokens) ?? []);
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
              t.surface.split(" ").some((w) => !this.rules.isWordOfLanguage(w)) ||
              inSlot.has(t) ||
              topics.has(t),
          )
          .map((t) => t.term),
      ),
      slotSubjects: unique([...inSlot].map((t) => t.term)),
      topics: unique([...topics].map((t) => t.term)),
      speakers: content
        .filter((t) => t.startsWith(SPEAKER_PREFIX))
        .map((t) => t.slice(SPEAKER_PREFIX.length)),
      questionWords: unique(tokens.filter((t) => t.role === "question").map((t) => t.term)),
      frames: unique(tokens.filter((t) => t.role === "frame").map((t) => t.surface)),
      cues: this.cuesOf(tokens),
    };
  }

  /** A knowledge-base phrasing's content terms and cues (no typo correction: the knowledge base is spelled right). */
  phrasing(text: string): { content: string[]; cues: string[] } {
    const tokens = this.textTokens(text);
    return {
      content: unique(tokens.filter((t) => t.role === "content").map((t) => t.term)),
      cues: this.cuesOf(tokens),
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
    return this.indexingTokens?.get(text) ?? this.tokens(this.rules.normaliseWords(text));
  }

  /** The ranker has indexed the knowledge base: the tokens kept for it can go. */
  doneIndexing(): void {
    this.indexingTokens = null;
  }

  /** Every token of a text, stop and frame words included, without typo correction (claims need the "not"s). */
  tokensOf(text: string): Token[] {
    return this.tokens(this.rules.normaliseWords(text)).map((t) =>
      t.role === "content" ? { ...t, known: this.knownTerms.has(t.term) } : t,
    );
  }

  isKnown(term: string): boolean {
    return this.knownTerms.has(term);
  }

  /** Builds the typo index now, so that the first question with a typo does not wait for it. */
  warmUp(): void {
    this.typos.warmUp();
  }

  private isFamiliar(word: string): boolean {
    return (
      this.rules.stopwords.has(word) ||
      this.rules.questionWord(word) !== undefined ||
      this.rules.frameWords.has(word) ||
      this.typos.isTarget(word) ||
      this.singles.has(word) ||
      this.knownByStem(word)
    );
  }

  /** A stem of three letters says little in an inflected language ("путен" is not "путь"): not enough to know a word. */
  private knownByStem(word: string): boolean {
    const stem = this.stem(word);
    if (this.rules.correctsStems && stem.length < 4) return false;
    return this.singles.has(stem) || this.knownTerms.has(stem);
  }

  private tokens(allWords: string[]): Token[] {
    // Articles never matter, and dropping them lets "the Foreign Ministry of Russia" meet its alias.
    const words = this.withoutDropped(allWords);
    const stems = words.map((w) => this.stem(w));
    const out: Token[] = [];
    for (let i = 0; i < words.length; ) {
      const phrase = this.longestPhrase(words, stems, i);
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

  private longestPhrase(words: string[], stems: string[], at: number) {
    const longest = this.phraseStarts.get(stems[at]!);
    if (longest === undefined) return null;
    for (let n = Math.min(longest, words.length - at); n >= 2; n--) {
      const concept = this.phrases.get(stems.slice(at, at + n).join(" "));
      if (concept !== undefined) return { surface: words.slice(at, at + n).join(" "), concept, length: n };
    }
    return null;
  }

  private token(word: string): Token {
    const question = this.rules.questionWord(word);
    if (question !== undefined) return { surface: word, term: question, role: "question", known: true };
    if (this.rules.stopwords.has(word)) return { surface: word, term: word, role: "stop", known: true };
    if (this.rules.frameWords.has(word)) return { surface: word, term: word, role: "frame", known: true };
    const stem = this.stem(word);
    const concept = this.singles.get(word) ?? this.singles.get(stem);
    if (concept === undefined && this.ready && !this.knownTerms.has(stem)) {
      const base = this.rules.baseWord(word);
      // "directly" where the knowledge base says "direct": the stemmer keeps adverbs apart, the meaning is one.
      if (base !== null) {
        const baseConcept = this.singles.get(base) ?? this.singles.get(this.stem(base));
        const baseTerm = baseConcept ?? this.stem(base);
        if (baseConcept !== undefined || this.knownTerms.has(baseTerm)) {
          return { surface: word, term: baseTerm, role: "content", known: true };
        }
      }
      const completed = this.stemIndex?.complete(stem, word);
      if (completed) return { surface: word, term: completed, role: "content", known: true };
    }
    return { surface: word, term: concept ?? stem, role: "content", known: true };
  }

  /** Question words (canonical), frame words as their class ("~say"): what kind of answer is wanted. */
  private cuesOf(tokens: Token[]): string[] {
    return unique(
      tokens.flatMap((t, i) => {
        if (t.role === "question") return [questionCue(tokens, i)];
        const cue = t.role === "frame" ? this.rules.frameCues[t.surface] : undefined;
        return cue === undefined ? [] : [`~${cue}`];
      }),
    );
  }

  /** Articles never matter, and dropping them lets "the Foreign Ministry of Russia" meet its alias. */
  private withoutDropped(words: string[]): string[] {
    return words.filter((w) => !this.rules.dropped.has(w));
  }

  stem(word: string): string {
    let s = this.stems.get(word);
    if (s === undefined) {
      s = this.rules.stem(word);
      if (this.stems.size < STEM_CACHE_LIMIT) this.stems.set(word, s);
    }
    return s;
  }
}

/** Every text of the knowledge base whose words count as known. */
function knowledgeTexts(kb: KnowledgeBase): string[] {
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

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
