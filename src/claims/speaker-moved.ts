// A sentence of one voice put in another's mouth, reworded: "Putin said there are growing concerns the crisis may
// extend beyond the Arab-Israeli conflict zone" of the narrator's "there are growing concerns that the current
// crisis may extend …". The frame names a speaker of the article, so the passage search looked among that
// speaker's passages, found none close ("Putin" and the crisis share little with his sentences) and the claim was
// judged not in the article — though the article says it, in another voice: misattributed. A claim with a
// speaker's frame read as not in the article is read again without its frame; when the statement alone is the
// article's (word for word or in other words) and that passage is not the named speaker's, it is misattributed,
// shown against that passage (when it covers most of it). Nothing is confirmed here: only "not in the article" becomes "misattributed".
import type { ClaimChecker } from "./types.js";
import { aloneAsClaimed, confirms } from "./verdict.js";
import { parseFrame } from "./words.js";

/** A statement opening with a pronoun (the name of the frame it stands for). */
const PRONOUN_OPENING =
  /^\s*(?:he|she|it|they|we|i|its|his|their|он|она|оно|они|мы|я|его|её|их)(?![\p{L}])/iu;

/** A frame's saying verb: the frame only reports the words it frames. */
const SAYING =
  /(?<![\p{L}])(?:say|says|said|saying|told|tells|states|stated|заявил\p{L}*|сказал\p{L}*|сообщил\p{L}*|говорит)(?![\p{L}])/iu;

/** The share of the passage's words the statement must cover ("former Russian citizens were killed": 0.24). */
const MIN_COVERAGE = 0.45;

/** The checker, a reworded sentence of another voice under a speaker's frame read as misattributed. */
export function judgingMovedSpeaker(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    const claimed = verdict.claimedSpeaker?.id;
    if (claimed === null || claimed === undefined) return verdict;
    // (claims39) An altered reading too, when the frame drew the claim to another passage than its statement's:
    // "peskov says russia wants direct palestinian-israeli dialogue" lined up with ¶4's Quartet, the statement
    // alone with ¶6's Foreign Ministry.
    if (verdict.verdict !== "not-in-article" && verdict.verdict !== "altered") return verdict;
    const frame = parseFrame(text);
    if (frame.name === null || frame.negated || frame.statement.trim() === text.trim()) return verdict;
    // "X announced it is flying …": a pronoun stands for the frame's name, the statement is no other voice's.
    if (PRONOUN_OPENING.test(frame.statement)) return verdict;
    // Of an altered reading, only a saying frame ("X says / said / told", «заявил, сказал, сообщил») whose statement
    // alone is another voice's unchanged, on another passage than the frame drew the claim to. (claims40) The frame
    // is tested before the statement is read again: 694 of the 8864 first readings of the sets' claims were this
    // reading's, 566 now.
    if (
      verdict.verdict === "altered" &&
      !SAYING.test(text.slice(0, Math.max(0, text.length - frame.statement.length)))
    )
      return verdict;
    const alone = check(frame.statement);
    const moved =
      verdict.verdict === "altered" &&
      alone.verdict === "misattributed" &&
      alone.changes.length === 0 &&
      alone.span !== null &&
      alone.span.text !== verdict.span?.text;
    const clean = verdict.verdict === "not-in-article" ? confirms(alone.verdict) : moved;
    if (!clean || alone.span === null) return verdict;
    if (alone.sources.some((s) => s.speakerId === claimed)) return verdict;
    // Most of the passage said (new-event.ts's share): a few of its words in a new event are no moved sentence.
    // Of an altered reading, a statement every word of which the other passage backs will do (claims39).
    const whole = verdict.verdict === "altered" && alone.similarity.containment >= 0.9;
    if (alone.similarity.coverage < MIN_COVERAGE && !whole) return verdict;
    return { ...aloneAsClaimed(alone, verdict), verdict: "misattributed" };
  };
}
