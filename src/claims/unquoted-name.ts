// A named person the article never quotes given a real speaker's words: "Lavrov blamed the United States for a
// failed Middle East policy …" (Putin's words in ¶1), "Maria Zakharova criticised Washington for monopolizing peace
// efforts". The name lines up with nothing, so it reads as an added name (altered) or its words as unbacked (news);
// but the sentence is a speaker's, said to come from someone else: misattributed, as "Peskov blamed …" is. The claim
// is read again with a speaker of the article in the name's place; when that reading confirms or says
// misattributed, the words are the article's and the claim is misattributed. A speaker's first name before a
// surname the article never gives ("Dmitry Medvedev", Peskov's "Dmitry") is that other person. A place (the gazetteer) is no person.
// English only (a Russian name is read by speaker-possessor.ts / russian-lead.ts). Nothing here confirms. Bounded.
import { PLACE_NAMES } from "../answering/place-names.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";
import { confirms } from "./verdict.js";

/** A leading name, its titles before it, and a verb of saying or blaming after it. */
const LEADING_NAME =
  /^((?:(?:Foreign|Prime|Defence|Defense|Deputy)\s{1,3}Minister\s{1,3}|Minister\s{1,3}|Spokes(?:wo)?man\s{1,3}|President\s{1,3})?(?:\p{Lu}[\p{Ll}'’-]{1,20}\s{1,3}){0,2}\p{Lu}[\p{Ll}'’-]{2,20})(?=\s{1,3}(?:said|says|blamed|blames|criticised|criticized|criticises|criticizes|accused|accuses|urged|urges|stressed|stresses|warned|warns|argued|argues|insisted|insists|noted|notes|told|called|calls|expressed|expresses|emphasi[sz]ed|emphasi[sz]es|acknowledged|acknowledges|believes|believed|reaffirmed|reaffirms|highlighted|highlights|faulted|faults)\b)/u;

/** The checker, a name never quoted given a speaker's words read as misattributed. */
export function judgingUnquotedName(
  check: ClaimChecker,
  article: string,
  speakerNames: readonly string[] = [],
): ClaimChecker {
  // (claims36) The speakers' names and aliases too: "Vladimir Vladimirovich said …" (an alias of Putin's, name and
  // patronymic) was read as Putin's first name before an unknown surname, another person, and misattributed.
  const words = new Set(
    [article, ...speakerNames]
      .join(" ")
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [],
  );
  return (text) => {
    const verdict = check(text);
    const m = LEADING_NAME.exec(text);
    if (m === null) return verdict;
    const name = m[1]!;
    const last = name.split(/\s+/u).at(-1)!;
    if (words.has(last.toLowerCase()) || PLACE_NAMES.some((p) => p.pattern.test(name))) return verdict;
    // "Dmitry Medvedev said …": a speaker's first name ("Dmitry", an alias of Peskov) before a surname the article
    // never gives is another person, not that speaker: read with the surname alone.
    if (confirms(verdict.verdict) && verdict.claimedSpeaker?.id && name.includes(" ")) {
      const reread = check(`${last}${text.slice(name.length)}`);
      return confirms(reread.verdict)
        ? verdict
        : {
            ...reread,
            claim: verdict.claim,
            statement: verdict.statement,
            claimedSpeaker: { id: null, name },
          };
    }
    if (verdict.verdict !== "altered" && verdict.verdict !== "not-in-article") return verdict;
    // Every change the first reading found is the name itself (or none): nothing else of the sentence altered.
    if (verdict.changes.some((c) => !name.toLowerCase().includes(c.claimed.toLowerCase()))) return verdict;
    return (
      misattributedOnReread(check, verdict, name, text.slice(name.length), ["Peskov", "Putin"]) ?? verdict
    );
  };
}

/**
 * The claim read again with each of `speakers` (in order) before `rest`, in place of `name`, a speaker the article
 * never gives words to: the first re-read that lines up with a passage and confirms it or says misattributed gives
 * the claim as misattributed to `name`, on that passage; null when none does. (unknown-body.ts reads bodies so.)
 */
export function misattributedOnReread(
  check: ClaimChecker,
  verdict: ClaimVerdict,
  name: string,
  rest: string,
  speakers: readonly string[],
): ClaimVerdict | null {
  for (const speaker of speakers) {
    const reread = check(`${speaker}${rest}`);
    if (reread.span === null) continue;
    if (confirms(reread.verdict) || reread.verdict === "misattributed")
      return {
        ...reread,
        claim: verdict.claim,
        statement: verdict.statement,
        claimedSpeaker: { id: null, name },
        verdict: "misattributed",
      };
  }
  return null;
}
