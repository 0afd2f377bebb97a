// People in general as the ones who fear: "people fear the crisis could spill over outside the Arab-Israeli
// conflict zone" of "there are growing concerns that the current crisis may extend beyond …". "many fear …"
// read as the passage's concerns, but "people" is a noun the passage lacks, lined up with "growing", and the
// claim read as altered. An altered claim whose only change is such a word (people, folks, some people, a lot of
// people) replaced is read again with "many" in its place; that reading is taken only when it confirms with no
// change at all. A named group ("experts fear …") is left as it was: the article does not say whose concerns.
import type { ClaimChecker } from "./types.js";

/** People in general, at a word boundary: "people", "folks", "many people", "a lot of people", "some people". */
const PEOPLE = /(?<![\p{L}-])(?:(?:many|some|a\s+lot\s+of|lots\s+of)\s+)?(?:people|folks)(?![\p{L}-])/iu;

/** The checker, "people fear …" read as "many fear …" when that is all that changed. */
export function judgingPeopleSay(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered" || verdict.changes.length !== 1) return verdict;
    const [change] = verdict.changes;
    if (change!.kind !== "replaced" || !/^(?:people|folks)$/iu.test(change!.claimed)) return verdict;
    const people = PEOPLE.exec(text);
    if (!people) return verdict;
    const read = check(`${text.slice(0, people.index)}many${text.slice(people.index + people[0].length)}`);
    const confirmed =
      (read.verdict === "paraphrase" || read.verdict === "verbatim") && read.changes.length === 0;
    return confirmed
      ? { ...read, verdict: "paraphrase", exact: null, claim: verdict.claim, statement: verdict.statement }
      : verdict;
  };
}
