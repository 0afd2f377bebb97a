// The article as the Russian claim checker reads it: each curated Russian translation of a quote, cut into every
// run of its clauses, is a unit standing for the English span it translates (its words are the translation's),
// weighted by inverse frequency over the translations; and the token reader both sides of a comparison share
// (a negating phrase read word by word, verbs of one aspect pair as one term).
import type { Lexicon, Token } from "../answering/lexicon.js";
import { normaliseRussianWords } from "../answering/russian/normalise.js";
import { RUSSIAN } from "../answering/russian/rules.js";
import { findVerbatim, foldForMatch, type KnowledgeBase, type LocalKnowledge } from "../knowledge/index.js";
import { type Word, wordsOf } from "./claim-words.js";
import { NEGATORS } from "./polarity.js";
import { RELATIVE_CLAUSE } from "./reading.js";
import { joinedSpans, type TranslatedSpan } from "./russian-joined.js";
import { RUSSIAN_OPPOSITES, RUSSIAN_SIDE_TAKING_ALONE } from "./russian-opposites.js";
import { readRussianIdioms } from "./russian-phrasal.js";
import { RUSSIAN_TIME_OPPOSITES } from "./russian-time-opposites.js";
import { RUSSIAN_ASPECT_GROUPS } from "./russian-words.js";
import { type ArticleUnit, clauseRuns } from "./units.js";
import { ClaimVocabulary } from "./vocabulary.js";

export interface RussianIndex {
  /** Each unit's text is the English span; its words are the Russian translation's (or a clause run of it). */
  units: ArticleUnit[];
  /** The whole curated translation of the unit's English span. */
  translationOf: Map<ArticleUnit, string>;
  /** The run of the translation's clauses a unit's words were read from (`Word.at` indexes its tokens). */
  clauseOf: Map<ArticleUnit, string>;
  /** A relative clause's words after those of its sentence before it ("…, которая игнорировала …"). */
  withAntecedent: Map<ArticleUnit, Word[]>;
  /** The words of the translation before a unit's clause ("Москва стремится …" before "подчёркивая …"). */
  leadOf: Map<ArticleUnit, Word[]>;
  vocabulary: ClaimVocabulary;
  entities: Set<string>;
  paragraphTerms: (paragraph: number) => ReadonlySet<string>;
}

/**
 * A text's tokens for the claim check: a knowledge-base phrase that holds a negation ("не упоминает") is read word
 * by word, so its "не" negates like any other; verbs of one aspect pair share a term.
 */
export function tokenReader(lexicon: Lexicon): (text: string) => Token[] {
  const canonical = new Map<string, string>();
  for (const group of RUSSIAN_ASPECT_GROUPS) {
    const head = RUSSIAN.stem(group[0]!);
    for (const form of group) canonical.set(RUSSIAN.stem(normaliseRussianWords(form)[0] ?? form), head);
  }
  // (claims-r2-38) A verb and its "к" read as one phrase ("стремятся к", the phrase list's "aims at") is the
  // group's noun when the vocabulary has a class for it: «палестинцы стремятся к …» meets «их стремление к …»
  // (the noun's class, aspirations). A verb alone («стремится помочь») keeps its group.
  const nounClass = new Map<string, string>();
  for (const group of RUSSIAN_ASPECT_GROUPS) {
    const head = RUSSIAN.stem(group[0]!);
    for (const form of group) {
      const [only, ...rest] = lexicon.tokensOf(form);
      if (only !== undefined && rest.length === 0 && only.term.startsWith("="))
        nounClass.set(head, only.term);
    }
  }
  const aspect = (t: Token): Token => {
    const phrase = /^(\p{L}+) (?:к|ко)$/u.exec(t.surface);
    const verb = phrase === null ? undefined : canonical.get(RUSSIAN.stem(phrase[1]!));
    const term = canonical.get(t.term) ?? (verb === undefined ? undefined : (nounClass.get(verb) ?? verb));
    return term === undefined || t.role !== "content" ? t : { ...t, term };
  };
  // (claims-r2-38) A people's one member, «палестинец», «израильтянин»: the plural's term when the vocabulary knows
  // the plural («палестинцы») and not the singular (its fleeting vowel keeps the stems apart). «Каждый палестинец
  // стремится к …» read without «каждый» then meets ¶3's «палестинцев».
  const plurals = new Map<string, string | null>();
  const pluralOf = (word: string, stem: string, ending: string): string => {
    const key = word.toLowerCase();
    let known = plurals.get(key);
    if (known === undefined) {
      const plural = `${stem}${ending}`;
      const classed = (w: string) => lexicon.tokensOf(w).some((t) => /^[=@]/u.test(t.term));
      known = !classed(word) && classed(plural) ? plural : null;
      if (plurals.size > 500) plurals.clear();
      plurals.set(key, known);
    }
    return known ?? word;
  };
  const demonyms = (text: string) =>
    text.replace(/(?<!\p{L})(\p{L}{3,}?)(ец|янин|анин)(?!\p{L})/giu, (word, stem: string, suffix: string) =>
      pluralOf(word, stem, suffix === "ец" ? "цы" : suffix.slice(0, -2) === "ян" ? "яне" : "ане"),
    );
  return (text) =>
    lexicon.tokensOf(readRussianIdioms(demonyms(text))).flatMap((t) => {
      const words = t.surface.split(" ");
      if (words.length < 2 || !words.some((w) => NEGATORS.has(w))) return [aspect(t)];
      return words.flatMap((w) => lexicon.tokensOf(w)).map(aspect);
    });
}

