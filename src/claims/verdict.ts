// From the passage a claim lines up with to its verdict: the steps the English and the Russian paths share
// (they differ in how they read a claim and find its passage, not in how they judge it).

import { stemmer } from "stemmer";
import { sameActorOrTerm } from "./actors.js";
import type { Closest } from "./closest.js";
import { backedPairs } from "./match.js";
import { addedSubject } from "./reading.js";
import type {
  ClaimChange,
  ClaimChecker,
  ClaimSource,
  ClaimTuning,
  ClaimVerdict,
  ClaimVerdictKind,
} from "./types.js";
import type { ArticleUnit } from "./units.js";

type Claimed = ClaimVerdict["claimedSpeaker"];

/** What every verdict carries about the claim itself, before it is judged. */
export function claimBase(
  text: string,
  frame: { statement: string; quoted: boolean },
  claimed: Claimed,
): Pick<
  ClaimVerdict,
  "claim" | "statement" | "claimedSpeaker" | "quotedByUser" | "exact" | "changes" | "unbacked" | "translation"
> {
  return {
    claim: text,
    statement: frame.statement,
    claimedSpeaker: claimed,
    quotedByUser: frame.quoted,
    exact: null,
    changes: [],
    unbacked: [],
    translation: null,
  };
}

/**
 * The verdict on a framed claim's statement read alone, given back as the claim's own: its words, statement, named
 * speaker and quoting kept (speaker-moved.ts, framed-state.ts, which each spelled this out; tidy39).
 */
export const aloneAsClaimed = (alone: ClaimVerdict, claimed: ClaimVerdict): ClaimVerdict => ({
  ...alone,
  claim: claimed.claim,
  statement: claimed.statement,
  claimedSpeaker: claimed.claimedSpeaker,
  quotedByUser: claimed.quotedByUser,
});

/** A verdict that confirms the claim: word for word or in other words (the kinds a false claim must never get). */
export const confirms = (kind: ClaimVerdictKind): boolean => kind === "verbatim" || kind === "paraphrase";

/**
 * A claim read again in other words (an aside taken off, a word put back) and found to line up: the claim as first
 * read, with the re-reading's evidence, judged altered by `changes`.
 */
export function alteredReading(
  reread: ClaimVerdict,
  claimed: ClaimVerdict,
  changes: ClaimChange[],
): ClaimVerdict {
  return {
    ...reread,
    claim: claimed.claim,
    statement: claimed.statement,
    verdict: "altered",
    exact: null,
    changes,
  };
}

/**
 * The checker, a claim not in the article read again with words that carry no news taken off (`strip`: null when
 * there are none), and "altered" taken from that reading when it alters a passage — never a confirmation. The shared
 * step of intensifier.ts («давно», «все») and call-frame.ts ("In his call with Erdogan, …").
 */
export function alteredWithout(check: ClaimChecker, strip: (text: string) => string | null): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const bare = strip(text);
    if (bare === null || bare.split(/\s+/u).length < 3) return verdict;
    const again = check(bare);
    if (again.verdict !== "altered" || again.span === null) return verdict;
    return { ...again, claim: verdict.claim, statement: verdict.statement };
  };
}

/** reported when any source of the passage is reported speech; article when it is the article's own narration. */
export const voiceOf = (sources: readonly ClaimSource[]): "reported" | "article" =>
  sources.some((s) => s.voice === "reported") ? "reported" : "article";

/** Nothing in the article comes close enough: the similarity says how close the best passage came. */
export function notInArticle(base: ReturnType<typeof claimBase>, best: Closest | null): ClaimVerdict {
  return {
    ...base,
    verdict: "not-in-article",
    span: null,
    sources: [],
    voice: null,
    similarity: { containment: best?.containment ?? 0, coverage: best?.coverage ?? 0 },
  };
}

