// (claims-r2-38) One hedge rule, read by whose words the hedge stands in, not by where it stands. A hedge in the
// claimant's own sentence — at its opening or after its subject, before any saying verb: "Perhaps Putin criticizes
// …", "Putin may have blamed …", «Возможно, Путин …», «Кремль, вероятно, сохраняет …» — is the claimant's doubt
// whether the article reports it; the claim is judged as if it were not there. A hedge inside what a speaker says or
// thinks — after "said / believes / suggested / according to", «сказал / считает / по словам», or before a trailing
// ", Putin says", «, считает Путин» — gives the speaker a doubt the passage never has: altered. The labelled sets
// agree (written blind: an opening hedge confirmed 5 of 5, a hedge after a saying verb altered 3 of 3; own41, own44,
// probes23 the same); claims-r2-36's reading of a hedge after the subject as altered was the only other rule.
// Bounded expressions: word lists; the frame is searched once, not once per hedge, so long input stays linear.
import { lean } from "../lib/lean-regexp.js";

/**
 * A hedge: an adverb of likelihood, "might", or "may" / "could" before "be" / "have" ("may be monopolizing");
 * "both sides could live with" and "could you check" are no hedge. Not "apparently", «якобы», «кажется»: hearsay, not a doubt.
 */
const HEDGE = lean(
  /(?<!\p{L})(possibly|perhaps|maybe|probably|(?:may|could)\s{1,3}(?:be|have)|might(?:\s{1,3}(?:be|have))?|возможно|может\s{1,3}быть|вероятно|наверное|наверно|по-видимому|видимо|пожалуй)(?!\p{L})/giu,
);

/** A saying or thinking verb, or "according to" / «по словам»: what follows is a speaker's words. */
const SAYING_BEFORE = lean(
  /(?<!\p{L})(?:say|says|said|tell|tells|told|think|thinks|thought|believe|believes|believed|suggest|suggests|suggested|claim|claims|claimed|argue|argues|argued|stated|notes|noted|warn|warns|warned|adds|added|reckon|reckons|reckoned|insist|insists|insisted|assert|asserts|asserted|acknowledge|acknowledges|acknowledged|admit|admits|admitted|hint|hints|hinted|imply|implies|implied|feel|feels|felt|convinced|according\s{1,3}to|in\s{1,3}[\p{L}'’]{1,30}\s{1,3}(?:view|opinion)|сказал\p{L}{0,2}|скажет|говорит|говорят|говорил\p{L}{0,2}|заявил\p{L}{0,2}|заявляет|заявляют|считает|считают|считал\p{L}{0,2}|полагает|полагают|думает|думают|уверен\p{L}{0,2}|убежд[её]н\p{L}{0,2}|утверждает|утверждал\p{L}{0,2}|признаёт|признает|признал\p{L}{0,2}|допускает|допускал\p{L}{0,2}|отметил\p{L}{0,2}|подчеркнул\p{L}{0,2}|намекнул\p{L}{0,2}|намекает|по\s{1,3}(?:словам|мнению))(?!\p{L})/iu,
);

/** A frame after the words: ", Putin says", ", he believes", «, считает Путин», «, — говорит Песков», at the end. */
const SAYING_AFTER = lean(
  /,\s{0,3}[—–-]?\s{0,3}(?:[\p{L}'’.-]{1,30}\s{1,3}){0,3}(?:says|said|believes|thinks|claims|argues|reckons|insists|adds|added|noted|stated|warned|suggests|suggested|считает|полагает|думает|говорит|сказал\p{L}{0,2}|заявил\p{L}{0,2}|заявляет|уверен\p{L}{0,2}|утверждает|подчеркнул\p{L}{0,2}|отметил\p{L}{0,2})(?:\s{1,3}[\p{L}'’.-]{1,30}){0,3}\s{0,3}[.!?]{0,3}\s{0,3}$/iu,
);

/**
 * The first hedge inside a speaker's words — after the claim's first saying verb, or before a closing ", X says" —
 * lower-cased with its spaces made single; null when every hedge is the claimant's own (or there is none).
 */
export function reportedHedge(claim: string): string | null {
  const inside = reportedWords(claim);
  for (const m of claim.matchAll(HEDGE))
    if (inside(m.index)) return m[1]!.replace(/\s+/gu, " ").toLowerCase();
  return null;
}

/** Whether a place of the claim stands inside a speaker's words: after its first saying verb, or before a closing frame. */
function reportedWords(claim: string): (at: number) => boolean {
  const saying = SAYING_BEFORE.exec(claim);
  const sayingAt = saying === null ? claim.length : saying.index;
  const closing = SAYING_AFTER.exec(claim);
  const closingAt = closing === null ? -1 : closing.index;
  return (at) => at > sayingAt || at < closingAt;
}

/**
 * The claim with the claimant's own hedges blanked out (spaces, so every place stays): what a reader of weakened
 * words (near-alteration.ts's "mildly", "minor", «слегка») reads, so "Putin probably voiced deep concern …" is the
 * claimant's doubt there too, while "Putin said the surge might hint at minor flaws" keeps both.
 */
export function withoutClaimantHedges(claim: string): string {
  const inside = reportedWords(claim);
  return claim.replace(HEDGE, (hedge: string, _word: string, at: number) =>
    inside(at) ? hedge : " ".repeat(hedge.length),
  );
}
