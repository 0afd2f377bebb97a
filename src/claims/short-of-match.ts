// A claim short of a match that still rewrites its passage: a stance of its own in place of the passage's, a word
// said the other way round, a member added to the passage's list. An alteration rather than news (verdict-tail.ts
// asks these when matchOf in verdict.ts finds no match).

import { stemmer } from "stemmer";
import type { Closest } from "./closest.js";
import { backedPairs } from "./match.js";
import { isRestriction } from "./scope.js";
import type { ClaimChange, ClaimTuning } from "./types.js";

/**
 * Not matched, but what keeps the claim from matching is only a word that takes a side the passage does not
 * ("МИД России выступает против прямого диалога", "cut off its ties with the Palestinians"): every other word
 * lines up, so the claim says the passage's thing with a stance of its own, an alteration rather than news.
 */
export function stanceAlone(best: Closest, changes: ClaimChange[], tuning: ClaimTuning): boolean {
  if (best.containment < tuning.closeAt) return false;
  const stances = new Set(changes.filter((c) => c.kind === "stance").map((c) => c.claimed));
  if (stances.size === 0) return false;
  const weighted = best.pairs.filter((p) => p.claim.weight > 0);
  const backed = weighted.filter((p) => p.span !== null);
  const loose = weighted.filter((p) => p.span === null && !stances.has(p.claim.surface));
  // A stance put in the place of the passage's own ("a pro-Palestinian mediator" of "an impartial mediator"), with
  // three words backed: one adverb of manner besides ("openly", «открыто»), leaves it the passage rewritten.
  const inPlace = changes.some((c) => c.kind === "stance" && c.article !== "");
  const manner = loose.length === 1 && !loose[0]!.claim.entity && MANNER.test(loose[0]!.claim.surface);
  const spare = inPlace && manner && backed.length >= 3 && best.containment >= CHANGED_NEAR_AT ? 1 : 0;
  // One word besides the stance is enough when it is no name and the passage's own ("против прекращения огня").
  return (
    (backed.length >= 2 || (backed.length === 1 && !backed[0]!.claim.entity && sameStem(backed[0]!))) &&
    backed.some((p) => !p.claim.entity) &&
    loose.length <= spare
  );
}

/**
 * Not matched, yet near (most of the claim's words line up) and what does line up is said the other way round or
 * gives the passage's deed to an actor its paragraph never names ("the crisis will stay within …" of "may extend
 * beyond …", "only Russia can achieve …"): the claim rewrites that passage, an alteration rather than news.
 */
export function changedNear(best: Closest, changes: ClaimChange[], tuning: ClaimTuning): boolean {
  if (best.containment < tuning.closeAt) return false;
  const telling = changes.filter(
    (c) => (c.kind === "opposite" && !MODALS.has(c.claimed)) || c.kind === "added" || c.kind === "negation",
  );
  const restricted = changes.some(isRestriction);
  // A member added to the passage's list may have lined up with another name of it ("the Arab League" against
  // "the Quartet"): read as added there too.
  if (
    addedToList(
      best,
      changes.filter((c) => c.kind === "actor"),
      changes.every((c) => c.kind === "actor"),
    )
  )
    return true;
  if (telling.length === 0 && !restricted) return false;
  const backed = backedPairs(best.pairs);
  // "only Hamas" of "including Hamas": the restriction is the claim's point, a word besides it is enough.
  if (restricted) return backed.length >= 1;
  if (addedToList(best, telling)) return true;
  // Its words line up as a match's would, but one is negated where the passage's is not: said the other way round.
  const negated = telling.some((c) => c.kind === "negation");
  if (negated && best.containment >= tuning.matchAt && backed.some((p) => !p.claim.entity)) return true;
  // A frame of the claim's own ("experts are confident") keeps it short of CHANGED_NEAR_AT, yet four or more of its
  // words line up and one is said the other way round ("within" of "beyond"): the passage rewritten.
  const opposed = telling.some((c) => c.kind === "opposite");
  if (opposed && backed.length >= 4 && backed.filter((p) => !p.claim.entity).length >= 2) return true;
  // A short claim of the passage's own thing judged in a negated word ("Путин считает прекращение огня ненужным" of
  // "the urgent need for an immediate ceasefire"): every weighted word but the negated one lines up (the speaker
  // is the frame's), one the passage's own word in another form (no name, no synonym): said the other way round.
  if (negated && backed.some((p) => !p.claim.entity && sameStemEach(p))) {
    const denied = new Set(telling.filter((c) => c.kind === "negation").map((c) => c.claimed));
    const loose = best.pairs.filter(
      (p) => p.claim.weight > 0 && p.span === null && !denied.has(p.claim.surface),
    );
    if (loose.length === 0) return true;
  }
  if (best.containment < CHANGED_NEAR_AT) return false;
  return (backed.length >= 3 || (negated && backed.length >= 2)) && backed.some((p) => !p.claim.entity);
}

/**
 * "Russia, the US, the UN, the EU and Turkey" of the passage's list of four: a name the passage lacks, right after
 * names it has (three or more lined up): a member added to the passage's list, however little else lines up.
 */
function addedToList(best: Closest, telling: ClaimChange[], onlyNames = false): boolean {
  const added = new Set(
    telling.filter((c) => c.kind === "added" || c.kind === "actor").map((c) => c.claimed),
  );
  if (added.size === 0) return false;
  const weighted = best.pairs.filter((p) => p.claim.weight > 0);
  const names = weighted.filter((p) => p.claim.entity && p.span !== null).length;
  // A member put in another's place, and nothing else changed ("the US, the UN and China" of "the US, the United
  // Nations, and the European Union"): two lined up before it are enough, the list's subject taken off the words.
  const swapped =
    onlyNames && telling.some((c) => c.kind === "actor" && added.has(c.claimed) && c.article !== "");
  return (
    names >= (swapped ? MEMBERS_LINED_UP - 1 : MEMBERS_LINED_UP) &&
    weighted.some((p, i) => {
      const before = weighted[i - 1];
      return (
        p.claim.entity &&
        p.span === null &&
        added.has(p.claim.surface) &&
        !!before?.claim.entity &&
        before.span !== null
      );
    })
  );
}

const MEMBERS_LINED_UP = 3;

/** An adverb of manner: "openly", "proudly"; «открыто», «гордо». */
const MANNER = /^(?:\p{L}{3,}ly|\p{Script=Cyrillic}{3,}о)$/u;

/** Nearer than "the closest the article comes" (closeAt), short of a match: measured on every labelled set. */
export const CHANGED_NEAR_AT = 0.45;
const MODALS = new Set(["will", "would", "may", "might", "can", "could", "must", "should", "shall"]);

/** Each word of the claim's phrase and the passage's, one word in two forms ("прекращение огня", "прекращения огня"). */
function sameStemEach(p: { claim: { surface: string }; span: { surface: string } | null }): boolean {
  if (!p.span) return false;
  const a = p.claim.surface.split(/\s+/u);
  const b = p.span.surface.split(/\s+/u);
  return (
    a.length === b.length && a.every((w, i) => sameStem({ claim: { surface: w }, span: { surface: b[i]! } }))
  );
}

/** The claim's word and the passage's are one word in two forms (English or Russian stems). */
function sameStem(p: { claim: { surface: string }; span: { surface: string } | null }): boolean {
  if (!p.span) return false;
  const a = p.claim.surface.toLowerCase();
  const b = p.span.surface.toLowerCase();
  return (
    stemmer(a) === stemmer(b) ||
    a.slice(0, Math.max(4, a.length - 3)) === b.slice(0, Math.max(4, a.length - 3))
  );
}
