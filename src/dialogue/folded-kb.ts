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

const articleSentences = new WeakMap<KnowledgeBase, readonly string[]>();

/**
 * The article's sentences, each folded to its words with a space either side (as foldedArticleWords): the mention
 * readers looked a phrase up in them by splitting and folding the whole article at every call (perf40).
 */
export function foldedArticleSentences(kb: KnowledgeBase): readonly string[] {
  let sentences = articleSentences.get(kb);
  if (sentences === undefined) {
    sentences = kb.article.text.split(/(?<=[.!?])\s+/).map((t) => ` ${wordsOf(fold(t))} `);
    articleSentences.set(kb, sentences);
  }
  return sentences;
}

const spacedTexts = new WeakMap<KnowledgeBase, Map<string, string>>();

/**
 * One of the knowledge base's own texts (a quote, a question, a phrasing, a keyword) folded to its words with a space
 * either side, folded once: bounded by the knowledge base's texts, which never change after start. Only for the
 * knowledge base's texts, never a message's.
 */
export function spacedKbText(kb: KnowledgeBase, text: string): string {
  let byText = spacedTexts.get(kb);
  if (byText === undefined) {
    byText = new Map();
    spacedTexts.set(kb, byText);
  }
  let spaced = byText.get(text);
  if (spaced === undefined) {
    spaced = ` ${wordsOf(fold(text))} `;
    byText.set(text, spaced);
  }
  return spaced;
}

/** Letters and digits only, single spaces between. */
export const wordsOf = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
