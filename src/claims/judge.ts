// The English claim held against the article: its frame and the speaker it names, the closest unit of the
// article (a clause, a sentence or, for a pasted passage, a paragraph), what the claim changes there
// (changes.ts, structure.ts, qualifier.ts, condition.ts, near-alteration.ts, framed-near.ts) and the verdict
// (verdict.ts). The first reading of a claim: the second readings (check.ts's list) read its verdict again.
import { isCommonEnglish } from "../answering/common-english.js";
import type { Lexicon } from "../answering/lexicon.js";
import { namesPlaceInLowerCase } from "../answering/place-names.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { withCarriedNegation } from "./carried-negation.js";
import { ARTICLE_SPEAKER, type Claimed, subjectOf } from "./claim-names.js";
import { wordsOf } from "./claim-words.js";
import { aboutSpeaker, closestUnit, speakersTalkedAbout } from "./closest.js";
import { readContactWords } from "./contact-words.js";
import { sameDerivation } from "./derivation.js";
import { contains, exactSpan, quotedSpan } from "./exact-span.js";
import { MAX_CLAIM_CHARS } from "./first-reading.js";
import type { Pair } from "./match.js";
import { joinPhrasalVerbs, sayingAsMention } from "./phrasal.js";
import { joinNegatingPrefixes } from "./polarity.js";
import { swappedQuantifier } from "./qualifier.js";
import { asideEndOf, newPredicate, parentheticalEndOf, speakerSwap } from "./reading.js";
import { replacedVerb, replacedWords } from "./replaced-words.js";
import { readHomeTo } from "./residence.js";
import { swappedName } from "./roles.js";
import { afterSettingOpener } from "./setting-subject.js";
import type { ClaimTuning, ClaimVerdict } from "./types.js";
import type { UnitMemo } from "./unit-memo.js";
import type { ArticleIndex, ArticleUnit } from "./units.js";
import { claimBase, notInArticle, unbackedWords } from "./verdict.js";
import { createPassageJudge, verdictCard } from "./verdict-tail.js";
import { parseFrame } from "./words.js";

/** What the judge reads besides the claim: the article's units and vocabulary, and who a name points at. */
export interface JudgeParts {
  kb: KnowledgeBase;
  lexicon: Lexicon;
  tuning: ClaimTuning;
  index: ArticleIndex;
  memo: UnitMemo;
  resolveName: (name: string) => Claimed;
}

/** `subject` of the judge: who the claim puts in the speaker's place, when the sentence does not open with them. */
export type Judge = (text: string, subject?: { claimed: Claimed; term: string }) => ClaimVerdict;

