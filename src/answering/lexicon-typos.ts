// The lexicon's typo correction: which words a typo may become (the knowledge base's words, with how often it
// uses them), and, for languages that correct stems, its stems with a word for each. Lexicon feeds it while it
// reads the knowledge base and asks it for each word of a question it does not know.
import type { LanguageRules } from "./language.js";
import { MAX_WORD_LETTERS } from "./normalise.js";
import { TypoFixer } from "./typos.js";

/** Question words are the commonest words of all questions: a typo tie with one goes to it ("waht" -> "what"). */
const QUESTION_WORD_USES = 100;

/** Stems this long may carry a sound slip and a typo at once (soundSlip). */
const SOUND_TYPO_FROM = 6;
/** How many everyday slips are remembered before starting afresh. */
const SLIPS_KEPT = 5000;
/** How many unfamiliar words' readings fix() remembers before starting afresh (a new Map, born young). */
const FIXES_KEPT = 4096;

/** A word as fix() reads it: the word meant, and the word typed when they differ. */
export interface FixedWord {
  word: string;
  from?: string;
}

/** The typo data as plain data, the part of a saved lexicon that is about typos (insertion order kept). */
export interface SavedTypoTargets {
  targetWords: [string, number][];
  stemUses: [string, number][];
  wordOfStem: [string, string][];
}

/** What the typo correction asks the lexicon it belongs to. */
export interface TypoContext {
  rules: LanguageRules;
  stem(word: string): string;
  /** A word the vocabulary knows as it is: never corrected. */
  isFamiliar(word: string): boolean;
  /** The same, for a spelling made up to be tried (a typo's candidate): its stem is not kept. */
  isFamiliarGuess?(word: string): boolean;
  /** A word the knowledge base writes with a capital inside a sentence. */
  isName(word: string): boolean;
  /** The set isName looks in, for look-ups by shape rather than word by word (nameOneLetterShort). */
  nameSet?(): ReadonlySet<string>;
}

export class TypoTargets {
  /** Words typo correction may propose, with how often the knowledge base uses them (ties go to the commoner). */
  private readonly targetWords: Map<string, number>;
  /** Built on the first word that needs it, or by warmUp() a moment after start (start-up time counts). */
  private typoFixer: TypoFixer | null = null;
  /** For languages that correct stems: known stems with their uses, and a word of the knowledge base for each. */
  private readonly stemUses = new Map<string, number>();
  private stemTypoFixer: TypoFixer | null = null;
  private readonly wordOfStem = new Map<string, string>();
  /** Everyday slips found, by the word typed (null: none). */
  private readonly slips = new Map<string, string | null>();
  /** Known stems by their sound key (null: two stems share it), built on the first stem no edit fixes. */
  private stemOfSound: Map<string, string | null> | null = null;
  /** The sound keys one edit from a typed one (soundSlip's last try), built on the first key that needs it. */
  private soundTypoFixer: TypoFixer | null = null;
  /**
   * fix()'s readings of unfamiliar words, as typed and capitalised apart: a word recurs from one message to the
   * next, and its reading (the slip, sound and name tests; the typo index) depends only on the word once the
   * knowledge base is read. Callers only read what they get.
   */
  private fixes = new Map<string, FixedWord>();
  private fixesCapitalised = new Map<string, FixedWord>();

  constructor(
    private readonly context: TypoContext,
    saved?: SavedTypoTargets,
  ) {
    if (saved) {
      this.targetWords = new Map(saved.targetWords);
      for (const [k, v] of saved.stemUses) this.stemUses.set(k, v);
      for (const [k, v] of saved.wordOfStem) this.wordOfStem.set(k, v);
    } else {
      this.targetWords = new Map([...context.rules.questionWords].map((w) => [w, QUESTION_WORD_USES]));
    }
  }

  save(): SavedTypoTargets {
    return {
      targetWords: [...this.targetWords],
      stemUses: [...this.stemUses],
      wordOfStem: [...this.wordOfStem],
    };
  }

  /** One more use of a word a typo may become. */
  countTarget(word: string): void {
    this.targetWords.set(word, (this.targetWords.get(word) ?? 0) + 1);
  }

  /** One more use of a knowledge base word's stem (languages that correct stems). */
  countStem(word: string): void {
    const stem = this.context.stem(word);
    this.stemUses.set(stem, (this.stemUses.get(stem) ?? 0) + 1);
    if (!this.wordOfStem.has(stem)) this.wordOfStem.set(stem, word);
  }

  isTarget(word: string): boolean {
    return this.targetWords.has(word);
  }

  /** `capitalised`: written with a capital inside a sentence, so likely a name: corrected only to a name we know. */
  fix(word: string, capitalised = false): FixedWord {
    if (this.context.isFamiliar(word)) return { word };
    const kept = capitalised ? this.fixesCapitalised : this.fixes;
    const known = kept.get(word);
    if (known !== undefined) return known;
    const fixed = this.fixUnfamiliar(word, capitalised);
    if (kept.size < FIXES_KEPT) kept.set(word, fixed);
    else if (capitalised) this.fixesCapitalised = new Map([[word, fixed]]);
    else this.fixes = new Map([[word, fixed]]);
    return fixed;
  }

