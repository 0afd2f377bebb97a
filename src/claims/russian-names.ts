// Who a Russian claim names: a speaker of the knowledge base by their Russian name, the article itself
// ("в статье говорится"), or a name written with a capital the knowledge base does not know; and the speaker a
// statement opens with.
import type { Lexicon, Token } from "../answering/lexicon.js";
import { isCommonRussian } from "../answering/russian/dictionary.js";
import type { KnowledgeBase, LocalKnowledge } from "../knowledge/index.js";
import { ARTICLE_SPEAKER, type Claimed } from "./claim-names.js";

export const RUSSIAN_ARTICLE_WORDS: ReadonlySet<string> = new Set([
  "статья",
  "статье",
  "статьи",
  "статью",
  "автор",
  "автора",
  "авторы",
  "текст",
  "тексте",
]);

/** A surname typed in lower case: «иванов», «захарова» (-ов, -ев, -ин and their feminine forms). */
const SURNAME_LOWER = /^\p{Ll}{2,}(?:ов|ев|ёв|ин|ова|ева|ёва|ина)$/u;

/** The speaker a Russian name points at: a knowledge-base speaker (named in Russian), the article, or an unknown name. */
export function russianNameResolver(
  kb: KnowledgeBase,
  local: LocalKnowledge,
  lexicon: Lexicon,
): (name: string) => Claimed {
  const localName = (id: string) => local.speakerById.get(id)?.name ?? kb.speakerById.get(id)?.name ?? id;
  const known = [
    ...new Set(
      [
        ...(kb.locales?.ru?.translations.values() ?? []),
        ...local.speakers.flatMap((sp) => [sp.name, ...(sp.aliases ?? [])]),
      ]
        .join(" ")
        .toLowerCase()
        .replace(/ё/gu, "е")
        .match(/\p{L}+/gu) ?? [],
    ),
  ];
  // (claims34) «пресс-секретарь Иванов», «помощник Путина Ушаков»: a speaker's title (or name in another case) with
  // a surname the translation never gives is another person (the Kremlin's line in his mouth was a paraphrase).
  const otherPerson = (name: string) =>
    name
      .trim()
      .split(/\s+/u)
      // Not the first word: «Вчера Песков …».
      .some((w, i) => {
        if (i === 0) return false;
        const lowerSurname = SURNAME_LOWER.test(w) && !isCommonRussian(w);
        if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) && !lowerSurname) return false;
        const word = w.toLowerCase().replace(/ё/gu, "е");
        const stem = word.slice(0, Math.max(4, word.length - 2));
        return !known.some((k) => k.startsWith(stem));
      });
  return (name) => {
    const tokens = lexicon.tokensOf(name);
    const speaker = tokens.find((t) => t.term.startsWith("@"));
    if (speaker && otherPerson(name)) return { id: null, name: name.trim() };
    if (speaker) return { id: speaker.term.slice(1), name: localName(speaker.term.slice(1)) };
    if (tokens.some((t) => RUSSIAN_ARTICLE_WORDS.has(t.surface)))
      return { id: ARTICLE_SPEAKER, name: "Статья" };
    if (/\p{Lu}/u.test(name)) return { id: null, name: name.trim() };
    // Typed in lower case («захарова заявила, что …», claims-blind51: was read as no one, and the Kremlin's line
    // confirmed as a paraphrase): a word the lexicon does not know is a name all the same, as in English.
    const named = tokens.filter((t) => t.role !== "stop");
    const unknown =
      named.length <= 3 && named.some((t) => /^\p{L}{3,}$/u.test(t.surface) && !lexicon.isKnown(t.term));
    return unknown ? { id: null, name: name.trim() } : null;
  };
}

/** The speaker a statement opens with ("Песков подтверждает…", "В статье говорится…"), if any. */
export function russianSubjectOf(tokens: Token[], resolveName: (name: string) => Claimed): Claimed {
  const first = tokens.find((t) => t.role !== "stop");
  if (!first) return null;
  if (first.term.startsWith("@") || RUSSIAN_ARTICLE_WORDS.has(first.surface))
    return resolveName(first.surface);
  return null;
}