/** The claim names no one, or whom it names speaks in the passage, or is talked about there (Moscow). */
export function speakerAgrees(
  claimed: Claimed,
  unit: ArticleUnit,
  sources: ClaimSource[],
  talkedAbout: ReadonlySet<string>,
): boolean {
  if (claimed === null) return true;
  const id = claimed.id;
  if (id === null) return false;
  // "Russia keeps in touch with …" of the Kremlin's words: one actor by two names (actors.ts).
  return (
    sources.some((s) => sameActorOrTerm(`@${s.speakerId}`, `@${id}`)) ||
    (unit.terms.has(`@${id}`) && talkedAbout.has(id))
  );
}

/**
 * "Both Putin and Erdogan called for …" of a passage that reports speech: the second subject it does not give its
 * words to (`addedSubject`), by the speakers the claim's names resolve to. English and Russian alike.
 */
export function addedSpeaker(
  claim: string,
  unit: ArticleUnit,
  sources: ClaimSource[],
  talkedAbout: ReadonlySet<string>,
  resolveName: (name: string) => Claimed,
): ClaimChange | null {
  if (!sources.some((s) => s.voice === "reported")) return null;
  return addedSubject(claim, (name) => {
    const named = resolveName(name);
    return named !== null && speakerAgrees(named, unit, sources, talkedAbout);
  });
}

/**
 * Whether the claim says what the passage says, by its words: a swapped actor counts towards it ("Netanyahu"
 * for "Erdogan" is an alteration, not noise), and a claim of one name ("Peskov … Hamas") says nothing the article
 * could back, so a word besides must line up. `alteredNear`: not matched, but a word of the passage said the other
 * way round ("not resumed" for "resumption") is an alteration even when the rest strays further than a match would.
 */
export function matchOf(
  best: Closest,
  content: number,
  swapped: number,
  tuning: ClaimTuning,
  sameWord: (a: string, b: string) => boolean = (a, b) => stemmer(a) === stemmer(b),
): { matched: boolean; alteredNear: boolean } {
  const backed = backedPairs(best.pairs);
  // A claim of one word besides its frame ("Putin wants war": "wants" weighs nothing) is backed only by that word
  // itself: "war" lined up with "violence" through a synonym is too little to say the passage says it.
  // `sameWord`: one word in two forms (a Russian claim's "прекращение огня", its passage's "прекращения огня").
  const oneWordBySynonym =
    backed.length === 1 && !sameWord(backed[0]!.claim.surface, backed[0]!.span!.surface);
  const predicateBacked = (backed.length >= 2 || backed.some((p) => !p.claim.entity)) && !oneWordBySynonym;
  const matched = content > 0 && predicateBacked && best.containment + swapped >= tuning.matchAt;
  const flipped = backed.some((p) => p.flipped);
  const alteredNear = !matched && flipped && content > 0 && best.containment >= tuning.closeAt;
  return { matched, alteredNear };
}

/** The verdict, in the order that keeps a false claim from ever being confirmed: any change first. */
export function verdictOf(judged: {
  matched: boolean;
  alteredNear: boolean;
  changes: ClaimChange[];
  speakerOk: boolean;
  sameWords: boolean;
  exact: boolean;
}): ClaimVerdictKind {
  if (judged.alteredNear) return "altered";
  if (!judged.matched) return "not-in-article";
  // "The Foreign Ministry said it would evacuate Russian citizens": a stance of the claim's own, put in the mouth of
  // someone the passage does not give words to, changes no statement of the article but says a new one.
  if (!judged.speakerOk && judged.changes.length > 0 && judged.changes.every((c) => c.kind === "stance"))
    return "not-in-article";
  if (judged.changes.length > 0) return "altered";
  if (!judged.speakerOk) return judged.sameWords ? "misattributed" : "not-in-article";
  return judged.exact ? "verbatim" : "paraphrase";
}

/** The claim's words with no counterpart in the passage ("Not in that passage: …"). */
export function unbackedWords(best: Closest): string[] {
  return best.pairs.filter((p) => p.span === null && p.claim.weight > 0).map((p) => p.claim.surface);
}

export const roundSimilarity = (x: number) => Math.round(x * 1000) / 1000;
