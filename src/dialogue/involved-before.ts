// Kind and convention: an involvement or membership asked with "before" — "has russia been involved in middle east
// peace efforts before?", "was moscow part of any mideast peace effort before this?". The article gives Russia's
// part as a standing fact ("Russia has been part of the Quartet", present perfect), which is the "before" asked:
// the checker found no passage for "before" and the verdict was "doesn't say" above the Quartet (d77-18#1). The
// convention: a trailing "before" / "previously" / "in the past" on a question of involvement or membership (been
// involved / part of / a member / in) is the asker's time, read as the question without it; any other act asked
// "before" ("has putin mentioned it before?") asks of an earlier occasion the article never covers, left as it is.
import { lean } from "../lib/lean-regexp.js";

const INVOLVEMENT_BEFORE = lean(
  /^((?:(?:and|so|but|ok|okay)[, ]+)?(?:has|have|had|was|were|is|are) [\p{L}' -]{2,40}? (?:been )?(?:involved|engaged|active|part|a part|a member|members?|in) [\p{L}' -]{2,60}?) (?:ever )?(?:before(?: (?:this|that|now|then|all this))?|previously|in the past|earlier)(\s*\?*)$/u,
);

/** The question without the asker's trailing "before" on an involvement; as it is otherwise. */
export function withoutInvolvedBefore(text: string): string {
  const m = INVOLVEMENT_BEFORE.exec(text);
  return m?.[1] ? `${m[1]}${m[2] ?? ""}` : text;
}
