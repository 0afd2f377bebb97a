// "Putin had a phone call with Israeli PM Netanyahu about a ceasefire" of "In a phone call with Turkish leader
// Recep Tayyip Erdogan, Putin emphasized … an immediate ceasefire": the article's call, another party in it. The
// claim's title words ("Israeli", "PM") each lined up as a swapped actor of their own, so little of the claim was
// left lined up and it read as not in the article. A person's title is one actor with the name it stands before:
// a claim read as not in the article whose title stands before a name the article never gives is read again
// with the name alone, and the second reading is taken only when it is "altered" (the call, the party swapped).
// Nothing is confirmed here, and a name the article gives keeps its title ("Turkish leader Erdogan").
import type { ClaimChecker } from "./types.js";

/** A nationality (optional) and a title, right before a capitalised name: "Israeli PM ", "President ". */
const TITLE =
  /\b(?:[A-Z][a-z]+(?:i|ish|ian|an|ese|ch)\s+)?(?:PM|P\.M\.|[Pp]rime [Mm]inister|[Pp]resident|[Ff]oreign [Mm]inister|[Cc]hancellor|[Kk]ing|[Ss]upreme [Ll]eader|[Ss]ecretary[- ][Gg]eneral|[Ss]ecretary of [Ss]tate|[Ll]eader)\s+(?=(\p{Lu}\p{L}+))/gu;

/** The checker, a titled name the article never gives read as that name alone. */
export function judgingTitledName(check: ClaimChecker, articleText: string): ClaimChecker {
  const article = articleText.toLowerCase();
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const again = text.replace(TITLE, (title, name: string) =>
      article.includes(name.toLowerCase()) ? title : "",
    );
    if (again === text) return verdict;
    const read = check(again);
    return read.verdict === "altered" && read.changes.some((c) => c.kind === "actor")
      ? { ...read, claim: verdict.claim, statement: verdict.statement }
      : verdict;
  };
}
