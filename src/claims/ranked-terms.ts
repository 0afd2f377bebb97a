// (claims38) A ranking of two things the article gives one speaker, where nothing of the claim's verb lines up:
// "Putin cares more about a ceasefire than about a Palestinian state" (¶2's ceasefire, ¶3's state, both Putin's),
// «Россию с палестинцами связывает больше, чем с Израилем» (¶5's ties with the Palestinians and common ground with
// Israel). claims37's reading of the ranking apart (judgingComparisonApart) needs the claim without its ranking to
// line up with a passage, and "cares about" / «связывает» line up with nothing, so both read not in the article
// (claims-own41). The article states the two side by side and ranks neither: a claim read as not in the article
// that ranks two terms ("more … than", «больше …, чем» with a preposition or words between), each term's words
// standing in some passage of the claim's speaker (or its translation), is altered, the ranking named. Nothing here
// confirms. Bounded expressions: the ranking's (a fixed gap), and a clause cut at punctuation.
import { NOT_COMPARING, RANKING } from "./added-hedge-or-comparison.js";
import { namesAll, stemOf } from "./silence-of-said.js";
import type { ClaimChecker } from "./types.js";

/** Words of a term that say nothing by themselves (articles, prepositions, pronouns). */
const EMPTY = new Set(
  "the about with from for over than their its his her this that those these them чем тем том этом этим этих".split(
    " ",
  ),
);

/** A finite verb by its ending: «связывает», «объединяло», "connects". */
const FINITE_VERB = /(?:ет|ит|ют|ут|ат|ят|ал|ил|ла|ло|ли)$/u;

const stems = (term: string) =>
  (term.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 4 && !EMPTY.has(w)).map(stemOf);

/**
 * The two ranked terms, by stem: the words between the comparative and "than" (else the words after the same
 * preposition before the comparative: «с палестинцами … больше, чем с Израилем»), and the words after "than" to the
 * clause's end. Null when the claim ranks nothing or a term has no word of its own.
 */
export function rankedTerms(claim: string): [string[], string[]] | null {
  const m = RANKING.exec(claim);
  if (m === null || NOT_COMPARING.test(claim)) return null;
  const after = claim.slice(m.index + m[0].length).split(/[.;!?]/u)[0] ?? "";
  const preposition = m[4] ?? "";
  let first = m[2] ?? "";
  if (!/\p{L}/u.test(first)) {
    // The same preposition before the comparative: its phrase is the first term.
    const before = claim.slice(0, m.index);
    const at = before.toLowerCase().lastIndexOf(` ${preposition.toLowerCase()} `);
    // Its words up to a verb («… с палестинцами связывает больше»: the verb is no word of the term).
    const words = at < 0 ? [] : (before.slice(at).match(/\p{L}+/gu) ?? []).slice(1);
    const verb = words.findIndex((w) => FINITE_VERB.test(w));
    first = (verb < 0 ? words : words.slice(0, verb)).join(" ");
  }
  const a = stems(first);
  const b = stems(after);
  return a.length === 0 || b.length === 0 ? null : [a, b];
}

/**
 * The checker, a ranking of two terms a speaker's passages both name read as altered.
 * `passagesOf`: a speaker's quoted passages (their Russian translations for a Russian claim).
 */
export function judgingRankedTerms(
  check: ClaimChecker,
  passagesOf: (speakerId: string, russian: boolean) => readonly string[],
): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    const speaker = verdict.claimedSpeaker?.id;
    if (verdict.verdict !== "not-in-article" || !speaker) return verdict;
    const terms = rankedTerms(text);
    if (terms === null) return verdict;
    const passages = passagesOf(speaker, /\p{Script=Cyrillic}/u.test(text));
    if (!terms.every((term) => passages.some((p) => namesAll(term, p)))) return verdict;
    const ranking = RANKING.exec(text)![0].replace(/\s+/gu, " ").toLowerCase();
    return {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes: [...verdict.changes, { kind: "replaced", claimed: ranking, article: "(no comparison)" }],
    };
  };
}
