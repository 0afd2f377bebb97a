// From a claim's closest passage to its verdict and its card: the tail the English judge (judge.ts) and the
// Russian checker (russian.ts) share once each has read the claim and found the passage. Here once, in this
// order: whether the claim's speaker speaks there, the changes its words make there (changes.ts, the readers of
// structure.ts, each language giving its own parts), a replaced cause (replaced-cause.ts), the match by the
// claim's words (verdict.ts), on a match a qualifier, a condition or an alteration it adds (qualifier.ts,
// condition.ts, near-alteration.ts, unbacked-core.ts), a denial of what was said, short of a match a changed
// frame (framed-near.ts, near-alteration.ts), and the verdict. What differs is passed in: the texts the passage
// is read in (the English article, or the curated Russian translation), how one word in two forms is told, and
// the steps one language alone has (English: words found word for word, a new predicate, a swapped quantifier;
// Russian: a name moved from after the deed to the subject).
import type { Token } from "../answering/lexicon.js";
import { changesOf } from "./changes.js";
import type { Word } from "./claim-words.js";
import type { Closest } from "./closest.js";
import { addedCondition } from "./condition.js";
import { exchangedParties } from "./exchanged-parties.js";
import { framedNear } from "./framed-near.js";
import { changedOnMatch, nearAlteration } from "./near-alteration.js";
import { addedQualifier, pushChange } from "./qualifier.js";
import { noteReplacedCause } from "./replaced-cause.js";
import { changedNear, stanceAlone } from "./short-of-match.js";
import { withoutStandInPlace } from "./stand-in-place.js";
import { type StructureInput, structuralChanges } from "./structure.js";
import type { ClaimChange, ClaimSource, ClaimTuning, ClaimVerdict, ClaimVerdictKind } from "./types.js";
import { unbackedCore } from "./unbacked-core.js";
import { swappedKnownParties } from "./unknown-party.js";
import type { claimBase } from "./verdict.js";
import { matchOf, roundSimilarity, speakerAgrees, unbackedWords, verdictOf, voiceOf } from "./verdict.js";
import type { ClaimVocabulary } from "./vocabulary.js";

/** What the readers of structure.ts take that differs by language (the rest is the claim's, below). */
export type LanguageReaders = Omit<
  StructureInput,
  | "text"
  | "tokens"
  | "pairs"
  | "unit"
  | "sources"
  | "subjectTerm"
  | "subjectAt"
  | "vocabulary"
  | "exact"
  | "talkedAbout"
>;

/** What the tail reads besides the claim, the same for every claim of one checker (one language). */
export interface PassageSetting {
  tuning: ClaimTuning;
  vocabulary: ClaimVocabulary;
  talkedAbout: ReadonlySet<string>;
  /** The article's paragraph count: a term none of them has is a name the article never gives (unknown-party.ts). */
  paragraphCount: number;
  /** Every term of a paragraph (1-based). */
  paragraphTerms: (paragraph: number) => ReadonlySet<string>;
  /** English: two words share a sense (changes.ts: no change between them). */
  sameSense?: (w: Word, s: Word) => boolean;
  /** One word in two forms, for the match (matchOf's default: one English stem). */
  sameWord?: (a: string, b: string) => boolean;
}

/** A claim read and its passage found: what the shared tail judges. */
export interface ReadClaim {
  text: string;
  /** The claim's tokens (its words' places index them). */
  tokens: Token[];
  frame: { name: string | null; negated: boolean };
  claimed: ClaimVerdict["claimedSpeaker"];
  best: Closest;
  /** The claim's words that weigh something. */
  content: number;
  /** The term the claim's subject stands for, where among its words, and the subject it denies ("not Peskov"). */
  subjectTerm: string | null;
  subjectAt: number | undefined;
  deniedSubject: Word | undefined;
  sources: ClaimSource[];
  /** English only: the claim's words stand in the passage word for word. */
  exact: boolean;
  readers: LanguageReaders;
  /** The passage's sentence as the claim is held against it (for a Russian claim its translation). */
  sentence: string;
  /** The passage's paragraph, the whole article (for a Russian claim their translations). */
  paragraph: () => string;
  whole: () => string;
  /** Where framed-near.ts reads a frame: the English paragraph; for a Russian claim the sentence's translation. */
  frameParagraph: () => string;
  /** Russian: a change of its own, read when none is yet, before those read on a match. */
  ownChange?: () => ClaimChange | null;
  /** English: a swapped quantifier, read on a match between a qualifier and a condition. */
  quantifier?: () => ClaimChange | null;
  /** English: the claim's predicate is one the passage does not have: no match. */
  newPredicate?: () => boolean;
}

/** The verdict on a claim read against its passage, and the changes it makes there. */
export type PassageJudge = (r: ReadClaim) => { verdict: ClaimVerdictKind; changes: ClaimChange[] };

