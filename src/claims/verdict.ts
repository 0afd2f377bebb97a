// From the passage a claim lines up with to its verdict: the steps the English and the Russian paths share
// (they differ in how they read a claim and find its passage, not in how they judge it).

import { stemmer } from "stemmer";
import { sameActorOrTerm } from "./actors.js";
import type { Closest } from "./closest.js";
import { backedPairs } from "./match.js";
import { addedSubject } from "./reading.js";
import { isRestriction } from "./scope.js";
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

/**
 * Not matched, but what keeps the claim from matching is only a word that takes a side the passage does not
 * ("МИД России выступает против прямого диалога", "cut off its ties with the Palestinians"): every other word
 * lines up, so the claim says the passage's thing with a stance of its own, an alteration rather than news.
 */
export function stanceAlone(best: Closest, changes: ClaimChange[], tuning: ClaimTuning): boolean {
  if (best.containment < tuning.closeAt) return false;
  const stances = new Set(changes.filter((c) => c.kind === "stance").map((c) => c.claimed));
  if (stances.size === 0) return false;
  const weighted = best.pairs.filter((p) => p.claim.weight > 0);
  const backed = weighted.filter((p) => p.span !== null);
  const loose = weighted.filter((p) => p.span === null && !stances.has(p.claim.surface));
  // A stance put in the place of the passage's own ("a pro-Palestinian mediator" of "an impartial mediator"), with
  // three words backed: one adverb of manner besides ("openly", «открыто»), leaves it the passage rewritten.
  const inPlace = changes.some((c) => c.kind === "stance" && c.article !== "");
  const manner = loose.length === 1 && !loose[0]!.claim.entity && MANNER.test(loose[0]!.claim.surface);
  const spare = inPlace && manner && backed.length >= 3 && best.containment >= CHANGED_NEAR_AT ? 1 : 0;
  // One word besides the stance is enough when it is no name and the passage's own ("против прекращения огня").
  return (
    (backed.length >= 2 || (backed.length === 1 && !backed[0]!.claim.entity && sameStem(backed[0]!))) &&
    backed.some((p) => !p.claim.entity) &&
    loose.length <= spare
  );
}

/**
 * Not matched, yet near (most of the claim's words line up) and what does line up is said the other way round or
 * gives the passage's deed to an actor its paragraph never names ("the crisis will stay within …" of "may extend
 * beyond …", "only Russia can achieve …"): the claim rewrites that passage, an alteration rather than news.
 */
export function changedNear(best: Closest, changes: ClaimChange[], tuning: ClaimTuning): boolean {
  if (best.containment < tuning.closeAt) return false;
  const telling = changes.filter(
    (c) => (c.kind === "opposite" && !MODALS.has(c.claimed)) || c.kind === "added" || c.kind === "negation",
  );
  const restricted = changes.some(isRestriction);
  // A member added to the passage's list may have lined up with another name of it ("the Arab League" against
  // "the Quartet"): read as added there too.
  if (
    addedToList(
      best,
      changes.filter((c) => c.kind === "actor"),
      changes.every((c) => c.kind === "actor"),
    )
  )
    return true;
  if (telling.length === 0 && !restricted) return false;
  const backed = backedPairs(best.pairs);
  // "only Hamas" of "including Hamas": the restriction is the claim's point, a word besides it is enough.
  if (restricted) return backed.length >= 1;
  if (addedToList(best, telling)) return true;
  // Its words line up as a match's would, but one is negated where the passage's is not: said the other way round.
  const negated = telling.some((c) => c.kind === "negation");
  if (negated && best.containment >= tuning.matchAt && backed.some((p) => !p.claim.entity)) return true;
  // A frame of the claim's own ("experts are confident") keeps it short of CHANGED_NEAR_AT, yet four or more of its
  // words line up and one is said the other way round ("within" of "beyond"): the passage rewritten.
  const opposed = telling.some((c) => c.kind === "opposite");
  if (opposed && backed.length >= 4 && backed.filter((p) => !p.claim.entity).length >= 2) return true;
  // A short claim of the passage's own thing judged in a negated word ("Путин считает прекращение огня ненужным" of
  // "the urgent need for an immediate ceasefire"): every weighted word but the negated one lines up (the speaker
  // is the frame's), one the passage's own word in another form (no name, no synonym): said the other way round.
  if (negated && backed.some((p) => !p.claim.entity && sameStemEach(p))) {
    const denied = new Set(telling.filter((c) => c.kind === "negation").map((c) => c.claimed));
    const loose = best.pairs.filter(
      (p) => p.claim.weight > 0 && p.span === null && !denied.has(p.claim.surface),
    );
    if (loose.length === 0) return true;
  }
  if (best.containment < CHANGED_NEAR_AT) return false;
  return (backed.length >= 3 || (negated && backed.length >= 2)) && backed.some((p) => !p.claim.entity);
}

/**
 * "Russia, the US, the UN, the EU and Turkey" of the passage's list of four: a name the passage lacks, right after
 * names it has (three or more lined up): a member added to the passage's list, however little else lines up.
 */
function addedToList(best: Closest, telling: ClaimChange[], onlyNames = false): boolean {
  const added = new Set(
    telling.filter((c) => c.kind === "added" || c.kind === "actor").map((c) => c.claimed),
  );
  if (added.size === 0) return false;
  const weighted = best.pairs.filter((p) => p.claim.weight > 0);
  const names = weighted.filter((p) => p.claim.entity && p.span !== null).length;
  // A member put in another's place, and nothing else changed ("the US, the UN and China" of "the US, the United
  // Nations, and the European Union"): two lined up before it are enough, the list's subject taken off the words.
  const swapped =
    onlyNames && telling.some((c) => c.kind === "actor" && added.has(c.claimed) && c.article !== "");
  return (
    names >= (swapped ? MEMBERS_LINED_UP - 1 : MEMBERS_LINED_UP) &&
    weighted.some((p, i) => {
      const before = weighted[i - 1];
      return (
        p.claim.entity &&
        p.span === null &&
        added.has(p.claim.surface) &&
        !!before?.claim.entity &&
        before.span !== null
      );
    })
  );
}

const MEMBERS_LINED_UP = 3;

/** An adverb of manner: "openly", "proudly"; «открыто», «гордо». */
const MANNER = /^(?:\p{L}{3,}ly|\p{Script=Cyrillic}{3,}о)$/u;

/** Nearer than "the closest the article comes" (closeAt), short of a match: measured on every labelled set. */
export const CHANGED_NEAR_AT = 0.45;
const MODALS = new Set(["will", "would", "may", "might", "can", "could", "must", "should", "shall"]);

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

/** Each word of the claim's phrase and the passage's, one word in two forms ("прекращение огня", "прекращения огня"). */
function sameStemEach(p: { claim: { surface: string }; span: { surface: string } | null }): boolean {
  if (!p.span) return false;
  const a = p.claim.surface.split(/\s+/u);
  const b = p.span.surface.split(/\s+/u);
  return (
    a.length === b.length && a.every((w, i) => sameStem({ claim: { surface: w }, span: { surface: b[i]! } }))
  );
}

/** The claim's word and the passage's are one word in two forms (English or Russian stems). */
function sameStem(p: { claim: { surface: string }; span: { surface: string } | null }): boolean {
  if (!p.span) return false;
  const a = p.claim.surface.toLowerCase();
  const b = p.span.surface.toLowerCase();
  return (
    stemmer(a) === stemmer(b) ||
    a.slice(0, Math.max(4, a.length - 3)) === b.slice(0, Math.max(4, a.length - 3))
  );
}
