// (claims-r2-38) The author's own stance given a speaker's words: "The author believes that the latest surge in
// violence is a clear indication of the failure of US policy", «Автор статьи считает, что всплеск насилия явно
// указывает на провал политики США». "The article says …" / «в статье говорится …» only reports, and a claim it
// frames is judged as the words it frames; but a verb of holding ("believes", "thinks", "blames", «считает»,
// «уверен», «обвиняет») makes the view the author's, and ¶2's view is Putin's (claims-own45's first run confirmed the
// Russian as a paraphrase, the English as verbatim). Labelled sets have the same for "The article itself blames the
// United States …" (misattributed, ¶1). A confirmed claim so framed, whose statement names no speaker and whose
// passage is a reported speaker's, not the article's own voice (¶4's "no mention", ¶6's concerns, ¶7), is
// misattributed. Bounded expressions at the claim's opening only: linear on long input.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** The author (or the article itself) holding a view, at the claim's opening. */
const AUTHOR_HOLDS = lean(
  /^\s*(?:(?:so|and|but|wait),?\s{1,3})?(?:(?:the|this)\s{1,3})?(?:(?:article['’]s|piece['’]s)\s{1,3})?(?:(?:author|writer|journalist|columnist)(?:\s{1,3}of\s{1,3}(?:the|this)\s{1,3}(?:article|piece|story))?|(?:article|piece|story)\s{1,3}itself)(?:\s{1,3}(?:himself|herself|itself|personally))?\s{1,3}(?:clearly\s{1,3})?(?:believes|thinks|considers|feels|reckons|holds|is\s{1,3}convinced|is\s{1,3}sure|blames|criticizes|criticises|accuses|faults|condemns|agrees)(?!\p{L})/iu,
);
const RUSSIAN_AUTHOR_HOLDS = lean(
  /^\s*(?:(?:а|и|но|так),?\s{1,3})?(?:сам\p{L}{0,2}\s{1,3})?(?:автор|журналист)(?:\s{1,3}(?:статьи|текста|материала))?(?:\s{1,3}(?:сам|лично))?\s{1,3}(?:считает|полагает|думает|уверен|убежд[её]н|обвиняет|критикует|винит|осуждает|согласен)(?!\p{L})/iu,
);

/** Whether the claim opens with the author holding a view (not reporting one). */
export function authorHolds(claim: string): boolean {
  return AUTHOR_HOLDS.test(claim) || RUSSIAN_AUTHOR_HOLDS.test(claim);
}

/** The checker, the author given a speaker's view read as misattributed. */
export function judgingAuthorStance(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (!confirms(verdict.verdict) || verdict.span === null || !authorHolds(text)) return verdict;
    const named = verdict.claimedSpeaker?.id;
    if (named !== undefined && named !== null && named !== "article") return verdict;
    if (verdict.sources.length === 0 || verdict.sources.some((s) => s.voice !== "reported")) return verdict;
    return {
      ...verdict,
      verdict: "misattributed",
      claimedSpeaker: { id: "article", name: "The article" },
    };
  };
}