export function createPassageJudge(setting: PassageSetting): PassageJudge {
  const { tuning, vocabulary, talkedAbout, paragraphCount, paragraphTerms, sameSense, sameWord } = setting;
  // A term any paragraph of the article has (a Russian claim's: any translated paragraph); judge.ts and russian.ts
  // each built this set (tidy39).
  const articleTerms = new Set(
    Array.from({ length: paragraphCount }, (_, i) => [...paragraphTerms(i + 1)]).flat(),
  );
  const inArticle = (term: string) => articleTerms.has(term);
  return (r) => {
    const { text, tokens, best, exact, sources, subjectTerm } = r;
    const { unit, pairs } = best;
    const speakerOk = speakerAgrees(r.claimed, unit, sources, talkedAbout);
    const { changes: read, swapped } = exact
      ? { changes: [], swapped: 0 }
      : changesOf(
          pairs,
          unit.words,
          subjectTerm,
          sources,
          paragraphTerms(unit.paragraph),
          // A time word the passage has no opposite of takes no side ("нынешняя эскалация" for "последний всплеск").
          (w) => vocabulary.takesSide(w),
          sameSense,
        );
    // "America's Middle East policy" of "US policy in the region": the place the passage's context names.
    const changes = exact ? read : withoutStandInPlace(read, pairs, unit.words, r.whole);
    structuralChanges(
      changes,
      {
        ...r.readers,
        text,
        tokens,
        pairs,
        unit,
        sources,
        subjectTerm,
        subjectAt: r.subjectAt,
        vocabulary,
        exact,
        talkedAbout: talkedAbout,
      },
      r.deniedSubject,
    );
    if (!exact) noteReplacedCause(changes, text, unbackedWords(best));
    // Two parties, each in the other's clause of one sentence (exchanged-parties.ts).
    if (!exact && changes.length === 0) pushChange(changes, exchangedParties(text, r.paragraph()));
    const near = matchOf(
      best,
      r.content,
      swappedKnownParties(pairs, swapped, inArticle, best.containment),
      tuning,
      sameWord,
    );
    if (r.ownChange && changes.length === 0) pushChange(changes, r.ownChange());
    // On a match: a medium, rank, time or share the paragraph does not give, added to words that line up
    // (qualifier.ts), a condition it does not set (condition.ts), or an exclusion, a hedge or a clause of its own
    // (near-alteration.ts, unbacked-core.ts).
    if (!exact && near.matched && changes.length === 0)
      pushChange(
        changes,
        addedQualifier(pairs, r.paragraph()) ??
          r.quantifier?.() ??
          addedCondition(text, r.paragraph()) ??
          changedOnMatch(best, tokens, text, r.sentence, r.paragraph(), r.whole(), r.frame.name !== null) ??
          unbackedCore(pairs, unit.words, text, r.sentence, r.whole(), vocabulary),
      );
    const matched = exact || (near.matched && !(r.newPredicate?.() ?? false));
    // "Putin never said X" of what the article reports Putin saying: the denial is the alteration.
    if (matched && r.frame.negated && speakerOk && changes.length === 0) {
      changes.push({ kind: "negation", claimed: r.frame.name ?? "", article: "" });
    }
    // A frame's noun or a verb of forcing changed on a claim short of a match (framed-near.ts); an exclusion, a
    // restriction, a hedge or an added tail on one (near-alteration.ts).
    const frameChange =
      !exact && !matched
        ? (framedNear(best, text, r.sentence, r.frameParagraph(), tuning) ??
          nearAlteration(best, text, r.sentence, r.paragraph(), tuning, r.frame.name !== null))
        : null;
    if (frameChange && !changes.some((c) => c.claimed === frameChange.claimed)) changes.push(frameChange);
    const verdict = verdictOf({
      matched,
      // Words found verbatim are matched: nothing in them is said the other way round.
      alteredNear:
        !exact &&
        (near.alteredNear ||
          frameChange !== null ||
          (!matched && (stanceAlone(best, changes, tuning) || changedNear(best, changes, tuning)))),
      changes,
      speakerOk,
      sameWords: exact || best.containment >= tuning.misattributedAt,
      exact,
    });
    return { verdict, changes };
  };
}

/** The card of a judged claim: its passage, whose words they are, what it changes and how close it came. */
export function verdictCard(
  base: ReturnType<typeof claimBase>,
  verdict: ClaimVerdictKind,
  best: Closest,
  sources: ClaimSource[],
  changes: ClaimChange[],
  /** English: the words that stand word for word; Russian: the passage's translation. */
  own: Pick<ClaimVerdict, "exact"> | Pick<ClaimVerdict, "translation">,
): ClaimVerdict {
  const { unit } = best;
  return {
    ...base,
    verdict,
    span: { paragraph: unit.paragraph, start: unit.start, end: unit.end, text: unit.text },
    ...own,
    sources,
    voice: voiceOf(sources),
    changes,
    unbacked: unbackedWords(best),
    similarity: {
      containment: roundSimilarity(best.containment),
      coverage: roundSimilarity(best.coverage),
    },
  };
}
