// Who an English claim names: the speaker a name points at (a knowledge-base speaker, the article itself, or a
// name the knowledge base does not know) and the speaker a statement opens with. The frame ("Putin said …"), a
// correction ("not Putin") and the sentence's own subject are all read through here.
import { isCommonEnglish } from "../answering/common-english.js";
import type { Lexicon, Token } from "../answering/lexicon.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { ClaimVerdict } from "./types.js";

export type Claimed = ClaimVerdict["claimedSpeaker"];

/** The speaker id of the article's own voice. */
export const ARTICLE_SPEAKER = "article";
const ARTICLE_WORDS = new Set([
  "article",
  "author",
  "writer",
  "journalist",
  "story",
  "report",
  "piece",
  "conclusion",
  "text",
]);

/** The speaker a name points at: a knowledge-base speaker, the article, or an unknown name. */
export function nameResolver(kb: KnowledgeBase, lexicon: Lexicon): (name: string) => Claimed {
  const speakerName = (id: string) => kb.speakerById.get(id)?.name ?? id;
  return (name) => {
    const tokens = lexicon.tokensOf(name);
    const speaker = tokens.find((t) => t.term.startsWith("@"));
    if (speaker) return { id: speaker.term.slice(1), name: speakerName(speaker.term.slice(1)) };
    if (tokens.some((t) => ARTICLE_WORDS.has(t.surface))) return { id: ARTICLE_SPEAKER, name: "The article" };
    if (/\p{Lu}/u.test(name)) return { id: null, name: name.trim() };
    // Typed in lower case ("netanyahu believes that …"): a word no English word list has is a name all the same.
    const words = name.trim().split(/\s+/);
    const unknown = words.some((w) => /^\p{L}{3,}$/u.test(w) && !isCommonEnglish(w.toLowerCase()));
    return unknown ? { id: null, name: name.trim() } : null;
  };
}

/** The speaker a statement opens with ("Peskov criticizes…", "The article itself blames…"), if any. */
export function subjectOf(tokens: Token[], resolveName: (name: string) => Claimed): Claimed {
  const first = tokens.find((t) => t.role !== "stop");
  if (!first) return null;
  if (first.term.startsWith("@") || ARTICLE_WORDS.has(first.surface)) return resolveName(first.surface);
  return null;
}
