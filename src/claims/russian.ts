// A claim written in Russian, held against the curated Russian translations of the article's quotes and judged on
// the English span each translates. A translation can back a claim in meaning only: the best a Russian claim gets
// is "paraphrase", never "verbatim". Negations and opposite words are read in Russian (polarity.ts, russian-opposites.ts); names and
// inflected aliases (Пескова, Кремль, МИД) through the Russian knowledge base's vocabulary.
// Here the checker itself; the article as it reads it is russian-units.ts, who a name points at russian-names.ts.
import { Lexicon, type Token } from "../answering/lexicon.js";
import { localView } from "../answering/localise.js";
import { isCommonRussian } from "../answering/russian/dictionary.js";
import { namesForeignPlace } from "../answering/russian/foreign-places.js";
import { RUSSIAN } from "../answering/russian/rules.js";
import type { KnowledgeBase, LocalKnowledge } from "../knowledge/index.js";
import { capitalisedPartners, readRussianThroughTypos } from "./chat-typos-ru.js";
import { ARTICLE_SPEAKER } from "./claim-names.js";
import { wordsOf } from "./claim-words.js";
import { aboutSpeaker, closestUnit, speakersTalkedAbout } from "./closest.js";
import type { Pair } from "./match.js";
import { RUSSIAN_NOUNS } from "./nouns.js";
import { asideEndOf } from "./reading.js";
import { parseRussianFrame } from "./russian-frames.js";
import { russianNameResolver, russianSubjectOf } from "./russian-names.js";
import { unknownOpener } from "./russian-opener.js";
import { joinRussianPhrasalVerbs, russianSayingAsMention } from "./russian-phrasal.js";
import { nominativeNames, subjectAfterSetting } from "./russian-subject.js";
import { buildRussianUnits, capitalisedRussian, russianClassKey, tokenReader } from "./russian-units.js";
import { sameRussianRoot } from "./russian-words.js";
import { russianSubjectFromObject } from "./subject-moved.js";
import type { ClaimSource, ClaimTuning, ClaimVerdict } from "./types.js";
import type { ArticleUnit } from "./units.js";
import { claimBase, notInArticle } from "./verdict.js";
import { createPassageJudge, verdictCard } from "./verdict-tail.js";

