// (claims38) An agreement of two parties the article never reports: "Putin and Erdogan reached an agreement to resume
// negotiations together", «Путин и Эрдоган договорились возобновить переговоры». ¶2's call has Putin stress the need
// to resume the negotiations; nothing says Erdogan agreed to anything. Every labelled set calls such an agreement news
// (not in the article: "Putin and Erdogan agreed to hold a summit …", «… договорились о совместном плане
// перемирия»), but when what was agreed is ¶2's own words, the claim lined up with ¶2 and read "altered" for the
// second party and the agreeing verb (claims-own43). So an altered claim whose two parties agree ("A and B agreed /
// reached an agreement / struck a deal", "B agreed with A", «договорились», «согласились», «достигли соглашения»)
// and whose every change is that second party or the agreeing word is not in the article, its passage kept as the
// closest. Nothing here confirms. Bounded expressions: word lists, a few words.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";

/** Two parties agreeing: "X and Y agreed / reached (came to) an agreement / struck a deal", "X agreed with Y". */
const AGREED = lean(
  /(?<!\p{L})(?:(?:and|&|\+|и)\s{1,3}[\p{L}'’.-]{2,30}(?:\s{1,3}[\p{L}'’.-]{2,30}){0,2}\s{1,3}(?:(?:jointly|together|mutually|совместно|вместе)\s{1,3})?(?:agreed|agree|reached\s{1,3}(?:an?\s{1,3})?(?:agreement|deal|understanding|consensus)|came\s{1,3}to\s{1,3}an?\s{1,3}(?:agreement|understanding)|struck\s{1,3}a\s{1,3}deal|договорил\p{L}{1,3}|согласил\p{L}{1,3}|достигли\s{1,3}(?:соглашени\p{L}{1,2}|договор[её]нност\p{L}{1,2}|согласи\p{L}{1,2}))|(?:agreed|agrees)\s{1,3}(?:with|w)\s{1,3}\p{L}|согласил\p{L}{1,3}\s{1,3}с\s{1,3}\p{L})(?!\p{L})/iu,
);

/** The agreeing words, as a change or an unbacked word names them. */
const AGREEING_WORD =
  /^(?:agreed|agree|agrees|reached|agreement|deal|understanding|consensus|came|struck|jointly|together|mutually|договорил\p{L}{1,3}|согласил\p{L}{1,3}|достигли|соглашени\p{L}{1,2}|договор[её]нност\p{L}{1,2}|совместно|вместе)$/iu;

/** The claim says two parties agreed. */
export const agreesTogether = (text: string): boolean => AGREED.test(text);

/** The checker, an agreement of two parties altered only for the second party and the agreeing, read as news. */
export function judgingAgreementNews(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered" || !agreesTogether(text)) return verdict;
    const ownWords = (w: string) => w.split(/\s+/u).every((x) => AGREEING_WORD.test(x));
    const onlyAgreement = verdict.changes.every((c) =>
      c.kind === "actor" ? true : (c.kind === "stance" || c.kind === "replaced") && ownWords(c.claimed),
    );
    if (verdict.changes.length === 0 || !onlyAgreement || !verdict.unbacked.every(ownWords)) return verdict;
    return { ...verdict, verdict: "not-in-article", exact: null, changes: [] };
  };
}
