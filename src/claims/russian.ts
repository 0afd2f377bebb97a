// A claim written in Russian, held against the curated Russian translations of the article's quotes and judged on
// the English span each translates. A translation can back a claim in meaning only: the best a Russian claim gets
// is "paraphrase", never "verbatim". Negations and opposite words are read in Russian (polarity.ts, russian-opposites.ts); names and
// inflected aliases (Пескова, Кремль, МИД) through the Russian knowledge base's vocabulary.
import { Lexicon, type Token } from "../answering/lexicon.js";
import { localView } from "../answering/localise.js";
import { isCommonRussian } from "../answering/russian/dictionary.js";
import { normaliseRussianWords } from "../answering/russian/normalise.js";
import { RUSSIAN } from "../answering/russian/rules.js";
import { findVerbatim, foldForMatch, type KnowledgeBase, type LocalKnowledge } from "../knowledge/index.js";
import { changesOf } from "./changes.js";
import { aboutSpeaker, closestUnit, speakersTalkedAbout } from "./closest.js";
import { addedCondition } from "./condition.js";
import { framedNear } from "./framed-near.js";
import { type Pair, type Word, wordsOf } from "./match.js";
import { changedOnMatch, nearAlteration } from "./near-alteration.js";
import { RUSSIAN_NOUNS } from "./nouns.js";
import { joinRussianPhrasalVerbs, readRussianIdioms, russianSayingAsMention } from "./phrasal.js";
import { NEGATORS } from "./polarity.js";
import { addedQualifier, pushChange } from "./qualifier.js";
import { asideEndOf, RELATIVE_CLAUSE } from "./reading.js";
import { noteReplacedCause } from "./replaced-cause.js";
import { parseRussianFrame } from "./russian-frames.js";
import { joinedSpans, type TranslatedSpan } from "./russian-joined.js";
import { unknownOpener } from "./russian-opener.js";
import { RUSSIAN_OPPOSITES, RUSSIAN_SIDE_TAKING_ALONE, RUSSIAN_TIME_OPPOSITES } from "./russian-opposites.js";
import { nominativeNames, subjectAfterSetting } from "./russian-subject.js";
import { RUSSIAN_ASPECT_GROUPS, sameRussianRoot } from "./russian-words.js";
import { structuralChanges } from "./structure.js";
import { russianSubjectFromObject } from "./subject-moved.js";
import type { ClaimSource, ClaimTuning, ClaimVerdict } from "./types.js";
import { unbackedCore } from "./unbacked-core.js";
import type { ArticleUnit } from "./units.js";
import { swappedKnownParties } from "./unknown-party.js";
import {
  changedNear,
  claimBase,
  matchOf,
  notInArticle,
  roundSimilarity,
  speakerAgrees,
  stanceAlone,
  unbackedWords,
  verdictOf,
} from "./verdict.js";
import { ClaimVocabulary } from "./vocabulary.js";

