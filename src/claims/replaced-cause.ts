// A cause, reason or purpose the claim gives in words of its own: "shares common ground with Israel because of
// their arms trade" of "… due to the number of former Russian citizens residing there", "coordinating regional
// players in order to isolate Washington" of "… to stabilize the situation". The rest of the claim may be a fair
// rewording; what it says the reason is, the passage does not back: altered, naming the cause it gives.
// (A cause the passage never gives at all is `addedCause`'s; this one reads the words the link brings in.)

import { lean } from "../lib/lean-regexp.js";
import type { ClaimChange } from "./types.js";

/**
 * The links that bring in a cause, a reason or a purpose: because (of), due to, thanks to, stem(s) from, rooted in,
 * driven by, in order to, so that, so as to, with the aim of; the reason of a verb of blame ("criticizes X for");
 * из-за, потому что, так как, поскольку, благодаря, чтобы, с целью, ради; "критикует/обвиняет … за".
 */
const LINKS: RegExp[] = [
  lean(
    /\b(?:because(?:\s+of)?|due\s+to|owing\s+to|thanks\s+to|on\s+account\s+of|as\s+a\s+result\s+of|stem(?:s|med|ming)?\s+from|(?:is|are|was|were)\s+rooted\s+in|(?:driven|motivated|caused)\s+by|in\s+order\s+to|so\s+as\s+to|so\s+that|so\s+(?:it|they|he|she|we)\s+(?:can|could|may|might)|with\s+the\s+(?:aim|goal|purpose)\s+of)\b/iu,
  ),
  // Not the "for" of a verb that takes it ("not looking for deals", "calling for talks"): no reason of the blame.
  lean(
    /\b(?:blam|criticiz|criticis|fault|condemn|accus|rebuk|denounc|slam)\p{L}*\b[^.;!?]*?(?<!\b(?:look|ask|call|push|wait|search|hope|press|argue|fight|work|care|strive|opt|settle|vote|plead|appeal|lobby|aim)(?:s|es|ed|ing)?\s{1,3})\bfor\b/iu,
  ),
  lean(
    /(?:^|[^\p{L}])(?:из-за|потому\s+что|так\s+как|поскольку|благодаря|вследствие|чтобы|дабы|с\s+целью|ради)(?=$|[^\p{L}])/iu,
  ),
  lean(/(?:^|[^\p{L}])(?:критику|обвиня|упрека|осужда|порица)\p{L}*[^.;!?]*?\sза(?=$|[^\p{L}])/iu),
];

/** The link words themselves, never the content of a cause ("because of" is read as "due to"). */
const LINK_WORDS = new Set([
  "due",
  "because",
  "owing",
  "thanks",
  "order",
  "aim",
  "goal",
  "purpose",
  "stem",
  "stems",
]);

/** Where a cause's first clause ends: a comma, "and", a relative word ("many who …"), "и", "который". */
const CLAUSE_END = lean(
  /,|;|(?:^|[^\p{L}])(?:and|but|while|which|who|whom|и|а|но|который|которая|которые|которого|которой|которых)(?=$|[^\p{L}])/iu,
);

/** Where the first cause link of the claim starts and ends, and its cause's first clause ends; null for none. */
export function causeSpan(claim: string): { link: number; start: number; end: number } | null {
  let link = -1;
  let start = -1;
  for (const pattern of LINKS) {
    const m = pattern.exec(claim);
    if (!m || (start >= 0 && m.index + m[0].length >= start)) continue;
    start = m.index + m[0].length;
    // A verb of blame stays in the claim's statement: the link is its "for" / "за".
    link =
      /^(?:\P{L})?(?:blam|critic|fault|condemn|accus|rebuk|denounc|slam|критику|обвиня|упрека|осужда|порица)/iu.test(
        m[0],
      )
        ? m.index + m[0].search(/\s\S+$/u) + 1
        : m.index + (/^\P{L}/u.test(m[0]) ? 1 : 0);
  }
  if (start < 0) return null;
  const stop = /[.!?]/u.exec(claim.slice(start));
  const end = stop ? start + stop.index : claim.length;
  const clause = CLAUSE_END.exec(claim.slice(start, end));
  return { link, start, end: clause && clause.index > 0 ? start + clause.index : end };
}

/** Before a verb: "to", a modal ("so that Russia can lead"). */
const BEFORE_VERB = lean(/(?:^|[^\p{L}])(?:to|can|could|may|might|will|would|must|should|shall)\s+$/iu);
/** A phrasal verb's particle ("set up"): the surface is a verb, reworded freely. */
const PARTICLE = lean(/\s(?:up|out|off|down|in|on|over|away|back|about|around)$/u);

/**
 * A thing or quality the cause names, not a verb (paraphrases reword verbs freely: "running the peace efforts
 * alone" for "monopolizing"): no "-ing" form, no word after "to" or a modal, no phrasal verb, no Russian infinitive;
 * no name either (a name of its own is the actor readers' to weigh).
 */
export function namesAThing(before: string, written: string, word: string, surface: string): boolean {
  return !(
    /^\p{Lu}/u.test(written) ||
    /ing$/u.test(word) ||
    /(?:ть|ться|тись|чь)$/u.test(word) ||
    PARTICLE.test(surface) ||
    BEFORE_VERB.test(before)
  );
}

/**
 * The claim's cause as a change when a content word the passage does not back (`unbacked`, the checker's own
 * list), a thing or quality, stands in the first clause its cause link brings in; null when its cause is backed
 * or it gives none.
 */
export function replacedCause(claim: string, unbacked: readonly string[]): ClaimChange | null {
  const span = causeSpan(claim);
  if (!span) return null;
  const cause = claim.slice(span.start, span.end);
  const lower = cause.toLowerCase();
  const inCause = unbacked.filter((surface) => {
    const word = surface.toLowerCase().split(/\s+/)[0]!;
    if (LINK_WORDS.has(word) || word.length < 2) return false;
    const at = wordAt(lower, word);
    return (
      at >= 0 &&
      namesAThing(
        claim.slice(0, span.start + at),
        cause.slice(at, at + word.length),
        word,
        surface.toLowerCase(),
      )
    );
  });
  if (inCause.length === 0) return null;
  return { kind: "replaced", claimed: inCause.join(" "), article: "" };
}

/** Where `word` opens a word of `text` (the checker's surfaces are lower-cased, some cut to a stem), or -1. */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !/\p{L}/u.test(text[at - 1]!)) return at;
  }
  return -1;
}

/** Adds the claim's replaced cause to `changes` when nothing else changed (the first change is the one named). */
export function noteReplacedCause(changes: ClaimChange[], claim: string, unbacked: readonly string[]): void {
  if (changes.length > 0) return;
  const cause = replacedCause(claim, unbacked);
  if (cause) changes.push(cause);
}