export function buildRussianUnits(
  kb: KnowledgeBase,
  local: LocalKnowledge,
  lexicon: Lexicon,
  read: (text: string) => Token[],
): RussianIndex {
  const spans: TranslatedSpan[] = [];
  const byKey = new Map<string, TranslatedSpan>();
  for (const q of kb.entries.flatMap((e) => e.quotes)) {
    const translation = local.translations.get(foldForMatch(q.text));
    const paragraph = kb.article.paragraphs[q.paragraph - 1];
    const at = paragraph === undefined ? null : findVerbatim(paragraph, q.text);
    if (translation === undefined || !at || paragraph === undefined) continue;
    const key = `${q.paragraph}:${at.start}:${at.end}`;
    const known = byKey.get(key);
    if (known) {
      known.speakers.add(q.speaker);
      continue;
    }
    const span = {
      paragraph: q.paragraph,
      ...at,
      text: paragraph.slice(at.start, at.end),
      translation,
      speakers: new Set([q.speaker]),
    };
    byKey.set(key, span);
    spans.push(span);
  }
  // Rarer words weigh more, as on the English side: inverse frequency over the translations.
  const frequency = new Map<string, number>();
  for (const s of spans)
    for (const term of new Set(
      read(s.translation)
        .filter((t) => t.role === "content")
        .map((t) => t.term),
    ))
      frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const n = spans.length;
  const weights = new Map([...frequency].map(([t, df]) => [t, Math.log(1 + n / (1 + df))]));
  const vocabulary = new ClaimVocabulary(
    lexicon,
    weights,
    Math.log(1 + n),
    [...RUSSIAN_OPPOSITES, ...RUSSIAN_TIME_OPPOSITES],
    russianClassKey,
    null,
    RUSSIAN_OPPOSITES.length,
    RUSSIAN_SIDE_TAKING_ALONE,
  );
  const entities = new Set<string>();
  for (const s of spans)
    for (const w of capitalisedRussian(s.translation))
      for (const t of lexicon.contentTerms(w)) entities.add(t);
  const isEntity = (term: string) => entities.has(term) || term.startsWith("@");

  // Two translated halves of one English sentence, joined by "and" or a comma, are one span too (after the
  // weights: the same words counted twice would weigh less).
  spans.push(...joinedSpans(spans, kb.article.paragraphs));
  const units: ArticleUnit[] = [];
  const translationOf = new Map<ArticleUnit, string>();
  const clauseOf = new Map<ArticleUnit, string>();
  const withAntecedent = new Map<ArticleUnit, Word[]>();
  const leadOf = new Map<ArticleUnit, Word[]>();
  const termsByParagraph = new Map<number, Set<string>>();
  for (const s of spans) {
    // Every run of the translation's clauses, so a claim about half a sentence meets that half.
    for (const run of clauseRuns(s.translation)) {
      const clause = s.translation.slice(run.start, run.end);
      const words = wordsOf(read(clause), vocabulary, isEntity);
      if (words.every((w) => w.weight === 0)) continue;
      const unit: ArticleUnit = {
        paragraph: s.paragraph,
        start: s.start,
        end: s.end,
        text: s.text,
        words,
        terms: new Set(words.map((w) => w.term)),
        speakerIds: s.speakers,
        whole: false,
      };
      units.push(unit);
      translationOf.set(unit, s.translation);
      clauseOf.set(unit, clause);
      if (!run.opens) {
        const lead = wordsOf(read(s.translation.slice(0, run.start)), vocabulary, isEntity);
        leadOf.set(unit, lead);
        if (RELATIVE_CLAUSE.test(clause)) withAntecedent.set(unit, [...lead, ...words]);
      }
      const terms = termsByParagraph.get(s.paragraph) ?? new Set<string>();
      for (const t of unit.terms) terms.add(t);
      termsByParagraph.set(s.paragraph, terms);
    }
  }
  return {
    units,
    translationOf,
    clauseOf,
    withAntecedent,
    leadOf,
    vocabulary,
    entities,
    paragraphTerms: (p) => termsByParagraph.get(p) ?? new Set<string>(),
  };
}

/** Opposite pairs are keyed by the Russian stem of each word (a Latin word by its English stem). */
export function russianClassKey(text: string): string {
  return normaliseRussianWords(text)
    .map((w) => RUSSIAN.stem(w))
    .join(" ");
}

/** Words written with a capital, bar a common word opening the sentence ("Однако"), normalised. */
export function capitalisedRussian(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(^|[^\p{L}])(\p{Lu}[\p{L}-]*)/gu)) {
    const [word] = normaliseRussianWords(m[2]!);
    if (word === undefined) continue;
    if (m.index === 0 && RUSSIAN.isCommonWord(word)) continue;
    out.add(word);
  }
  return out;
}
