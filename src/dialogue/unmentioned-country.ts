// Kind: a question on a country the article never names, refused — "what's china's official position", "did
// china offer to mediate", «какова позиция китая?». The refusal said only "The article doesn't cover that. It is
// about this: …", and the asker could not tell whether the bot had read the country at all. Issue 11: the card
// says what it understood, so the refusal names what is unknown first ("The article does not mention China."),
// then what the article covers. Only a country of countries.ts's list that the article's words never give.
import type { Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { countryOf } from "./countries.js";
import { articleMentions } from "./mentions.js";

/** Each country's name as a refusal shows it, in English and in Russian (the nominative). */
const SHOWN: Readonly<Record<string, { en: string; ru: string }>> = {
  ukraine: { en: "Ukraine", ru: "Украина" },
  iran: { en: "Iran", ru: "Иран" },
  china: { en: "China", ru: "Китай" },
  france: { en: "France", ru: "Франция" },
  germany: { en: "Germany", ru: "Германия" },
  egypt: { en: "Egypt", ru: "Египет" },
  syria: { en: "Syria", ru: "Сирия" },
  jordan: { en: "Jordan", ru: "Иордания" },
  qatar: { en: "Qatar", ru: "Катар" },
  uk: { en: "the United Kingdom", ru: "Великобритания" },
};

/** The one unnamed country a question names, shown in the reader's language; null for none or more than one. */
export function unmentionedCountryOf(text: string, lang: Lang, kb: KnowledgeBase): string | null {
  const found = new Set<string>();
  for (const word of text
    .toLowerCase()
    .replace(/ё/gu, "е")
    .split(/[^\p{L}]+/u)) {
    // "chinas position": a possessive typed without its apostrophe.
    const id =
      countryOf(word.replace(/'s$/u, "")) ?? (lang === "en" ? countryOf(word.replace(/s$/u, "")) : null);
    if (id && SHOWN[id] && !articleMentions(SHOWN[id].en.toLowerCase(), "en", kb)) found.add(id);
  }
  if (found.size !== 1) return null;
  const shown = SHOWN[[...found][0]!]!;
  return lang === "ru" ? shown.ru : shown.en;
}

/**
 * The engine's refusal led by the country: "The article does not mention China. It is about this: …"; null when the
 * reply is not that refusal (an article-topic No such as «Статья не об этом» says what it means already).
 */
export function withUnmentionedLead(refusal: string, country: string, lang: Lang): string | null {
  const opener = lang === "ru" ? /^В статье об этом нет\.\s+/u : /^The article doesn't cover that\.\s+/u;
  if (!opener.test(refusal)) return null;
  const lead =
    lang === "ru" ? `В статье не упоминается ${country}.` : `The article does not mention ${country}.`;
  return `${lead} ${refusal.replace(opener, "")}`;
}