  /** fix() of a word the vocabulary does not know as it is. */
  private fixUnfamiliar(word: string, capitalised: boolean): FixedWord {
    // Not a slip of any word: every variant path below makes about one string of the word's length per letter
    // (doubled letters, heard vowels), so a 4,000-letter "word" cost a second and 30 MB of garbage.
    if (word.length > MAX_WORD_LETTERS) return { word };
    const { rules, isFamiliar, isName } = this.context;
    const variant = rules.spellingVariant(word);
    if (variant !== word && (isFamiliar(variant) || rules.isCommonWord(variant)))
      return { word: variant, from: word };
    const heard = rules.heardVariants?.(word).find((v) => isFamiliar(v));
    if (heard !== undefined) return { word: heard, from: word };
    const short = rules.shortMisspellings.get(word);
    if (short !== undefined) return { word: short, from: word };
    const named = rules.nameOneLetterShort?.(word, this.context.stem(word), isName, this.context.nameSet?.());
    if (named) return { word: named, from: word };
    // A real word is not a typo, just a word the article does not use: "rain" must not become "main".
    if (rules.isCommonWord(word) || rules.isKnownName(word)) return { word };
    const fixed =
      this.typos().correct(word) ??
      this.stemTypo(word) ??
      this.slipBeforeS(word) ??
      (capitalised ? null : (rules.chatSpelling?.(word) ?? this.everydaySlip(word)));
    if (!fixed || fixed === word || (capitalised && !isName(fixed))) return { word };
    return { word: fixed, from: word };
  }

  /** A slip in an everyday word (everyday-slips.ts), remembered: a question is read several times over. */
  private everydaySlip(word: string): string | null {
    const slip = this.context.rules.everydaySlip;
    if (slip === undefined) return null;
    const cached = this.slips.get(word);
    if (cached !== undefined) return cached;
    const isFamiliar = this.context.isFamiliarGuess ?? this.context.isFamiliar;
    const found = slip(
      word,
      (w) => isFamiliar(w) || this.targetWords.has(w),
      (w) => this.typos().correctToLonger(w),
    );
    if (this.slips.size >= SLIPS_KEPT) this.slips.clear();
    this.slips.set(word, found);
    return found;
  }

  /**
   * "kremlns", "negotiatons": a slip in a word with a possessive or plural s is two edits from the word the knowledge
   * base uses ("kremlin's" is read as "kremlin"); the word without its s is corrected instead (English only).
   */
  private slipBeforeS(word: string): string | null {
    if (this.context.rules.correctsStems || word.length < 6 || !word.endsWith("s") || word.endsWith("ss"))
      return null;
    const fixed = this.typos().correct(word.slice(0, -1));
    return fixed === null ? null : fixed;
  }

  /**
   * Builds the typo indexes now, their fuzzy indexes for two edits too (for a language that corrects stems, the
   * stems' and sound keys' as well), so that the first question with a typo does not wait for them.
   */
  warmUp(): void {
    this.typos().warmUp();
    if (!this.context.rules.correctsStems) return;
    this.stemTypos().warmUp();
    if (this.context.rules.soundKey !== undefined)
      this.soundTypos(this.soundIndex(this.context.rules.soundKey)).warmUp();
  }

  private typos(): TypoFixer {
    // An inflected language gets its second edit from the stems: fuzzy indexes of all its word forms cost memory.
    this.typoFixer ??= new TypoFixer(
      this.targetWords,
      (w) => this.context.stem(w),
      !this.context.rules.correctsStems,
    );
    return this.typoFixer;
  }

  /** "тилефону": its stem is one edit from a known stem ("телефон"); the word the knowledge base uses for it. */
  private stemTypo(word: string): string | null {
    const rules = this.context.rules;
    if (!rules.correctsStems) return null;
    const stem = this.context.stem(word);
    if (stem.length < 5) return null;
    const fixed = this.stemTypos().correct(stem);
    if (fixed === null || fixed === stem || rules.isStemSlip?.(stem, fixed) === false)
      return this.soundSlip(stem);
    return this.wordOfStem.get(fixed) ?? null;
  }

  /**
   * "гавар": no known stem is one edit away, but "говор" sounds the same (the language's sound key); one only. Then,
   * for a stem of six letters or more, a key one edit from one known stem's: a sound slip and a typo together
   * ("кортет" sounds "картит", one letter from "квартет"'s "квартит"; quality-ru46).
   */
  private soundSlip(stem: string): string | null {
    const key = this.context.rules.soundKey;
    if (key === undefined) return null;
    const stemOfSound = this.soundIndex(key);
    const typed = key(stem);
    const known = stemOfSound.get(typed);
    if (known) return this.wordOfStem.get(known) ?? null;
    if (known === null || stem.length < SOUND_TYPO_FROM) return null;
    const near = this.soundTypos(stemOfSound).correct(typed);
    const nearStem = near === null ? null : stemOfSound.get(near);
    return nearStem ? (this.wordOfStem.get(nearStem) ?? null) : null;
  }

  /** The known stems' typo index, built on the first stem that needs it (or by warmUp). */
  private stemTypos(): TypoFixer {
    this.stemTypoFixer ??= new TypoFixer(this.stemUses);
    return this.stemTypoFixer;
  }

  /** Known stems by their sound key (null: two stems share it), built on the first stem no edit fixes (or by warmUp). */
  private soundIndex(key: (stem: string) => string): Map<string, string | null> {
    if (this.stemOfSound === null) {
      this.stemOfSound = new Map();
      for (const known of this.stemUses.keys()) {
        const k = key(known);
        this.stemOfSound.set(k, this.stemOfSound.has(k) ? null : known);
      }
    }
    return this.stemOfSound;
  }

  /** The typo index of the sound keys that name one stem, built on the first key that needs it (or by warmUp). */
  private soundTypos(stemOfSound: Map<string, string | null>): TypoFixer {
    this.soundTypoFixer ??= new TypoFixer(
      new Map(
        [...stemOfSound].filter(([, s]) => s !== null).map(([k, s]) => [k, this.stemUses.get(s!) ?? 1]),
      ),
      (k) => k,
      false,
    );
    return this.soundTypoFixer;
  }
}
