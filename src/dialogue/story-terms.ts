// The one-word terms of what the story is about, for keeping the topic of a question the engine could not place
// ("whens the ceasefire supposed to start" — "not sure which" — "who even asked for one", d60-05): a synonym group
// (knowledge/synonyms.json, ru/synonyms.json) counts when one of its members is in the article (English) or, by
// its words' first letters, in the quotes' Russian translations; its one-word members are then terms ("truce" for
// "ceasefire"). A group only matched by a word of the question is not enough: "champions" is a synonym of
// "support", but no member of that group is in the article, so "who won the champions league?" keeps nothing.
import type { KnowledgeBase } from "../knowledge/index.js";
import { fold } from "./language.js";

/** Russian endings vary: words compared by their first letters. */
const STEM_RU = 5;
const wordsOf = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}\d-]+/u)
    .filter(Boolean);
const stem = (w: string) => w.slice(0, STEM_RU);

export function storyTermsOf(kb: KnowledgeBase): ReadonlySet<string> {
  const article = ` ${wordsOf(kb.article.text).join(" ")} `;
  const ru = kb.locales?.ru;
  const ruStems = new Set(ru ? [...ru.translations.values()].flatMap(wordsOf).map(stem) : []);
  const inArticle = (member: string) => article.includes(` ${wordsOf(member).join(" ")} `);
  const inRussian = (member: string) => {
    const ws = wordsOf(member);
    return ws.length > 0 && ws.every((w) => ruStems.has(stem(w)));
  };
  const terms = new Set<string>();
  const add = (groups: readonly (readonly string[])[], found: (m: string) => boolean) => {
    for (const group of groups) {
      if (!group.some(found)) continue;
      for (const m of group) if (/^\p{L}{3,}$/u.test(fold(m))) terms.add(fold(m));
    }
  };
  add(kb.synonyms, inArticle);
  add(ru?.synonyms ?? [], inRussian);
  return terms;
}
