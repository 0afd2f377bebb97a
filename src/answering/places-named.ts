// "Which countries are mentioned", "какие страны фигурируют / участвуют", "о каких государствах идёт речь": a
// fixed list of the countries, territories and international bodies the knowledge base's quotes name (the
// gazetteer in place-names.ts), each shown in a quote that names it. Built like the roster, from the knowledge
// base, not a ranked entry: a new entry would move every term's weight (quality-ru19's try moved six answers).
import type { KnowledgeBase, Quote } from "../knowledge/index.js";
import type { Analysis, Token } from "./lexicon.js";
import { PLACE_NAMES, type PlaceKind, type PlaceName } from "./place-names.js";
import { isStoryTopic } from "./roster-topic.js";
import type { Answer, AttributedQuote, Lang, Suggestion } from "./types.js";

/** Nouns for countries: страна, государство, держава; country, nation, states. One must be asked. */
const COUNTRY_NOUN = /^(?:стран|государств|держав|countr|nation|states$)/;
/** Nouns for bodies, asked beside a country noun ("страны и организации"); alone they go to the ranker, whose
 * Quartet entry answers "which international bodies does it mention". */
const PLACE_NOUN =
  /^(?:стран|государств|держав|организаци|международн|countr|nation|organi[sz]ation|bod(?:y|ies)$|institution|states$)/;

/** The words that leave the list as the question: being named, taking part, the piece itself, "all". */
const LIST_WORD =
  /^(?:упомина|упомян|фигурир|назван|названы|называ|участву|участник|участие|замешан|вовлечен|затронут|встреча|mention|name|named|names|featur|appear|involv|cited|referenc|list|all|every|все|всех|вообще|статья|стать|текст|истори|новост|речь|ид[её]т|article|story|piece|text|report)/;

/** A question word or request that asks for the list: какие, о каких, перечисли, назови; which, what, list. */
const ASKS_LIST =
  /(?:^|\s)(?:какие|каких|какими|какая|какой|перечисли|перечислите|назови|назовите|список|which|what|list|name)(?:\s|$)/;

/** Whether the question asks which countries or bodies the story names, and nothing narrower. */
export function asksPlacesNamed(a: Analysis): boolean {
  if (a.unknownNames.length > 0 || a.speakers.length > 0) return false;
  const content = a.tokens.filter((t) => t.role === "content");
  const places = content.filter((t) => placeNoun(t));
  if (!places.some((t) => t.surface.split(" ").some((w) => COUNTRY_NOUN.test(w))) || !ASKS_LIST.test(a.words))
    return false;
  return content.every((t) => places.includes(t) || listWord(t) || isStoryTopic(a, t));
}

const placeNoun = (t: Token) => t.surface.split(" ").some((w) => PLACE_NOUN.test(w));
const listWord = (t: Token) => t.surface.split(" ").every((w) => LIST_WORD.test(w));

const KIND_ORDER: PlaceKind[] = ["country", "territory", "body"];

const HEADINGS: Record<Lang, { title: string; kinds: Record<PlaceKind, string>; intro: string }> = {
  en: {
    title: "Countries and bodies the article names",
    intro: "The article names",
    kinds: { country: "countries", territory: "a territory", body: "international bodies" },
  },
  ru: {
    title: "Страны и организации в статье",
    intro: "Статья называет",
    kinds: { country: "страны", territory: "территорию", body: "международные организации" },
  },
};

/** Each place named by the quotes, in the gazetteer's order, with the fewest quotes that name them all. */
export function placesNamedIn(quotes: readonly Quote[]): { places: PlaceName[]; shown: Quote[] } {
  const places = PLACE_NAMES.filter((p) => quotes.some((q) => p.pattern.test(q.text)));
  const left = new Set(places);
  const shown: Quote[] = [];
  while (left.size > 0) {
    let best: Quote | null = null;
    let bestCount = 0;
    for (const q of quotes) {
      const count = [...left].filter((p) => p.pattern.test(q.text)).length;
      if (count > bestCount || (count === bestCount && best && q.text.length < best.text.length)) {
        best = q;
        bestCount = count;
      }
    }
    if (best === null || bestCount === 0) break;
    for (const p of [...left]) if (p.pattern.test(best.text)) left.delete(p);
    shown.push(best);
  }
  return { places, shown };
}

/** The reply: the places by kind in the reader's language, and the quotes that name them. */
export function placesNamedAnswer(
  kb: KnowledgeBase,
  lang: Lang,
  attribute: (q: Quote, lang: Lang) => AttributedQuote,
  suggestions: Suggestion[],
): Answer {
  const { places, shown } = placesNamedIn(kb.entries.flatMap((e) => e.quotes));
  const h = HEADINGS[lang];
  const parts = KIND_ORDER.flatMap((kind) => {
    const named = places.filter((p) => p.kind === kind).map((p) => p[lang]);
    return named.length > 0 ? [`${h.kinds[kind]}: ${named.join(", ")}`] : [];
  });
  return {
    lang,
    answered: places.length > 0,
    kind: "quotes",
    entry: null,
    speaker: null,
    confidence: 1,
    title: h.title,
    answer: `${h.intro} ${parts.join("; ")}.`,
    quotes: shown.map((q) => attribute(q, lang)),
    suggestions,
    reason: places.length > 0 ? null : "not-in-article",
  };
}
