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

/** Capitalised words that name no person: days, months. */
const NO_PERSON =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** A preposition before a capitalised word makes it a place or a time ("in Sochi", "on Monday"). */
const PREPOSITION = /^(?:in|on|at|from|to|with|during|after|before|since|of|for)$/i;

/** The speaker a name points at: a knowledge-base speaker, the article, or an unknown name. */
export function nameResolver(kb: KnowledgeBase, lexicon: Lexicon): (name: string) => Claimed {
  const speakerName = (id: string) => kb.speakerById.get(id)?.name ?? id;
  const known = new Set(
    [...kb.article.paragraphs, ...kb.speakers.flatMap((sp) => [sp.name, ...sp.aliases])]
      .join(" ")
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [],
  );
  // (claims34) "the spokesman Ivanov": a title of a speaker's ("spokesman") with a surname the article never gives
  // is another person, not that speaker (the Kremlin's line put in his mouth was confirmed word for word).
  const otherPerson = (name: string) => {
    const words = name.trim().split(/\s+/u);
    return words.some(
      (w, i) =>
        // Not the first word: "Yesterday Dmitry Peskov", "About the Russian government".
        i > 0 &&
        /^\p{Lu}\p{Ll}{2,}$/u.test(w) &&
        !known.has(w.toLowerCase()) &&
        !NO_PERSON.test(w.toLowerCase()) &&
        // "the ministry of Lavrov" is his (claims-r2-34); "the spokesman in Sochi" a place.
        (!PREPOSITION.test(words[i - 1] ?? "") || words[i - 1]!.toLowerCase() === "of"),
    );
  };
  // (claims-r2-34) "Lavrov's ministry", "Blinken's spokesman", "Iran's foreign ministry": a possessor the article
  // never names (nor a word of its own stem: Turkey's/"Turkish") owns another body or person than the speaker its
  // title points at (the Foreign Ministry's line under "Lavrov's ministry" was a paraphrase, Peskov's under
  // "Blinken's spokesman" word for word).
  const otherPossessor = (name: string) =>
    (name.match(/\p{L}{2,30}(?=['’]s(?!\p{L}))/gu) ?? []).some((w) => {
      const word = w.toLowerCase();
      if (known.has(word) || NO_PERSON.test(word) || (!/^\p{Lu}/u.test(w) && isCommonEnglish(word)))
        return false;
      const stem = word.slice(0, 4);
      return word.length < 4 || ![...known].some((k) => k.startsWith(stem));
    });
  return (name) => {
    const tokens = lexicon.tokensOf(name);
    const speaker = tokens.find((t) => t.term.startsWith("@"));
    if (speaker && (otherPerson(name) || otherPossessor(name))) return { id: null, name: name.trim() };
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
