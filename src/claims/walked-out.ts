// (session 45, the lead) A walk-out or an abrupt end of an exchange the article reports as held: "Putin walked out of
// the call with Erdogan", "Putin hung up on Erdogan", "Putin cut the call short", «Путин бросил трубку», «Путин прервал
// разговор с Эрдоганом». The checker lined such a claim up with ¶2's call, found every word but the verb's backed and
// confirmed it (paraphrase: one unbacked word "walked"). The article says only that they spoke and what Putin stressed;
// leaving, hanging up or breaking off is a deed it never reports, put on an exchange it does — that exchange altered,
// never confirmed. group-left.ts keeps its own reading of a member leaving the Quartet. Every regular expression is
// bounded.
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** A walk-out, hanging up or breaking off, in English and Russian. */
const WALKED_OUT =
  /(?<!\p{L})(?:(?:walk|storm)(?:s|ed|ing)?\s{1,3}out(?:\s{1,3}(?:of|on))?|(?:hung|hangs?|hanging)\s{1,3}up(?:\s{1,3}on)?|(?:cut|cuts|cutting)\s{1,3}(?:the\s{1,3}|their\s{1,3}|his\s{1,3})?(?:call|conversation|talks?|phone\s{1,3}call)\s{1,3}short|(?:broke|breaks?|breaking)\s{1,3}off|(?:ended|ends|ending|end)\s{1,3}(?:the\s{1,3}|their\s{1,3}|his\s{1,3})?(?:call|conversation|talks?)\s{1,3}(?:abruptly|early)|бросил[аи]?\s{1,3}трубку|прервал[аи]?|покинул[аи]?\s{1,3}(?:переговоры|разговор)|вышел\s{1,3}из\s{1,3}(?:разговора|переговоров))(?!\p{L})/iu;

/** The checker, a confirmed exchange with a walk-out the passage lacks read as that passage altered. */
export function judgingWalkedOut(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (!confirms(verdict.verdict) || verdict.span === null) return verdict;
    const walked = WALKED_OUT.exec(text);
    if (walked === null || WALKED_OUT.test(verdict.span.text)) return verdict;
    return {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes: [...verdict.changes, { kind: "added", claimed: walked[0], article: "" }],
    };
  };
}
