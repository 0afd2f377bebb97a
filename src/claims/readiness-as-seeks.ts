// (dialog51) Readiness to help said in the voice of the one who speaks of the help: "Peskov says Russia is ready to
// help", "Peskov said Moscow is willing to assist in a settlement". ¶3 has Peskov reaffirm that the Kremlin "seeks
// to assist in finding a settlement"; the word "ready" lines up with ¶4's "expresses its readiness to contribute",
// which is the Kremlin's, and the claim read as misattributed — a false No to a true claim. A misattributed claim
// whose readiness ("ready", "willing", "prepared", "eager", "stands ready") is to help, assist, aid or contribute is
// read again with the passage's "seeks to" in its place: when that reading confirms a passage of help (the claimed
// speaker's own), it is the verdict. Nothing else is confirmed: a speaker who speaks of no help ("Putin says Russia
// is ready to help") stays misattributed, and the readiness of anything but help is left as it was.
import type { ClaimChecker } from "./types.js";

/** "is ready to help", "are willing to assist", "stands ready to contribute": the readiness, up to the help verb. */
const READY_EN =
  /(?<!\p{L})(?:(?:is|are|was|were|be|remains?|stands?|stood)\s{1,3})?(?:ready|willing|prepared|eager)\s{1,3}to\s{1,3}(?=(?:help|assist|aid|contribute)(?!\p{L}))/iu;
/** The passage's help: a reading on any other passage does not count. */
const HELP = /(?<!\p{L})(?:assist|help|contribut)/iu;

/** The claim with its readiness to help read as "seeks to"; null when it has none. */
export function readinessAsSeeks(text: string): string | null {
  const m = READY_EN.exec(text);
  if (!m) return null;
  return `${text.slice(0, m.index)}seeks to ${text.slice(m.index + m[0].length)}`;
}

/** The checker, a misattributed readiness to help read with the claimed speaker's "seeks to". */
export function judgingReadinessAsSeeks(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "misattributed") return verdict;
    const again = readinessAsSeeks(text);
    if (!again) return verdict;
    const read = check(again);
    if ((read.verdict !== "paraphrase" && read.verdict !== "verbatim") || !HELP.test(read.span?.text ?? ""))
      return verdict;
    return {
      ...read,
      claim: verdict.claim,
      statement: verdict.statement,
      verdict: "paraphrase",
      exact: null,
    };
  };
}
