// A story's name written in Cyrillic inside an English question ("what did Путин tell Эрдоган?", "Песков: main
// point?"). By its letters such a question may count as Russian, and the Russian reader knows English function
// words but not "tell" or "main point", so it was refused. When every Cyrillic word is a one-word Russian alias
// of a speaker (in any case ending: "Путина") and the rest is an English sentence, the question is read in English
// with the speaker's English name in its place; a closing Russian tag ("…, так?") is read as "…, right?".
import type { KnowledgeBase } from "../knowledge/index.js";
import { readsAsEnglish } from "./english.js";
import { looksTransliterated } from "./russian/transliterated.js";

/** A one-word Russian alias, lower-cased, and the English name that stands for it. */
export interface CyrillicName {
  alias: string;
  english: string;
}

const CYRILLIC_WORD = /\p{Script=Cyrillic}+/gu;
/** Case endings a name may take ("Путина", "Кремлю", "Эрдоганом"). */
const MAX_ENDING = 3;

/** The knowledge base's speakers' one-word Russian aliases (none without a Russian locale or its speakers: test kits). */
export function cyrillicNamesOf(kb: KnowledgeBase): CyrillicName[] {
  return kb.speakers.flatMap((s) =>
    (kb.locales?.ru?.speakerById?.get(s.id)?.aliases ?? [])
      .filter((a) => !/\s/.test(a) && /\p{Script=Cyrillic}/u.test(a))
      .map((a) => ({ alias: a.toLowerCase(), english: s.aliases[0] ?? s.name })),
  );
}

function englishName(word: string, names: readonly CyrillicName[]): string | null {
  const w = word.toLowerCase();
  for (const { alias, english } of names) {
    if (w === alias) return english;
    const stem = alias.length > 4 ? alias.replace(/[ьйаяо]$/u, "") : alias;
    if (alias.length > 4 && w.startsWith(stem) && w.length - stem.length <= MAX_ENDING) return english;
  }
  return null;
}

/** A Russian tag closing an English claim ("Putin wants a ceasefire, так?"): it asks what "right?" does. */
const RUSSIAN_TAG = /[,\s]+(?:так ведь|не так ли|ведь так|так|да|верно|правда|ага)\s*(\?+)\s*$/iu;

/**
 * The question with its Cyrillic names in English and a closing Russian tag as "right?", or null when it is not
 * an English question naming them.
 */
export function withEnglishNames(question: string, names: readonly CyrillicName[]): string | null {
  const text = question.replace(RUSSIAN_TAG, ", right$1");
  const cyrillic = text.match(CYRILLIC_WORD);
  const rest = text.replace(CYRILLIC_WORD, " ");
  if ((rest.match(/[a-z]+/gi)?.length ?? 0) < 2) return null;
  if (!cyrillic) return text !== question && readsAsEnglish(rest) ? text : null;
  if (cyrillic.some((w) => englishName(w, names) === null)) return null;
  // Keywords beside the names ("casualties gaza путин") need not read as a sentence: with every Cyrillic word a
  // name, nothing Russian is left but transliteration, which is not English (quality-ru42).
  if (!readsAsEnglish(rest) && looksTransliterated(rest)) return null;
  return text.replace(CYRILLIC_WORD, (w) => englishName(w, names)!);
}
