// "Does Putin say the US should consider compromises?": the entry's voice faults a party for *not* doing a thing
// ("monopolizing peace efforts without considering compromises"); that thing asked back as what should be done is
// the remedy his fault implies, so Yes, not the curated opposite's No (dialog36). "Did the US consider
// compromises?" (no prescription) stays No. Only where the evidence itself puts the thing after a negation.
import type { Answer } from "../answering/types.js";
import type { Conversation } from "./conversation-file.js";
import { oppositeSaid } from "./entry-own-question.js";
import type { SpeakerNames } from "./speakers.js";

/** A prescription or a wish just before the asked deed: "should", "must", "wants the americans to", «должны». */
const PRESCRIBED =
  /(?<!\p{L})(?:should|ought to|must|needs? to|has to|have to|(?:wants?|wanted|wish(?:es)?|would like|urges?|urged|expects?|calls? on|called on|asks?|asked|presses|pressed)(?: \p{L}+){0,3} to|должн\p{L}*|следует|нужно|надо)(?: be)? ?$/u;

/** How far before the deed a prescription word may stand (bounded: the reader stays linear). */
const REACH = 48;

const NEGATOR = "(?:without|not|never|no|fail\\p{L}*|ignor\\p{L}*|overlook\\p{L}*|без|не)";

/**
 * Whether the opposite found at `index` in `folded` (its words `opposite`) is asked as a remedy the evidence's
 * fault implies: a prescription word just before it, and the evidence holding its last word after a negation.
 */
export function prescribedRemedy(folded: string, index: number, opposite: string, evidence: string): boolean {
  if (!PRESCRIBED.test(folded.slice(Math.max(0, index - REACH), index))) return false;
  const last = opposite.trim().split(/\s+/).at(-1) ?? "";
  const stem = last.slice(0, Math.max(4, last.length - 2)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (stem.length < 4) return false;
  return new RegExp(`(?<!\\p{L})${NEGATOR}(?: \\p{L}+){0,2} ${stem}`, "iu").test(evidence.slice(0, 4000));
}

/** The entry's curated opposite asked as the fault's remedy (see above): the verdict readers' Yes, kept by said-claim. */
export function remedyAsked(
  folded: string,
  answer: Answer,
  deps: { conversation: Conversation; speakers: SpeakerNames },
): boolean {
  const entry = answer.kind === "entry" ? answer.entry : undefined;
  if (!entry || deps.conversation.verdicts.get(entry.id) !== "yes") return false;
  // The remedy is a voice's: "should the US consider compromises?" with no one named is a judgement asked.
  if (deps.speakers.namedIn(folded).length === 0) return false;
  const opposite = oppositeSaid(folded, entry, deps);
  return opposite !== null && prescribedRemedy(folded, opposite.index, opposite[0], answer.answer);
}
