// (claims-r2-34) A body of several words the article never names, given a speaker's words: "the arab league voiced
// deep concern over the civilian casualties in Israel and Gaza" (claims-own36), "the Gulf Cooperation Council
// called for an immediate ceasefire". The first reading took the body's first word for the name ("Arab", lined up
// with Putin) and its head noun ("league") for an added word: altered or not in the article. The sentence is a
// speaker's, said to come from a body the article never gives words to: misattributed, as "experts expressed …"
// (unnamed-group.ts) and "Lavrov blamed …" (unquoted-name.ts) are. Read again with a speaker of the article in the
// body's place; when that confirms or says misattributed, and every change of the first reading lay within the
// body's name, the claim is misattributed. A body the article names ("the European Union", "the United States")
// is left. English only; nothing here confirms. Bounded expressions.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { misattributedOnReread } from "./unquoted-name.js";

/** "the Arab League", "the Organisation of Islamic Cooperation": up to three words and a body's head noun. */
const BODY = lean(
  /^\s*(?:the\s{1,3})?((?:\p{L}[\p{L}'’-]{1,20}\s{1,3}){1,3}(?:league|union|council|commission|bloc|alliance|organi[sz]ation|parliament|assembly|coalition|movement|committee|cooperation|conference))(?=\s{1,3}\p{L})/iu,
);

/** The checker, a body the article never names given a speaker's words read as misattributed. */
export function judgingUnknownBody(check: ClaimChecker, article: string): ClaimChecker {
  const text = article.toLowerCase().replace(/\s+/gu, " ");
  return (claim) => {
    const verdict = check(claim);
    if (verdict.verdict === "misattributed" || verdict.verdict === "cannot-judge") return verdict;
    if (/\p{Script=Cyrillic}/u.test(claim)) return verdict;
    const m = BODY.exec(claim);
    if (m === null) return verdict;
    const name = m[1]!.trim();
    if (text.includes(name.toLowerCase().replace(/\s+/gu, " "))) return verdict;
    const inName = name.toLowerCase();
    if (verdict.changes.some((c) => !inName.includes(c.claimed.toLowerCase()))) return verdict;
    const misattributed = misattributedOnReread(check, verdict, name, claim.slice(m[0].length), [
      "Putin",
      "Peskov",
    ]);
    return misattributed ? { ...misattributed, exact: null } : verdict;
  };
}
