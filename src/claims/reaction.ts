// A reaction to a speaker's words that the article never reports: "The White House rejected Putin's criticism of US
// policy" (claims-blind48), "Washington dismissed Putin's accusations", «Белый дом отверг критику Путина». The
// speaker's deed stands in the claim only as the object ("Putin's criticism", «критику Путина») of another party's
// answer to it; its words lined up with the passage on the failed US policy, the answer read as a stance word
// changed, and the claim was "altered" — but the article reports no one's answer to Putin: the claim is news, not
// in the article. A reaction verb (rejected, dismissed, welcomed, responded to; отверг, отклонил, ответил на) before
// the deed a speaker's possessive names, the claim not opening on that speaker. Bounded expressions: linear time.
import { notReported } from "./new-event.js";
import type { ClaimChecker } from "./types.js";

/** Another party answering: the verb of a reaction (EN + RU). */
const REACTION =
  /(?<!\p{L})(?:reject(?:s|ed)?|dismiss(?:es|ed)?|den(?:y|ies|ied)|refut(?:es|ed)|rebuff(?:s|ed)?|push(?:es|ed)?\s+back|brush(?:es|ed)?\s+off|shrug(?:s|ged)?\s+off|hit\s+back\s+at|respond(?:s|ed)?\s+to|repl(?:y|ies|ied)\s+to|react(?:s|ed)?\s+to|welcom(?:es|ed)|condemn(?:s|ed)?|slam(?:s|med)?|ignor(?:es|ed)|(?:dis)?agreed?\s+with|отверг\p{L}{0,3}|отклонил\p{L}{0,2}|отклоня\p{L}{1,3}|опроверг\p{L}{0,3}|ответил\p{L}{0,2}\s+на|отреагировал\p{L}{0,2}\s+на|приветствовал\p{L}{0,2}|осудил\p{L}{0,2}|проигнорировал\p{L}{0,2}|не\s+согласил\p{L}{2,4}\s+с)(?!\p{L})/iu;

/** A speaker's deed named through its possessor: "Putin's criticism", chat's "putins criticism", «критику Путина». */
const POSSESSED_DEED =
  /(?<!\p{L})(?:(?:putin|peskov|the\s+kremlin|kremlin|moscow|russia|erdogan)['’]?s\s+(?:\p{L}+\s+)?(?:criticism|criticisms|accusations?|remarks?|comments?|words|statements?|claims?|charges?|rebukes?|blame|attacks?|call|calls|position|stance)|(?:критик\p{L}{1,2}|обвинени\p{L}{1,2}|заявлени\p{L}{1,2}|слов\p{L}{0,2}|упр[её]к\p{L}{0,2}|претензи\p{L}{1,2}|призыв\p{L}{0,2}|выпад\p{L}{0,2}|позици\p{L}{1,2})\s+(?:президента\s+)?(?:путина|пескова|кремля|москвы|россии|эрдогана))(?!\p{L})/iu;

/** Whether the claim is another party's answer to a speaker's words. */
export function isReaction(text: string): boolean {
  const reaction = REACTION.exec(text);
  if (reaction === null) return false;
  const deed = POSSESSED_DEED.exec(text);
  return deed !== null && deed.index > reaction.index && reaction.index > 0;
}

/** The checker, an answer to a speaker's words (that the article never reports) read as not in the article. */
export function judgingReaction(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict === "not-in-article" || verdict.verdict === "cannot-judge") return verdict;
    return isReaction(verdict.statement || text) ? notReported(verdict) : verdict;
  };
}
