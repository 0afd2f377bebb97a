// Stems of a claim's words, kept across claims: wordsOf (claim-words.ts) stems every word of every claim, the same few
// thousand words again and again, and the stemmer is a pure function.
import { stemmer } from "stemmer";

/**
 * Stems of words, and a surface's parts, kept across claims (the stemmer is a pure function; a claim check stems
 * every word of the claim, the same few thousand words again and again). Bounded: past the limit, computed afresh.
 * A kept parts array is shared by the words of that surface: readers only read it.
 */
const STEMS_KEPT = 20_000;
const stems = new Map<string, string>();
const partsBySurface = new Map<string, string[]>();

export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stems.size < STEMS_KEPT) stems.set(word, stem);
  }
  return stem;
}

export function partsOf(surface: string): string[] {
  let parts = partsBySurface.get(surface);
  if (parts === undefined) {
    parts = surface.split(" ").map(stemOf);
    if (partsBySurface.size < STEMS_KEPT) partsBySurface.set(surface, parts);
  }
  return parts;
}
