// The size a request for the story in brief states ("the gist in two lines max", "one sentence, no more", "as
// bullets", "in full detail"): which of the summary's four sizes to give, and the request without it. Left in, the
// size words ("max", "tops", "no more than", a "2" read as "to") counted as unknown words and the request was
// refused. English; one bounded pass per pattern (linear time).

import { lean, leanRegExp } from "../lib/lean-regexp.js";
import type { SummarySize } from "./types.js";

const NUMBER =
  "(?:a|one|single|two|three|four|five|a couple of|couple of|a couple|couple|a few|few|[1-9]\\d{0,2}(?:\\s*-\\s*[1-9]\\d{0,2})?)";
/** Chat words before the size: "in like 2 sentences", "in about 50 words", "in maybe three lines" (wave AN). */
const ROUGHLY = "(?:(?:like|about|around|roughly|approximately|maybe|just|only|say)\\s+)?";
/** At most this many words fit the one-line summary ("in 20 words"); more ask for the short paragraph. */
const LINE_WORDS = 25;
const UNIT = "(?:lines?|liners?|sentences?|words?)";
/** A cap before the size: "no more than a line", "at most two sentences", "under 3 lines". */
const CAP_BEFORE = "(?:(?:no|not) more than|at most|max(?:imum)?|under|within|less than|fewer than|tops)";
/** A cap after it: "two lines max", "one sentence tops", "a line or less", "one sentence, no more". */
const CAP_AFTER =
  "(?:tops|max|maximum|at most|or less|or fewer|only|no more|and no more|or (?:two|so)|pls|please|plz)";

const SIZED = leanRegExp(
  `(?:^|[\\s,;:(-])(?:in|as|with|into)?\\s*${ROUGHLY}(?:${CAP_BEFORE}\\s+)?${ROUGHLY}(?<n>${NUMBER})[ -](?<unit>${UNIT})(?:[\\s,]+${CAP_AFTER})*\\)?(?=[\\s,;:.!?)-]|$)`,
  "i",
);
const BULLETS = lean(
  /(?:^|[\s,;:(-])(?:in|as|into|with)?\s*(?:a\s+)?(?:(?:few|couple of|three|3)\s+)?(?:bullet[- ]?points?|bullets|bulleted list|a list|point form|dot points),?(?:\s+(?:pls|please|plz))?(?=[\s,;:.!?)-]|$)/i,
);
const FULL = lean(
  /(?:^|[\s,;:(-])(?:in\s+(?:full|(?:full|great|more|some)\s+detail|depth)|the\s+(?:long|full|detailed)\s+(?:version|one)|at\s+length)(?:\s+(?:pls|please|plz))?(?=[\s,;:.!?)-]|$)/i,
);

/** The size the message asks the summary in, and the message without it; null when it states none. */
export function summarySizeAsked(text: string): { size: SummarySize; rest: string } | null {
  if (text.length > 300) return null;
  const sized = SIZED.exec(text);
  if (sized?.groups) {
    const n = sized.groups.n?.toLowerCase() ?? "";
    const capped =
      new RegExp(CAP_BEFORE, "i").test(sized[0]) || new RegExp(`\\b${CAP_AFTER}\\b`, "i").test(sized[0]);
    const unit = sized.groups.unit ?? "";
    const fewWords = /^word/i.test(unit) && /^\d+$/.test(n) && Number(n) <= LINE_WORDS;
    const one = /^(?:a|one|1|single)$/.test(n) || /liner/i.test(unit) || fewWords;
    // One line, or "two lines max": the one-line summary fits; two or three sentences: the short paragraph.
    const size: SummarySize = one || (capped && /^(?:two|2)$/.test(n)) ? "line" : "short";
    return { size, rest: without(text, sized[0]) };
  }
  const bullets = BULLETS.exec(text);
  if (bullets) return { size: "bullets", rest: without(text, bullets[0]) };
  const full = FULL.exec(text);
  if (full) return { size: "full", rest: without(text, full[0]) };
  return null;
}

function without(text: string, part: string): string {
  return text
    .replace(part, " ")
    .replace(/\s{2,}/g, " ")
    .replace(/^[\s,;:-]+|[\s,;:-]+$/g, "")
    .trim();
}
