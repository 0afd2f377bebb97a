// The knowledge base's concepts as the lexicon folds them (lexicon.ts): every synonym group's terms and every
// speaker's name and aliases, as their normalised words, each mapped to one concept id ("=ceasefire", "@putin").
// A text in two groups joins them; a group joined with a speaker takes the speaker's id. Data from knowledge/
// only: the lexicon turns it into its phrases and single words.
import type { KnowledgeBase } from "../knowledge/index.js";
import type { LanguageRules } from "./language.js";
import { speakerTerm } from "./terms.js";

const CONCEPT_PREFIX = "=";

/** Each alias or synonym (its words without articles, joined by spaces), in the order first met, and its concept. */
export function conceptsOf(kb: KnowledgeBase, rules: LanguageRules): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let root = c;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const raw = new Map<string, string>();
  const bind = (text: string, concept: string) => {
    // Articles never matter, and dropping them lets "the Foreign Ministry of Russia" meet its alias.
    const key = rules
      .normaliseWords(text)
      .filter((w) => !rules.dropped.has(w))
      .join(" ");
    if (!key) return;
    const existing = raw.get(key);
    if (existing !== undefined && find(existing) !== find(concept)) parent.set(find(existing), find(concept));
    else raw.set(key, concept);
  };
  for (const group of kb.synonyms) {
    const concept = `${CONCEPT_PREFIX}${rules.normaliseWords(group[0]!).join("_")}`;
    for (const term of group) bind(term, concept);
  }
  for (const s of kb.speakers) {
    // Speakers win over synonym groups: their concept id names the speaker.
    const concept = speakerTerm(s.id);
    parent.set(concept, concept);
    for (const alias of [s.name, ...s.aliases]) bind(alias, concept);
  }
  const speakerRoots = new Map(kb.speakers.map((s) => [find(speakerTerm(s.id)), speakerTerm(s.id)]));
  const resolve = (c: string) => speakerRoots.get(find(c)) ?? find(c);
  return new Map([...raw].map(([key, concept]) => [key, resolve(concept)]));
}
