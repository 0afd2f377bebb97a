// "So it's because lots of ex-Russian citizens live there?", "Это из-за того, что там живёт много бывших граждан
// России?": a reason offered back after an answer whose quote gives a reason ("… due to the number of former
// Russian citizens residing there"). The claim checker reads the offered reason on its own; where it is the
// article's words or a paraphrase of them, matched inside that quote's reason part (after its "due to",
// "because"…), the verdict is Yes on the last answer's evidence. Anything else is left to the other readings:
// this reader never says No.
import type { Answer } from "../answering/types.js";
import type { ClaimChecker } from "../claims/index.js";

const OFFERED_EN =
  /^(?:(?:so|and|but|then)[, ]+)?(?:(?:is|was) (?:it|that|this)|it'?s|that'?s|this is|because|is this) ?(?:(?:all|mainly|partly|just) )?(?:because(?: of)?|due to|owing to|since) (.+)$/u;
const OFFERED_RU =
  /^(?:(?:а|и|так|значит|то есть)[, ]+)?(?:это |всё это )?(?:(?:в основном|просто|именно) )?(?:из-за того,? что|потому,? что|так как|из-за|благодаря тому,? что|благодаря) (.+)$/u;

/** A reason in the answer's words: its part after one of these is what it gives as the cause. */
const REASON_MARKER =
  /(?<!\p{L})(?:due to|because(?: of)?|owing to|as a result of|thanks to|из-за|потому,? что|так как|благодаря)(?!\p{L})/iu;

/** Word stems (first four letters) of the words longer than three letters. */
const stems = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 3)
    .map((w) => w.slice(0, 4));

/** The offered reason ("lots of ex-Russian citizens live there"), or null when the message offers none. */
export function offeredReason(folded: string): string | null {
  const text = folded.replace(/[?!.\s]+$/u, "");
  const m = OFFERED_EN.exec(text) ?? OFFERED_RU.exec(text);
  const reason = m?.[1]?.trim();
  return reason && reason.split(/\s+/).length >= 2 ? reason : null;
}

/**
 * True when the offered reason leans on the answer's cause, not on what it explains (more of its words after the
 * answer's "because" than before it: "is that because Russia shares common ground with Israel?" is circular), and
 * the claim checker finds it in the article in its words or a paraphrase, with nothing changed.
 */
export function reasonConfirmed(reason: string, evidence: Answer, check: ClaimChecker): boolean {
  const text = evidence.answer;
  const at = text.search(REASON_MARKER);
  if (at < 0) return false;
  const asked = stems(reason);
  const hits = (part: string) => {
    const known = new Set(stems(part));
    return asked.filter((w) => known.has(w)).length;
  };
  const cause = hits(text.slice(at));
  if (cause === 0 || cause <= hits(text.slice(0, at))) return false;
  const checked = check(reason);
  return (checked.verdict === "verbatim" || checked.verdict === "paraphrase") && checked.changes.length === 0;
}
