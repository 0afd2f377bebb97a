// The ranker's index: each entry's bags of terms (its phrasings, its keywords and speakers, its answer and
// quotes), read through the lexicon at load or restored from the index saved beside the bundle (SavedRanker).
// ranker.ts scores a question against it.
import type { Entry, KnowledgeBase } from "../knowledge/index.js";
import { type Lexicon, speakerTerm } from "./lexicon.js";

export interface IndexedEntry {
  entry: Entry;
  /**
   * at: the phrasing's place in `Ranker.postings`' numbering (and in `Ranker.totals`). Terms and cues each once, in
   * the order first read: arrays, not Sets (a few words each, ~3,000 phrasings: a Set's table is ~150 bytes more).
   */
  phrasings: { terms: readonly string[]; cues: readonly string[]; at: number }[];
  /** Terms of the question, phrasings, keywords and quoted speakers. */
  strong: Set<string>;
  /** Terms of the answer and the quotes. */
  weak: Set<string>;
  quotedSpeakers: Set<string>;
}

/** The speakers through whom the article reports Russia's stance (the state itself is never quoted). */
const VOICES_OF_RUSSIA = new Set(["kremlin", "foreign-ministry", "peskov"]);

/** The ranker's index as plain data, by entry id (saved beside the bundle with its lexicon: see SavedLexicon). */
export interface SavedRanker {
  entries: {
    id: string;
    phrasings: { terms: string[]; cues: string[] }[];
    strong: string[];
    weak: string[];
    quotedSpeakers: string[];
  }[];
}

/** Each entry's bags of terms, read through the lexicon. */
export function indexEntries(kb: KnowledgeBase, lexicon: Lexicon): IndexedEntry[] {
  return kb.entries.map((entry) => {
    const phrasings = [entry.question, ...entry.phrasings].map((p) => {
      const a = lexicon.phrasing(p);
      return { terms: onceEach(a.content), cues: onceEach(a.cues), at: 0 };
    });
    const strong = new Set([
      ...phrasings.flatMap((p) => p.terms),
      ...entry.keywords.flatMap((k) => lexicon.contentTerms(k)),
      // A gap entry's quotes show what the article does say nearby; their speakers are not its topic.
      ...(entry.kind === "answer" ? entry.quotes.map((q) => speakerTerm(q.speaker)) : []),
      // "What does Moscow say about…": Russia speaks in this article through its institutions' words.
      ...(entry.kind === "answer" && entry.quotes.some((q) => VOICES_OF_RUSSIA.has(q.speaker))
        ? [speakerTerm("russia")]
        : []),
    ]);
    const weak = new Set(
      [entry.answer, ...entry.quotes.map((q) => q.text)].flatMap((t) => lexicon.contentTerms(t)),
    );
    // Whose words an entry is about: those it quotes, and those its phrasings name; a gap's quotes are only
    // nearby evidence, so a gap is about the speakers its phrasings name.
    const named = [...strong].filter((t) => t.startsWith("@")).map((t) => t.slice(1));
    const quotedSpeakers = new Set(
      entry.kind === "answer" ? [...entry.quotes.map((q) => q.speaker), ...named] : named,
    );
    return { entry, phrasings, strong, weak, quotedSpeakers };
  });
}

/** A saved index back on the knowledge base's entries; one that does not fit them is a bug in the build. */
export function restoreIndex(kb: KnowledgeBase, saved: SavedRanker): IndexedEntry[] {
  if (saved.entries.length !== kb.entries.length)
    throw new Error("the saved ranker index does not match the knowledge base (rebuild: npm run build)");
  return saved.entries.map((e, i) => {
    const entry = kb.entries[i]!;
    if (entry.id !== e.id)
      throw new Error(`the saved ranker index has ${e.id} where the knowledge base has ${entry.id}`);
    return {
      entry,
      // Saved from arrays already holding each term once: taken as they are.
      phrasings: e.phrasings.map((p) => ({ terms: orNone(p.terms), cues: orNone(p.cues), at: 0 })),
      strong: new Set(e.strong),
      weak: new Set(e.weak),
      quotedSpeakers: new Set(e.quotedSpeakers),
    };
  });
}

const NONE: readonly string[] = Object.freeze([]);

/** An empty list as the one shared empty array (most phrasings have no cue). */
function orNone(items: readonly string[]): readonly string[] {
  return items.length === 0 ? NONE : items;
}

/** Each item once, in the order first met (what iterating `new Set(items)` gives). */
function onceEach(items: readonly string[]): readonly string[] {
  if (items.length === 0) return NONE;
  const unique = new Set(items);
  return unique.size === items.length ? items.slice() : [...unique];
}