/** Below this share of its meaningful words read (known to the knowledge base or the dictionary), no verdict. */
export const MIN_READ_SHARE = 0.6;

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
  const judgeOnPassage = createPassageJudge({
    tuning,
    vocabulary,
    talkedAbout,
    paragraphCount: kb.article.paragraphs.length,
    paragraphTerms,
    sameWord: (a, b) => russianClassKey(a) === russianClassKey(b) || sameRussianRoot(a, b),
  });
  // The card is Russian: whose words the span are, by their Russian names and roles.
  const sourcesOf = (paragraph: number, start: number, end: number): ClaimSource[] =>
    english.sourcesOf(paragraph, start, end).map((s) => {
      const l = local.speakerById.get(s.speakerId);
      return l ? { ...s, speaker: l.name, role: l.role } : s;
    });

  const resolveName = russianNameResolver(kb, local, lexicon);

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

  return (typed: string) => {
    // A slip read as questions read it ("перимирию"): never "not in the article" for a word it misread.
    // (claims35) A partner typed in lower case after «с» («по телефону с байденом»), a word no dictionary has: read
    // as the name it is (another actor in the place of Erdogan), as «с Байденом» is, not as a word put for another.
    const text = capitalisedPartners(readRussianThroughTypos(typed, (t) => lexicon.typoFixes(t)));
    const frame = parseRussianFrame(russianSayingAsMention(text));
    // "В разговоре с Эрдоганом Путин подчеркнул, что …": the frame's speaker is the nominative after the setting.
    const framed =
      frame.name === null ? null : (afterSetting(frame.name, read(frame.name)) ?? resolveName(frame.name));
    const statement = joinRussianPhrasalVerbs(hedgeToVerb(frame.statement));
    const tokens = read(statement);
    const names = capitalisedRussian(frame.statement);
    // A country the article never names typed in lower case ("обвинил великобританию"): a name all the same, so
    // it is read as another actor in the place of the passage's, not as one more unbacked word (wave AK).
    for (const t of tokens) if (namesForeignPlace(t.surface)) names.add(t.surface);
    const claimed =
      framed && framed.id !== ARTICLE_SPEAKER
        ? framed
        : (russianSubjectOf(tokens, resolveName) ??
          afterSetting(statement, tokens) ??
          unknownOpener(tokens, names, (t) => entities.has(t) || lexicon.isKnown(t), statement));
    const isEntity = (term: string, surface: string) =>
      entities.has(term) || term.startsWith("@") || names.has(surface);
    const subjectTerm = claimed?.id ? `@${claimed.id}` : null;
    const allWords = wordsOf(tokens, vocabulary, isEntity);
    // A name the article never has, opening the claim as its speaker («Байден выразил …»): who speaks, not one
    // more party added to the passage's words (an "added" change made it altered where the words are another's).
    // «команда Лаврова»: every word of the name (claims-r2-34).
    const unknownName = new Set(claimed?.id === null ? claimed.name.toLowerCase().split(/\s+/u) : []);
    const words = allWords.filter((w) => w.term !== subjectTerm && !unknownName.has(w.surface));
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
    const clause = clauseOf.get(unit) ?? "";
    const sentence = translationOf.get(unit) ?? clause;
    const { verdict, changes } = judgeOnPassage({
      text,
      tokens,
      frame,
      claimed,
      best,
      content,
      subjectTerm,
      subjectAt: allWords.find((w) => w.term === subjectTerm)?.at,
      deniedSubject,
      sources,
      exact: false,
      readers: {
        antecedentWords: () => withAntecedent.get(unit) ?? unit.words,
        asideEnd: () => asideEndOf(statement, read),
        nounSpanTokens: () => read(clauseOf.get(unit) ?? unit.text),
        nounGrammar: RUSSIAN_NOUNS,
        clause,
        clauseTokens: () => read(clause),
        sentence: translationOf.get(unit),
        negationWord: "не",
        resolveName,
      },
      sentence,
      paragraph: () => paragraphTranslation(unit.paragraph),
      whole: wholeTranslation,
      frameParagraph: () => sentence,
      // A name the passage has after the deed made its doer, opening the claim in the nominative (subject-moved.ts).
      ownChange: () => russianSubjectFromObject(pairs, unit.words, statement, subjectTerm, leadOf.get(unit)),
    });
    const inRussianChanges = changes.map((c) => ({
      ...c,
      claimed: inRussian(c.claimed),
      article: inRussian(c.article),
    }));
    return verdictCard(base, verdict, best, sources, inRussianChanges, {
      translation: translationOf.get(unit) ?? null,
    });
  };
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

/**
 * (claims39) «Вряд ли МИД России выступает за …»: an opening «вряд ли» / «едва ли» doubts the deed, not the
 * subject; read where the deed's verb stands («МИД России вряд ли выступает за …»), so the negation lands on the verb
 * and the card names «не поддерживает», not «не мид россии». A finite verb by its ending, within six words; none,
 * the text as typed.
 */
function hedgeToVerb(text: string): string {
  const m = /^(\s*)(вряд|едва)\s+ли\s+/iu.exec(text);
  if (m === null) return text;
  const rest = text.slice(m[0].length);
  const words = [...rest.matchAll(/[\p{L}-]+/gu)].slice(0, 6);
  const verb = words
    .slice(1)
    .find((w) => /(?:ет|ит|ют|ят|ут|ат|ал|ил|ел|ла|ли|ло|ется|ится|ются|ятся)$/iu.test(w[0]));
  if (verb === undefined) return text;
  const at = verb.index;
  return `${m[1]}${rest.slice(0, at)}${m[2]!.toLowerCase()} ли ${rest.slice(at)}`;
}

/** The shared change finder writes a negation as "not X": in a Russian card it is "не X". */
const inRussian = (s: string) => s.replace(/(^|, )not /g, "$1не ");