/** Below this share of its meaningful words read (known to the knowledge base or the dictionary), no verdict. */
export const MIN_READ_SHARE = 0.6;
const ARTICLE_SPEAKER = "article";
const ARTICLE_WORDS = new Set([
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
const CLAUSE_BREAK = /[,;:]\s+|\s+[—–]\s+/g;

export type RussianClaimChecker = (text: string) => ClaimVerdict;

/** What the English checker shares: whose words an English span is. */
export interface EnglishSide {
  sourcesOf: (paragraph: number, start: number, end: number) => ClaimSource[];
}

export function createRussianClaimChecker(
  kb: KnowledgeBase,
  local: LocalKnowledge,
  english: EnglishSide,
  tuning: ClaimTuning,
  /** The engine's Russian lexicon (the same vocabulary, built from the same view), else one built here. */
  shared?: Lexicon,
): RussianClaimChecker {
  const lexicon = shared ?? new Lexicon(localView(kb, local), RUSSIAN);
  lexicon.doneIndexing();
  const read = tokenReader(lexicon);
  const talkedAbout = speakersTalkedAbout(kb);
  const { units, translationOf, clauseOf, withAntecedent, leadOf, vocabulary, entities, paragraphTerms } =
    buildRussianUnits(kb, local, lexicon, read);
  // A term any translated paragraph has: a name it never gives is an unknown party (unknown-party.ts).
  const articleTerms = new Set(kb.article.paragraphs.flatMap((_, i) => [...paragraphTerms(i + 1)]));
  const inArticle = (term: string) => articleTerms.has(term);
  const localName = (id: string) => local.speakerById.get(id)?.name ?? kb.speakerById.get(id)?.name ?? id;
  // The card is Russian: whose words the span are, by their Russian names and roles.
  const sourcesOf = (paragraph: number, start: number, end: number): ClaimSource[] =>
    english.sourcesOf(paragraph, start, end).map((s) => {
      const l = local.speakerById.get(s.speakerId);
      return l ? { ...s, speaker: l.name, role: l.role } : s;
    });

  const resolveName = (name: string): ClaimVerdict["claimedSpeaker"] => {
    const tokens = lexicon.tokensOf(name);
    const speaker = tokens.find((t) => t.term.startsWith("@"));
    if (speaker) return { id: speaker.term.slice(1), name: localName(speaker.term.slice(1)) };
    if (tokens.some((t) => ARTICLE_WORDS.has(t.surface))) return { id: ARTICLE_SPEAKER, name: "Статья" };
    return /\p{Lu}/u.test(name) ? { id: null, name: name.trim() } : null;
  };

  const nominative = nominativeNames(local.speakers);
  /** The Russian translations of a paragraph's sentences, joined. */
  const paragraphTranslation = (paragraph: number): string =>
    units
      .filter((u) => u.paragraph === paragraph)
      .map((u) => translationOf.get(u) ?? "")
      .join(" ");
  let whole: string | null = null;
  /** The article's whole translation, joined once. */
  const wholeTranslation = (): string => (whole ??= units.map((u) => translationOf.get(u) ?? "").join("\n"));
  const afterSetting = (statement: string, tokens: Token[]) => {
    const surface = subjectAfterSetting(statement, tokens, nominative);
    return surface === null ? null : resolveName(surface);
  };

  return (text: string) => {
    const frame = parseRussianFrame(russianSayingAsMention(text));
    // "В разговоре с Эрдоганом Путин подчеркнул, что …": the frame's speaker is the nominative after the setting.
    const framed =
      frame.name === null ? null : (afterSetting(frame.name, read(frame.name)) ?? resolveName(frame.name));
    const statement = joinRussianPhrasalVerbs(frame.statement);
    const tokens = read(statement);
    const names = capitalisedRussian(frame.statement);
    const claimed =
      framed && framed.id !== ARTICLE_SPEAKER
        ? framed
        : (subjectOf(tokens, resolveName) ??
          afterSetting(statement, tokens) ??
          unknownOpener(tokens, names, (t) => entities.has(t) || lexicon.isKnown(t), statement));
    const isEntity = (term: string, surface: string) =>
      entities.has(term) || term.startsWith("@") || names.has(surface);
    const subjectTerm = claimed?.id ? `@${claimed.id}` : null;
    const allWords = wordsOf(tokens, vocabulary, isEntity);
    const words = allWords.filter((w) => w.term !== subjectTerm);
    const deniedSubject = allWords.find((w) => w.term === subjectTerm && w.negated);
    const base = claimBase(text, frame, claimed);
    // What it cannot read it does not judge: never "not in the article" for words it does not know.
    const unread = unreadWords(tokens, lexicon, names);
    const meaningful = tokens.filter((t) => t.role === "content").length;
    if (meaningful === 0 || unread.length > meaningful * (1 - MIN_READ_SHARE)) {
      return {
        ...base,
        verdict: "cannot-judge",
        unbacked: unread,
        span: null,
        sources: [],
        voice: null,
        similarity: { containment: 0, coverage: 0 },
      };
    }

    const aligned = new Map<ArticleUnit, Pair[]>();
    const closest = (among: ArticleUnit[]) =>
      closestUnit(among, words, claimed?.id ?? null, false, vocabulary, tuning, aligned);
    const best = aboutSpeaker(units, words, claimed?.id ?? null, closest, tuning.closeAt);
    const content = words.filter((w) => w.weight > 0).length;
    if (!best || content === 0 || best.containment < tuning.closeAt) return notInArticle(base, best);
    const { unit, pairs } = best;
    const sources = sourcesOf(unit.paragraph, unit.start, unit.end);
    const speakerOk = speakerAgrees(claimed, unit, sources, talkedAbout);
    // A time word the passage has no opposite of takes no side ("нынешняя эскалация" for "последний всплеск").
    const { changes, swapped } = changesOf(
      pairs,
      unit.words,
      subjectTerm,
      sources,
      paragraphTerms(unit.paragraph),
      (w) => vocabulary.takesSide(w),
    );
    const clause = clauseOf.get(unit) ?? "";
    structuralChanges(
      changes,
      {
        text,
        tokens,
        pairs,
        unit,
        sources,
        subjectTerm,
        subjectAt: allWords.find((w) => w.term === subjectTerm)?.at,
        vocabulary,
        exact: false,
        antecedentWords: () => withAntecedent.get(unit) ?? unit.words,
        asideEnd: () => asideEndOf(statement, read),
        nounSpanTokens: () => read(clauseOf.get(unit) ?? unit.text),
        nounGrammar: RUSSIAN_NOUNS,
        clause,
        clauseTokens: () => read(clause),
        sentence: translationOf.get(unit),
        negationWord: "не",
        talkedAbout,
        resolveName,
      },
      deniedSubject,
    );
    const { matched, alteredNear } = matchOf(
      best,
      content,
      swappedKnownParties(pairs, swapped, inArticle, best.containment),
      tuning,
      (a, b) => russianClassKey(a) === russianClassKey(b) || sameRussianRoot(a, b),
    );
    noteReplacedCause(changes, text, unbackedWords(best));
    // A name the passage has after the deed made its doer, opening the claim in the nominative (subject-moved.ts).
    if (changes.length === 0)
      pushChange(
        changes,
        russianSubjectFromObject(pairs, unit.words, statement, subjectTerm, leadOf.get(unit)),
      );
    // A medium, rank, time or share the paragraph's translation does not give (qualifier.ts), a condition
    // (condition.ts), or an exclusion, a hedge or a clause of its own (near-alteration.ts).
    if (matched && changes.length === 0)
      pushChange(
        changes,
        addedQualifier(pairs, paragraphTranslation(unit.paragraph)) ??
          addedCondition(text, paragraphTranslation(unit.paragraph)) ??
          changedOnMatch(
            best,
            tokens,
            text,
            translationOf.get(unit) ?? clause,
            paragraphTranslation(unit.paragraph),
            wholeTranslation(),
          ) ??
          unbackedCore(
            pairs,
            unit.words,
            text,
            translationOf.get(unit) ?? clause,
            wholeTranslation(),
            vocabulary,
          ),
      );
    if (matched && frame.negated && speakerOk && changes.length === 0) {
      changes.push({ kind: "negation", claimed: frame.name ?? "", article: "" });
    }
    // A frame's noun or a verb of forcing changed on a claim short of a match (framed-near.ts).
    const frameChange = matched
      ? null
      : (framedNear(
          best,
          text,
          translationOf.get(unit) ?? clause,
          translationOf.get(unit) ?? clause,
          tuning,
        ) ??
        nearAlteration(
          best,
          text,
          translationOf.get(unit) ?? clause,
          paragraphTranslation(unit.paragraph),
          tuning,
        ));
    if (frameChange && !changes.some((c) => c.claimed === frameChange.claimed)) changes.push(frameChange);
    const verdict = verdictOf({
      matched,
      alteredNear:
        alteredNear ||
        frameChange !== null ||
        (!matched && (stanceAlone(best, changes, tuning) || changedNear(best, changes, tuning))),
      changes,
      speakerOk,
      sameWords: best.containment >= tuning.misattributedAt,
      exact: false,
    });
    return {
      ...base,
      verdict,
      span: { paragraph: unit.paragraph, start: unit.start, end: unit.end, text: unit.text },
      translation: translationOf.get(unit) ?? null,
      sources,
      voice: sources.some((s) => s.voice === "reported") ? "reported" : "article",
      changes: changes.map((c) => ({ ...c, claimed: inRussian(c.claimed), article: inRussian(c.article) })),
      unbacked: unbackedWords(best),
      similarity: {
        containment: roundSimilarity(best.containment),
        coverage: roundSimilarity(best.coverage),
      },
    };
  };
}

interface RussianIndex {
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
function tokenReader(lexicon: Lexicon): (text: string) => Token[] {
  const canonical = new Map<string, string>();
  for (const group of RUSSIAN_ASPECT_GROUPS) {
    const head = RUSSIAN.stem(group[0]!);
    for (const form of group) canonical.set(RUSSIAN.stem(normaliseRussianWords(form)[0] ?? form), head);
  }
  const aspect = (t: Token): Token => {
    const term = canonical.get(t.term);
    return term === undefined || t.role !== "content" ? t : { ...t, term };
  };
  return (text) =>
    lexicon.tokensOf(readRussianIdioms(text)).flatMap((t) => {
      const words = t.surface.split(" ");
      if (words.length < 2 || !words.some((w) => NEGATORS.has(w))) return [aspect(t)];
      return words.flatMap((w) => lexicon.tokensOf(w)).map(aspect);
    });
}

function buildRussianUnits(
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
    const pieces: [number, number][] = [];
    let at = 0;
    for (const m of s.translation.matchAll(CLAUSE_BREAK)) {
      pieces.push([at, m.index]);
      at = m.index + m[0].length;
    }
    pieces.push([at, s.translation.length]);
    for (let i = 0; i < pieces.length; i++) {
      for (let j = i; j < pieces.length; j++) {
        const words = wordsOf(read(s.translation.slice(pieces[i]![0], pieces[j]![1])), vocabulary, isEntity);
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
        const clause = s.translation.slice(pieces[i]![0], pieces[j]![1]);
        clauseOf.set(unit, clause);
        if (i > 0) {
          const lead = wordsOf(read(s.translation.slice(0, pieces[i]![0])), vocabulary, isEntity);
          leadOf.set(unit, lead);
          if (RELATIVE_CLAUSE.test(clause)) withAntecedent.set(unit, [...lead, ...words]);
        }
        const terms = termsByParagraph.get(s.paragraph) ?? new Set<string>();
        for (const t of unit.terms) terms.add(t);
        termsByParagraph.set(s.paragraph, terms);
      }
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
function russianClassKey(text: string): string {
  return normaliseRussianWords(text)
    .map((w) => RUSSIAN.stem(w))
    .join(" ");
}

/** Meaningful words the checker cannot read: unknown to the knowledge base and the dictionary, and no name. */
function unreadWords(tokens: Token[], lexicon: Lexicon, names: Set<string>): string[] {
  return tokens
    .filter(
      (t) =>
        t.role === "content" &&
        !t.known &&
        !lexicon.isKnown(t.term) &&
        !names.has(t.surface) &&
        !RUSSIAN.isCommonWord(t.surface) &&
        !t.surface.split(" ").every((w) => isCommonRussian(w)),
    )
    .map((t) => t.surface);
}

/** The speaker a statement opens with ("Песков подтверждает…", "В статье говорится…"), if any. */
function subjectOf(
  tokens: Token[],
  resolveName: (name: string) => ClaimVerdict["claimedSpeaker"],
): ClaimVerdict["claimedSpeaker"] {
  const first = tokens.find((t) => t.role !== "stop");
  if (!first) return null;
  if (first.term.startsWith("@") || ARTICLE_WORDS.has(first.surface)) return resolveName(first.surface);
  return null;
}

/** Words written with a capital, bar a common word opening the sentence ("Однако"), normalised. */
function capitalisedRussian(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(^|[^\p{L}])(\p{Lu}[\p{L}-]*)/gu)) {
    const [word] = normaliseRussianWords(m[2]!);
    if (word === undefined) continue;
    if (m.index === 0 && RUSSIAN.isCommonWord(word)) continue;
    out.add(word);
  }
  return out;
}

/** The shared change finder writes a negation as "not X": in a Russian card it is "не X". */
const inRussian = (s: string) => s.replace(/(^|, )not /g, "$1не ");
