// WordNet's opposites and senses of the article's words (lexicons/en-word-relations.json, built by
// word-relations-build.ts): "mild" against "deep", "pressing" beside "urgent". Read once, on the first checker.
import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { WordRelations } from "./word-relations-build.js";

/** lexicons/ at the project's top, found from this file whether it runs from src/ or dist/src/. */
function projectRoot(): string {
  const srcOrDist = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  return basename(srcOrDist) === "dist" ? dirname(srcOrDist) : srcOrDist;
}

export const WORD_RELATIONS_FILE = resolve(projectRoot(), "lexicons", "en-word-relations.json");

export interface WordSenses {
  /** The two stems mean the opposite in some sense. */
  opposite(a: string, b: string): boolean;
  /** The stem has an opposite in some sense. */
  hasOpposite(a: string): boolean;
  /** The two stems share a sense (one of them a word of the article). */
  synonym(a: string, b: string): boolean;
  /** The word (as written, lower case) is an adjective in some sense: it qualifies another ("deep", "latest"). */
  adjective(word: string): boolean;
}

let loaded: WordSenses | null = null;

export function loadWordSenses(file = WORD_RELATIONS_FILE): WordSenses {
  if (loaded && file === WORD_RELATIONS_FILE) return loaded;
  const data = JSON.parse(readFileSync(file, "utf8")) as WordRelations;
  const antonyms = new Map<string, Set<string>>();
  for (const [a, b] of data.antonyms) {
    antonyms.set(a, (antonyms.get(a) ?? new Set()).add(b));
    antonyms.set(b, (antonyms.get(b) ?? new Set()).add(a));
  }
  const synonyms = new Map(Object.entries(data.synonyms).map(([k, v]) => [k, new Set(v)] as const));
  const adjectives = new Set(data.adjectives);
  const senses: WordSenses = {
    adjective: (word) => adjectives.has(word) || adjectives.has(word.replaceAll(" ", "-")),
    opposite: (a, b) => antonyms.get(a)?.has(b) === true,
    hasOpposite: (a) => antonyms.has(a),
    synonym: (a, b) => a === b || synonyms.get(a)?.has(b) === true || synonyms.get(b)?.has(a) === true,
  };
  if (file === WORD_RELATIONS_FILE) loaded = senses;
  return senses;
}
