// The English claim held against the article: its frame and the speaker it names, the closest unit of the
// article (a clause, a sentence or, for a pasted passage, a paragraph), what the claim changes there
// (changes.ts, structure.ts, qualifier.ts, condition.ts, near-alteration.ts, framed-near.ts) and the verdict
// (verdict.ts). The first reading of a claim: the second readings (check.ts's list) read its verdict again.
import { isCommonEnglish } from "../answering/english.js";
import type { Lexicon } from "../answering/lexicon.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { changesOf, replacedVerb, replacedWords } from "./changes.js";
import { ARTICLE_SPEAKER, type Claimed, subjectOf } from "./claim-names.js";
import { aboutSpeaker, closestUnit, speakersTalkedAbout } from "./closest.js";
import { addedCondition } from "./condition.js";
import { sameDerivation } from "./derivation.js";
import { contains, exactSpan, quotedSpan } from "./exact-span.js";
import { MAX_CLAIM_CHARS } from "./first-reading.js";
import { framedNear } from "./framed-near.js";
import { type Pair, wordsOf } from "./match.js";
import { changedOnMatch, nearAlteration } from "./near-alteration.js";
import { joinPhrasalVerbs, sayingAsMention } from "./phrasal.js";
import { joinNegatingPrefixes } from "./polarity.js";
import { addedQualifier, pushChange, swappedQuantifier } from "./qualifier.js";
import { asideEndOf, newPredicate, parentheticalEndOf, speakerSwap } from "./reading.js";
import { noteReplacedCause } from "./replaced-cause.js";
import { swappedName } from "./roles.js";
import { afterSettingOpener } from "./setting-subject.js";
import { structuralChanges } from "./structure.js";
import type { ClaimTuning, ClaimVerdict } from "./types.js";
import { unbackedCore } from "./unbacked-core.js";
import type { UnitMemo } from "./unit-memo.js";
import type { ArticleIndex, ArticleUnit } from "./units.js";
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
  // A term any paragraph of the article has: a name it never gives is an unknown party (unknown-party.ts).
  const articleTerms = new Set(kb.article.paragraphs.flatMap((_, i) => [...paragraphTerms(i + 1)]));
  const inArticle = (term: string) => articleTerms.has(term);

  const judge: Judge = (text, subject) => {
    const outer = parseFrame(sayingAsMention(text));
    // "According to the article, X": everything is; who the statement itself names is what to check, and
    // "According to the article, Netanyahu believes that …" names him as the one who holds it.
    const inner = outer.name !== null && resolveName(outer.name)?.id === ARTICLE_SPEAKER;
    const nested = inner ? parseFrame(outer.statement) : null;
    const frame = nested?.name ? { ...nested, quoted: nested.quoted || outer.quoted } : outer;
    const framed = frame.name === null ? null : resolveName(frame.name);
    const readable = joinPhrasalVerbs(joinNegatingPrefixes(frame.statement));
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
    const best = exact
      ? closest(candidates)
      : aboutSpeaker(candidates, words, claimed?.id ?? null, closest, tuning.closeAt);

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
    const speakerOk = speakerAgrees(claimed, unit, sources, talkedAbout);
    const { changes, swapped } = exact
      ? { changes: [], swapped: 0 }
      : changesOf(
          pairs,
          unit.words,
          subjectTerm,
          sources,
          paragraphTerms(unit.paragraph),
          (w) => vocabulary.takesSide(w),
          (w, s) =>
            (vocabulary.synonym(w, s) || sameDerivation(w.surface, s.surface)) && !vocabulary.opposite(w, s),
        );
    const subjectAt = allWords.find((w) => w.term === subjectTerm)?.at;
    structuralChanges(
      changes,
      {
        text,
        tokens,
        pairs,
        unit,
        sources,
        subjectTerm,
        subjectAt,
        vocabulary,
        exact: exact !== null,
        antecedentWords: () => withAntecedent(unit),
        asideEnd: () => asideEndOf(readable, (t) => lexicon.tokensOf(t)),
        parentheticalEnd: () => parentheticalEndOf(readable, (t) => lexicon.tokensOf(t)),
        nounSpanTokens: () => unitTokens(unit),
        clause: unit.text,
        clauseTokens: () => unitTokens(unit),
        negationWord: "not",
        talkedAbout,
        resolveName,
        replacedVerb: () => replacedVerb(pairs, unit.words, subjectTerm, subjectAt, vocabulary),
        replacedWords: () =>
          replacedWords(pairs, unit.words, vocabulary, (at) => at === 0 || tokens[at - 1]?.role === "stop"),
        swappedName: () => swappedName(pairs, unitCapitals(unit)),
      },
      deniedSubject,
    );
    if (exact === null) noteReplacedCause(changes, text, unbackedWords(best));
    const near = matchOf(
      best,
      content,
      swappedKnownParties(pairs, swapped, inArticle, best.containment),
      tuning,
    );
    // A medium, rank, time or share the paragraph does not give, added to words that line up (qualifier.ts), or a
    // condition it does not set (condition.ts), or an exclusion, a hedge or a clause of its own (near-alteration.ts).
    if (exact === null && near.matched && changes.length === 0)
      pushChange(
        changes,
        addedQualifier(pairs, kb.article.paragraphs[unit.paragraph - 1] ?? "") ??
          swappedQuantifier(text, unit.text) ??
          addedCondition(text, kb.article.paragraphs[unit.paragraph - 1] ?? "") ??
          changedOnMatch(
            best,
            tokens,
            text,
            unit.text,
            kb.article.paragraphs[unit.paragraph - 1] ?? "",
            kb.article.paragraphs.join("\n"),
          ) ??
          unbackedCore(pairs, unit.words, text, unit.text, kb.article.paragraphs.join("\n"), vocabulary),
      );
    const matched = exact !== null || (near.matched && !newPredicate(pairs, tokens));
    // "Putin never said X" of what the article reports Putin saying: the denial is the alteration.
    if (matched && frame.negated && speakerOk && changes.length === 0) {
      changes.push({ kind: "negation", claimed: frame.name ?? "", article: "" });
    }
    // A frame's noun or a verb of forcing changed on a claim short of a match (framed-near.ts); an exclusion, a
    // restriction, a hedge or an added tail on one (near-alteration.ts).
    const frameChange =
      exact === null && !matched
        ? (framedNear(best, text, unit.text, kb.article.paragraphs[unit.paragraph - 1] ?? "", tuning) ??
          nearAlteration(best, text, unit.text, kb.article.paragraphs[unit.paragraph - 1] ?? "", tuning))
        : null;
    if (frameChange && !changes.some((c) => c.claimed === frameChange.claimed)) changes.push(frameChange);
    const judged = verdictOf({
      matched,
      // Words found verbatim are matched: nothing in them is said the other way round.
      alteredNear:
        exact === null &&
        (near.alteredNear ||
          frameChange !== null ||
          (!matched && (stanceAlone(best, changes, tuning) || changedNear(best, changes, tuning)))),
      changes,
      speakerOk,
      sameWords: exact !== null || best.containment >= tuning.misattributedAt,
      exact: exact !== null,
    });
    // 'Peskov said the Kremlin "seeks to assist …"': what the claim puts in quotation marks stands in the
    // passage word for word, and the rest (its attribution and subject, a verb of saying: "Putin called the
    // surge “…”") is a fair paraphrase: word for word.
    const quoted =
      judged === "paraphrase" && exact === null && unbackedWords(best).length <= 1
        ? quotedSpan(kb, text, unit)
        : null;
    const verdict = quoted ? "verbatim" : judged;
    const shown = exact ?? quoted;
    return {
      ...base,
      verdict,
      span: { paragraph: unit.paragraph, start: unit.start, end: unit.end, text: unit.text },
      exact: shown ? { start: shown.start, end: shown.end } : null,
      sources,
      voice: sources.some((s) => s.voice === "reported") ? "reported" : "article",
      changes,
      unbacked: unbackedWords(best),
      similarity: {
        containment: roundSimilarity(best.containment),
        coverage: roundSimilarity(best.coverage),
      },
    };
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