export function createJudge({ kb, lexicon, tuning, index, memo, resolveName }: JudgeParts): Judge {
  const { units, vocabulary, entities, sourcesOf, paragraphTerms } = index;
  const { unitTokens, unitCapitals, withAntecedent } = memo;
  const talkedAbout = speakersTalkedAbout(kb);
  const judgeOnPassage = createPassageJudge({
    tuning,
    vocabulary,
    talkedAbout,
    paragraphCount: kb.article.paragraphs.length,
    paragraphTerms,
    sameSense: (w, s) =>
      (vocabulary.synonym(w, s) || sameDerivation(w.surface, s.surface)) && !vocabulary.opposite(w, s),
  });

  /** The longest run of clauses holding a unit: its whole sentence (units.ts runs stay within one sentence). */
  const sentenceOf = (unit: ArticleUnit): ArticleUnit =>
    index.units.reduce(
      (best, u) =>
        !u.whole &&
        u.paragraph === unit.paragraph &&
        u.start <= unit.start &&
        u.end >= unit.end &&
        u.end - u.start > best.end - best.start
          ? u
          : best,
      unit,
    );

  const judge: Judge = (text, subject) => {
    const plain = parseFrame(sayingAsMention(text));
    // "Foreign Minister Sergei Lavrov reaffirmed that …": a verb of restating frames a name no speaker has.
    const restated = plain.name === null ? parseFrame(sayingAsMention(text), true) : null;
    const restater = restated?.name == null ? null : resolveName(restated.name);
    const outer = restated && restater && restater.id === null ? restated : plain;
    // "According to the article, X": everything is; who the statement itself names is what to check, and
    // "According to the article, Netanyahu believes that …" names him as the one who holds it.
    const inner = outer.name !== null && resolveName(outer.name)?.id === ARTICLE_SPEAKER;
    const nested = inner ? parseFrame(outer.statement) : null;
    const frame = nested?.name ? { ...nested, quoted: nested.quoted || outer.quoted } : outer;
    const framed = frame.name === null ? null : resolveName(frame.name);
    const readable = joinPhrasalVerbs(joinNegatingPrefixes(readContactWords(readHomeTo(frame.statement))));
    const tokens = lexicon.tokensOf(readable);
    const afterSetting = afterSettingOpener(frame.statement, (t) => lexicon.tokensOf(t));
    const claimed =
      subject?.claimed ??
      (framed && framed.id !== ARTICLE_SPEAKER
        ? framed
        : (subjectOf(tokens, resolveName) ??
          (afterSetting === null ? null : subjectOf(afterSetting, resolveName))));
    const names = capitalisedWords(frame.statement);
    // A name typed in lower case ("netanyahu criticizes …"): a word neither the knowledge base nor an English
    // word list knows is taken for a name (a typo too: safe, it can only keep a claim from being confirmed).
    for (const t of tokens)
      if (
        t.role === "content" &&
        !t.known &&
        /^\p{L}{3,}$/u.test(t.surface) &&
        !isCommonEnglish(t.surface) &&
        !vocabulary.classOf(t.surface)
      )
        names.add(t.surface);
      // A country typed in lower case that is also a common word ("china", "turkey"): a name all the same.
      else if (t.role === "content" && namesPlaceInLowerCase(t.surface)) names.add(t.surface);
    // A word the claim writes with a capital is a name ("Western powers"), known to the lexicon or not.
    const isEntity = (term: string, surface: string) =>
      entities.has(term) || term.startsWith("@") || names.has(surface);
    const subjectTerm = subject?.term ?? (claimed?.id ? `@${claimed.id}` : null);
    const allWords = wordsOf(tokens, vocabulary, isEntity);
    const words = allWords.filter((w) => w.term !== subjectTerm);
    // "Not Peskov but … said": the speaker is taken off the words compared, its negation must not go with it.
    const deniedSubject = allWords.find((w) => w.term === subjectTerm && w.negated);

    const exact = exactSpan(kb, text, frame, claimed, sourcesOf);
    // Whole paragraphs only for a pasted passage: two sentences or more.
    const passage = /[.!?]["”’]?\s+\S/.test(frame.statement.trim());
    const candidates = exact
      ? units.filter((u) => contains(u, exact))
      : units.filter((u) => passage || !u.whole);
    const aligned = new Map<ArticleUnit, Pair[]>();
    const closest = (among: ArticleUnit[]) =>
      closestUnit(among, words, claimed?.id ?? null, exact !== null, vocabulary, tuning, aligned);
    const found = exact
      ? closest(candidates)
      : aboutSpeaker(candidates, words, claimed?.id ?? null, closest, tuning.closeAt);
    // "without compromises" of "without considering compromises": one negation, carried over (carried-negation.ts).
    const best = found && withCarriedNegation(found);

    const content = words.filter((w) => w.weight > 0).length;
    const base = claimBase(text, frame, claimed);
    if (!best || (!exact && (content === 0 || best.containment < tuning.closeAt)))
      return notInArticle(base, best);
    const { unit, pairs } = best;
    const region = exact ?? unit;
    const sources = sourcesOf(unit.paragraph, region.start, region.end);
    // "Netanyahu emphasized the urgent need …": a name where the passage has its speaker is the claimed speaker.
    const swap = claimed === null && !subject && !exact ? speakerSwap(pairs, unit.words, sources) : null;
    if (swap) {
      const name = swap.surface.replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase());
      return judge(text, { claimed: resolveName(name) ?? { id: null, name }, term: swap.term });
    }
    const subjectAt = allWords.find((w) => w.term === subjectTerm)?.at;
    const paragraph = () => kb.article.paragraphs[unit.paragraph - 1] ?? "";
    const { verdict: judged, changes } = judgeOnPassage({
      text,
      tokens,
      frame,
      claimed,
      best,
      content,
      subjectTerm,
      subjectAt,
      deniedSubject,
      sources,
      exact: exact !== null,
      readers: {
        antecedentWords: () => withAntecedent(unit),
        asideEnd: () => asideEndOf(readable, (t) => lexicon.tokensOf(t)),
        parentheticalEnd: () => parentheticalEndOf(readable, (t) => lexicon.tokensOf(t)),
        nounSpanTokens: () => unitTokens(unit),
        clause: unit.text,
        clauseTokens: () => unitTokens(unit),
        wholeSentence: () => sentenceOf(unit).text,
        negationWord: "not",
        resolveName,
        replacedVerb: () => replacedVerb(pairs, unit.words, subjectTerm, subjectAt, vocabulary),
        replacedWords: () =>
          replacedWords(pairs, unit.words, vocabulary, (at) => at === 0 || tokens[at - 1]?.role === "stop"),
        swappedName: () => swappedName(pairs, unitCapitals(unit)),
      },
      sentence: unit.text,
      paragraph,
      whole: () => kb.article.paragraphs.join("\n"),
      frameParagraph: paragraph,
      quantifier: () => swappedQuantifier(text, unit.text),
      newPredicate: () => newPredicate(pairs, tokens),
    });
    // 'Peskov said the Kremlin "seeks to assist …"': what the claim puts in quotation marks stands in the
    // passage word for word, and the rest (its attribution and subject, a verb of saying: "Putin called the
    // surge “…”") is a fair paraphrase: word for word.
    const quoted =
      judged === "paraphrase" && exact === null && unbackedWords(best).length <= 1
        ? quotedSpan(kb, text, unit)
        : null;
    const shown = exact ?? quoted;
    return verdictCard(base, quoted ? "verbatim" : judged, best, sources, changes, {
      exact: shown ? { start: shown.start, end: shown.end } : null,
    });
  };

  return judge;
}

/** Lower-cased words written with a capital, bar a common word opening the sentence ("The", "However"). */
function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.slice(0, MAX_CLAIM_CHARS).matchAll(/(^|[^\p{L}])(\p{Lu}[\p{L}'’-]*)/gu)) {
    const word = m[2]!.toLowerCase().replace(/['’]s$/, "");
    if (m.index === 0 && isCommonEnglish(word)) continue;
    out.add(word);
  }
  return out;
}
