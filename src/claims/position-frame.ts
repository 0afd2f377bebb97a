// "The article ends with "…"", "the last line says "…"", "The opening sentence reads: "…"": a place in the article
// (its first or last line, sentence or paragraph) framing words quoted from it. Read as typed, the place was a
// name ("The final sentence" as an unknown speaker: misattributed) or a word the passage lacks ("ends": altered),
// and words standing in the article word for word were never confirmed. The frame is read as the plain
// "The article says …" the checker already reads, and the place is held to what it names: words of the first
// paragraph for an opening, of the last for an ending. Words found elsewhere are altered (the claim misplaces
// them); words not confirmed keep the verdict the plain frame gives. English only; anything else as typed.
// Every regular expression is bounded by its anchors and has no nested quantifier: linear in the message.

import { leanRegExp } from "../lib/lean-regexp.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";

const ARTICLE = String.raw`(?:the\s+|this\s+)?(?:article|piece|text|story|report)`;
const QUOTE_OR_THAT = String.raw`(?=["“«'‘]|that\s)`;

/** "the last line (of the article) says: "…"" */
const PLACE_SAYS = leanRegExp(
  String.raw`^\s*(?:the\s+|its\s+)?(first|opening|last|final|closing|concluding)\s+(?:line|sentence|paragraph|words|lines|passage)` +
    String.raw`(?:\s+of\s+${ARTICLE})?\s+(?:says|said|reads|states|goes|is|runs)\s*[:,—–-]?\s*${QUOTE_OR_THAT}([\s\S]*)$`,
  "iu",
);

/** "the article ends with (the words) "…"", "the piece opens with the line: "…"" */
const ARTICLE_PLACES = leanRegExp(
  String.raw`^\s*${ARTICLE}\s+(opens|begins|starts|ends|closes|concludes|finishes)\s+(?:with|on|by\s+saying)` +
    String.raw`(?:\s+the\s+(?:words|line|sentence|phrase))?\s*[:,—–-]?\s*${QUOTE_OR_THAT}([\s\S]*)$`,
  "iu",
);

const OPENING = new Set(["first", "opening", "opens", "begins", "starts"]);

/** The place a frame names and the words it frames; null when the claim has no such frame. */
export function positionFrame(text: string): { opening: boolean; place: string; rest: string } | null {
  const m = PLACE_SAYS.exec(text) ?? ARTICLE_PLACES.exec(text);
  if (!m) return null;
  const place = m[1]!.toLowerCase();
  return { opening: OPENING.has(place), place, rest: m[2]!.trim() };
}

/** The checker, a claim framed by a place in the article read as the article's words at that place. */
export function judgingPositionFrame(check: ClaimChecker, paragraphs: number): ClaimChecker {
  return (text) => {
    const frame = positionFrame(text);
    if (!frame) return check(text);
    const verdict = check(`The article says ${frame.rest}`);
    const paragraph = verdict.span?.paragraph;
    const confirmed = verdict.verdict === "verbatim" || verdict.verdict === "paraphrase";
    if (!confirmed || paragraph === (frame.opening ? 1 : paragraphs)) return { ...verdict, claim: text };
    return misplaced(verdict, text, frame.place, paragraph ?? 0);
  };
}

function misplaced(verdict: ClaimVerdict, text: string, place: string, paragraph: number): ClaimVerdict {
  return {
    ...verdict,
    claim: text,
    verdict: "altered",
    exact: null,
    changes: [...verdict.changes, { kind: "replaced", claimed: place, article: `paragraph ${paragraph}` }],
  };
}
