// (claims38) Two true halves of two speakers put in one mouth: «Песков возложил вину на США и заявил, что Кремль
// хочет помочь найти урегулирование» (¶1's blame is Putin's, ¶3's help Peskov's), "Peskov emphasized the urgent
// need for a ceasefire and said the Kremlin seeks to assist …", "The Foreign Ministry called for an immediate
// ceasefire and for direct Palestinian-Israeli dialogue". Read whole, the half that is the subject's own lined up
// with its passage and the other half's words, backed somewhere in the article, stood unread: a false paraphrase
// (claims-own44), or "altered" / "not in the article" for what is another speaker's words. So a claim is read half
// by half — two statements of its subject ("X did A and said B"), or one verb with two objects of the same
// preposition ("called for A and for B", «призвал к A и к B») —, and when one half is misattributed and the other
// confirmed, the claim is misattributed, shown with that half's passage. Nothing is confirmed here.
// Every regular expression is bounded: a few words at most, anchored by a lookahead.
import { lean } from "../lib/lean-regexp.js";
import { claimSubject } from "./clause-apart.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";
import { confirms } from "./verdict.js";

/** " and " before the second statement's verb (an adverb allowed), irregular pasts of saying included. */
const JOIN_EN = lean(
  /,?\s{1,3}and\s{1,3}(?=(?:(?:also|then|\p{Ll}{2,20}ly)\s{1,3})?(?:said|told|spoke|sought|made|gave|took|kept|held|put|is|was|has|had|does|did|\p{Ll}{2,30}(?:s|ed))(?!\p{L}))/gu,
);
/** «и» before a verb in the past or present, negated or not. */
const JOIN_RU = lean(
  /,?\s{1,3}и\s{1,3}(?=(?:также\s{1,3}|ещё\s{1,3}|еще\s{1,3})?(?:не\s{1,3})?\p{Ll}{2,30}(?:ет|ит|ут|ют|ат|ят|ал|ала|али|ил|ила|или|ел|ёл|ется|ится|ются|ались|ился|илась|ились)(?!\p{L}))/gu,
);
/** One preposition twice around "and" / «и»: one verb's two objects ("for A and for B", «к A и к B»). */
const TWO_OBJECTS = lean(
  /(?<!\p{L})(for|to|about|with|on|of|к|о|об|с|со|за|на|в|во)(\s{1,3}[^,.;!?]{3,80}?)(,?\s{1,3}(?:and|и)\s{1,3})\1\s{1,3}(?=\p{L})/giu,
);

const words = (s: string) => (s.match(/\p{L}+/gu) ?? []).length;

/** A clause opened inside the first statement: the join may be that clause's ("reaffirms that X aims … and seeks …"). */
const INNER_CLAUSE =
  /(?<!\p{L})(?:that|which|who|whom|whose|because|while|что|чтобы|который|которая|которое|которые|где)(?!\p{L})/iu;

/**
 * The claim's two halves, each a statement of its subject; empty when it has no such shape. `whole`: the claim was
 * confirmed whole, so a join after a clause of its own ("Peskov reaffirms that the Kremlin aims … and seeks …", the
 * article's sentence) is that clause's, not a second statement of the subject.
 */
export function speakerHalves(text: string, confirmedWhole = false): [string, string][] {
  const out: [string, string][] = [];
  const subject = claimSubject(text);
  const ru = /\p{Script=Cyrillic}/u.test(text);
  if (subject !== null && !/^\s*the\s*$/iu.test(subject)) {
    const joins = [...text.matchAll(ru ? JOIN_RU : JOIN_EN)];
    const at = joins.length === 1 ? joins[0]! : null;
    const from = text.indexOf(subject) + subject.length;
    if (at && at.index > from && !(confirmedWhole && INNER_CLAUSE.test(text.slice(from, at.index))))
      out.push([text.slice(0, at.index).trim(), `${subject} ${text.slice(at.index + at[0].length).trim()}`]);
  }
  const objects = [...text.matchAll(TWO_OBJECTS)];
  if (objects.length === 1) {
    const m = objects[0]!;
    const joinStart = m.index + m[1]!.length + m[2]!.length;
    // The first object alone (the claim up to the join), and the claim with the first object taken out.
    out.push([
      text.slice(0, joinStart).trim(),
      `${text.slice(0, m.index)}${text.slice(joinStart + m[3]!.length)}`.trim(),
    ]);
  }
  return out.filter(([a, b]) => words(a) >= 3 && words(b) >= 3);
}

/** The checker, a claim of two halves, one another speaker's, read as misattributed. */
export function judgingMixedSpeakers(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict === "misattributed" || verdict.verdict === "cannot-judge") return verdict;
    if (verdict.claimedSpeaker?.id == null) return verdict;
    // (claims40) The second half is read only when the first is misattributed or confirmed: with neither, no pair
    // of the two can be one misattributed and one confirmed (both read eagerly: 568 of the 8864 first readings of
    // the sets' claims, 513 now).
    const misattributed = (read: ClaimVerdict) => read.verdict === "misattributed" && read.span !== null;
    for (const [a, b] of speakerHalves(text, confirms(verdict.verdict))) {
      const first = check(a);
      if (!misattributed(first) && !confirms(first.verdict)) continue;
      const second = check(b);
      const moved =
        misattributed(first) && confirms(second.verdict)
          ? first
          : misattributed(second) && confirms(first.verdict)
            ? second
            : null;
      if (moved) return { ...moved, claim: verdict.claim, statement: verdict.statement };
    }
    return verdict;
  };
}
