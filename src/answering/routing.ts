// The routing of a question: which reader (English or Russian) reads it, and the text that reader reads. A
// question is read in the language of its script: Cyrillic, or Russian typed in Latin letters (read back in
// Cyrillic), is read as Russian; an English question naming people in Cyrillic ("what did Путин say") is read
// as English with the names in English. The Russian reader is built on the first Russian question only.
import type { Entry, KnowledgeBase } from "../knowledge/index.js";
import { cyrillicNamesOf, withEnglishNames } from "./cyrillic-names.js";
import { readsAsEnglish } from "./english.js";
import { ENGLISH_INTENT_WORDS } from "./english-intents.js";
import type { IntentWords } from "./intents.js";
import { ENGLISH } from "./language.js";
import { Lexicon, type SavedLexicon } from "./lexicon.js";
import { localView } from "./localise.js";
import { Ranker } from "./ranker.js";
import type { SavedRanker } from "./ranker-index.js";
import type { Replies } from "./replies.js";
import { RUSSIAN_INTENT_WORDS } from "./russian/intents.js";
import { isCyrillic } from "./russian/normalise.js";
import { RUSSIAN } from "./russian/rules.js";
import { withTranslitRuns } from "./russian/translit-runs.js";
import { holdsTransliteratedWords } from "./russian/translit-words.js";
import { fromTranslit, looksTransliterated } from "./russian/transliterated.js";
import { SoleMentions } from "./sole-mention.js";
import type { Tuning } from "./tuning.js";
import type { Lang } from "./types.js";

/** Everything needed to read questions in one language. */
export interface Reader {
  lang: Lang;
  lexicon: Lexicon;
  ranker: Ranker;
  intentWords: IntentWords;
  /** Parties the article names in one sentence only, asked about as such (sole-mention.ts). */
  mentions: SoleMentions;
}

/** A question routed: the reader that reads it and the text it reads. */
export interface Routed {
  reader: Reader;
  text: string;
}

export interface Readers {
  english: Reader;
  /** The Russian reader, built now if not yet; null without a Russian knowledge base. */
  russian(): Reader | null;
  /** The Russian reader if it is built already (forgetting readings must not build it). */
  russianIfBuilt(): Reader | undefined;
  /** Which reader reads the question, and the text it reads; `inRussian` routes it to the Russian reader. */
  route(question: string, inRussian?: boolean): Routed;
}

/** What every reading of a message shares: the knowledge base, the tuning, the readers and the replies. */
export interface ReadingParts {
  kb: KnowledgeBase;
  tuning: Tuning;
  readers: Readers;
  replies: Replies;
  /** The English entry a (possibly localised) ranked entry stands for. */
  original(e: Entry): Entry;
}

/** The English reader's index as plain data: made at build time (saved-index.ts), so a start only restores it. */
export interface SavedEnglishIndex {
  lexicon: SavedLexicon;
  ranker: SavedRanker;
}

/** `saved`: the English index made from this same knowledge base by buildEnglishIndex (else it is built here). */
export function createReaders(kb: KnowledgeBase, tuning: Tuning, saved?: SavedEnglishIndex): Readers {
  const lexicon = new Lexicon(kb, ENGLISH, saved?.lexicon);
  const english: Reader = {
    lang: "en",
    lexicon,
    ranker: new Ranker(kb, lexicon, tuning, saved?.ranker),
    intentWords: ENGLISH_INTENT_WORDS,
    mentions: new SoleMentions(kb, kb, lexicon),
  };
  lexicon.doneIndexing();
  // Built on the first Russian question (about as long again as the English index): an English reader, and the
  // start of every process, never pay for it. `warmUp()` builds it ahead where a first reply must not wait.
  let russianBuilt: Reader | undefined;
  const russian = (): Reader | null => {
    if (!kb.locales?.ru) return null;
    russianBuilt ??= russianReader(kb, tuning);
    return russianBuilt;
  };
  const cyrillicNames = cyrillicNamesOf(kb);
  const knownInEnglish = (word: string) => english.lexicon.analyse(word).unknown.length === 0;
  const route = (question: string, inRussian = false): Routed => {
    if (!kb.locales?.ru) return { reader: english, text: question };
    if (inRussian) return { reader: russian()!, text: question };
    const named = withEnglishNames(question, cyrillicNames);
    if (named) return { reader: english, text: named };
    if (isCyrillic(question)) return { reader: russian()!, text: withTranslitRuns(question) };
    if (
      !readsAsEnglish(question) &&
      (looksTransliterated(question) || holdsTransliteratedWords(question, knownInEnglish))
    )
      return { reader: russian()!, text: fromTranslit(question) };
    return { reader: english, text: question };
  };
  return { english, russian, russianIfBuilt: () => russianBuilt, route };
}

function russianReader(kb: KnowledgeBase, tuning: Tuning): Reader {
  const view = localView(kb, kb.locales!.ru!);
  const lexicon = new Lexicon(view, RUSSIAN);
  const ranker = new Ranker(view, lexicon, tuning);
  lexicon.doneIndexing();
  return {
    lang: "ru",
    lexicon,
    ranker,
    intentWords: RUSSIAN_INTENT_WORDS,
    mentions: new SoleMentions(kb, view, lexicon),
  };
}
