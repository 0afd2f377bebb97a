// The knowledge base's own texts folded once, not at every message: a synonym group found by any of its members
// ("the un" -> the group holding "the United Nations"), and the article's words. They never change after start.
import type { KnowledgeBase } from "../knowledge/index.js";
import { fold } from "./language.js";

const groupsByMember = new WeakMap<readonly string[][], Map<string, string[]>>();

/** The first group with a member that folds to `folded` (as `groups.find(g => g.some(...))` would give). */
export function synonymGroupOf(groups: readonly string[][], folded: string): string[] | undefined {
  let byMember = groupsByMember.get(groups);
  if (!byMember) {
    byMember = new Map();
    for (const group of groups)
      for (const member of group) {
        const key = fold(member);
        if (!byMember.has(key)) byMember.set(key, group);
      }
    groupsByMember.set(groups, byMember);
  }
  return byMember.get(folded);
}

const articleWords = new WeakMap<KnowledgeBase, string>();

/** The article folded, its words joined by single spaces, with a space either side: look a word up as ` w `. */
export function foldedArticleWords(kb: KnowledgeBase): string {
  let words = articleWords.get(kb);
  if (words === undefined) {
    words = ` ${wordsOf(fold(kb.article.text))} `;
    articleWords.set(kb, words);
  }
  return words;
}

/** Letters and digits only, single spaces between. */
export const wordsOf = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
