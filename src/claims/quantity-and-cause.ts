// Two ways a claim says more than its passage while every word lines up (claims36, claims-own40):
// - a whole put on what the passage says of one thing or some: "Putin says all of America's policies in the Middle
//   East have failed" of "its failed policy in the Middle East", «со всеми сторонами» of «с обеими … сторонами»;
// - a cause said the other way round: "Former Russian citizens moved to Israel because Russia shares common ground
//   with it" of "it also shares common ground with Israel due to the number of former Russian citizens residing
//   there" (the passage's effect made the cause).
// Both were confirmed as paraphrases. Each gives an "added" change (altered), never a confirmation. Bounded patterns.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChange } from "./types.js";

/** A quantifier over a whole. Not "at all", "above all", "after all", "first of all", "all but", "all in all". */
const WHOLE_WORD = lean(
  /(?<![\p{L}'’])(?<!(?:at|above|after|of|in)\s)(all|every|each|всех|все|всем|всеми|каждый|каждая|каждое|каждую|каждого|каждой|любой|любая|любые|любых)(?![\p{L}'’])/giu,
);
/** Words between a quantifier and its noun: of, the, a possessive, a determiner. */
const BETWEEN = /^(?:of|the|its|their|his|her|these|those|из|этих|их|его|её|ее)$/iu;
/** Words after "all" that make no whole of a thing: "all but", "all in all", "all along", "all the same". */
const NO_WHOLE_AFTER =
  /^(?:but|in|along|over|same|while|more|right|times?|раз|равно|же|ещ[её]|время|таки)$/iu;
/** The passage's own word for a whole (or a count) right before the noun: "all parties", «обеими сторонами». */
const PASSAGE_WHOLE =
  /^(?:all|both|every|each|two|whole|entire|обе|оба|обеих|обоих|обеим|обеими|все|всех|всем|всеми|каждый|каждой|любой|весь|всего|всей|целого)$/iu;

/** A verb after the quantifier makes it a pronoun: "they all failed", «американцы всё провалили». */
const VERB_FORM = /(?:ed|ing|ли|ла|ло|ть|ет|ит|ют|ят|ут|ат)$/iu;
const ALL = /^(?:all|все|всех|всем|всеми)$/iu;
const BOTH = /^(?:both|two|обе|оба|обеих|обоих|обеим|обеими)$/iu;

const stemOf = (w: string) => w.toLowerCase().replace(/ё/gu, "е").slice(0, 5);

/**
 * "all / every / each / все / каждый" before a common noun the passage gives with no word for a whole before it: the
 * claim widens what the passage says to every one of it. A name (capitalised, or with 's) is read past, not taken
 * as the noun ("all US policies": "policies"). The quantifier as typed, or null.
 */
export function addedWhole(claim: string, passage: string): ClaimChange | null {
  WHOLE_WORD.lastIndex = 0;
  const passageWords = passage.match(/[\p{L}'’-]+/gu) ?? [];
  for (const m of claim.matchAll(WHOLE_WORD)) {
    const after = claim.slice(m.index + m[0].length, m.index + m[0].length + 80).match(/[\p{L}'’-]+/gu) ?? [];
    if (after.length === 0 || NO_WHOLE_AFTER.test(after[0]!)) continue;
    // "all the civilians dying": chat for "so many", no whole of a thing the passage counts.
    if (/^all$/iu.test(m[1]!) && /^the$/iu.test(after[0]!)) continue;
    const window = after.slice(0, 4);
    const noun = window.find(
      (w) =>
        !BETWEEN.test(w) && !/^\p{Lu}/u.test(w) && !/['’]s$/u.test(w) && !VERB_FORM.test(w) && w.length >= 4,
    );
    if (noun === undefined) continue;
    const stem = stemOf(noun);
    const at = passageWords.findIndex((w) => stemOf(w) === stem);
    if (at < 0) continue;
    // A word read past before the noun that the passage quantifies itself ("every party's interests" of "… of all
    // parties").
    const wholeOf = (i: number) =>
      passageWords.slice(Math.max(0, i - 3), i).find((w) => PASSAGE_WHOLE.test(w));
    const quantified = window.slice(0, window.indexOf(noun)).some((w) => {
      if (w.length < 4) return false;
      const ws = stemOf(w).slice(0, 4);
      return passageWords.some((p, i) => stemOf(p).startsWith(ws) && wholeOf(i) !== undefined);
    });
    if (quantified) continue;
    const whole = wholeOf(at);
    if (whole === undefined) return { kind: "added", claimed: m[1]!.toLowerCase(), article: "" };
    // «со всеми сторонами» of «с обеими … сторонами»: all of two is more than two ("each", «каждой» is either one).
    if (ALL.test(m[1]!) && BOTH.test(whole))
      return { kind: "added", claimed: m[1]!.toLowerCase(), article: whole.toLowerCase() };
  }
  return null;
}

/** A claim's cause link: "because (of)", "due to", "since" not of time, «из-за (того, что)», «потому что», «так как». */
const CLAIM_LINK = lean(
  /(?<![\p{L}])(because(?:\s+of)?|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|из-за(?:\s+того,?\s+что)?|потому\s+что|так\s+как|поскольку|благодаря(?:\s+тому,?\s+что)?|вследствие|в\s+силу)(?![\p{L}])/iu,
);
/** The passage's own cause link (the article's "due to", its translation's «в силу»). */
const PASSAGE_LINK = lean(
  /(?<![\p{L}])(?:because(?:\s+of)?|due\s+to|owing\s+to|thanks\s+to|из-за|в\s+силу|благодаря|вследствие|потому\s+что|так\s+как)(?![\p{L}])/iu,
);
/** Words too common to tell one side of a link from the other. */
const COMMON =
  /^(?:that|this|with|from|there|also|have|which|what|their|they|about|также|этого|того|который|которые|есть|него|нему|него)$/iu;

const stemsOf = (text: string) =>
  new Set((text.match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON.test(w)).map((w) => stemOf(w)));
const shared = (a: Set<string>, b: Set<string>) => [...a].filter((s) => b.has(s)).length;

/**
 * The claim's effect and cause against the passage's: the claim's effect lines up with the passage's cause (two
 * words or more, more than with the passage's effect) and its cause with the passage's effect (at least as much as
 * with the passage's cause). "Because of X, Y" / «Из-за X Y» puts the cause first, up to the comma.
 */
export function reversedCause(claim: string, passage: string): ClaimChange | null {
  const link = CLAIM_LINK.exec(claim);
  const theirs = PASSAGE_LINK.exec(passage);
  if (!link || !theirs) return null;
  const before = claim.slice(0, link.index);
  const rest = claim.slice(link.index + link[0].length);
  let effect = before;
  let cause = rest;
  if (before.trim() === "" || /^\p{L}{0,12}[,\s]*$/u.test(before.trim())) {
    const comma = rest.indexOf(",");
    if (comma < 0) return null;
    cause = rest.slice(0, comma);
    effect = `${before} ${rest.slice(comma + 1)}`;
  }
  const passageEffect = stemsOf(passage.slice(0, theirs.index));
  const passageCause = stemsOf(passage.slice(theirs.index + theirs[0].length));
  const e = stemsOf(effect);
  const c = stemsOf(cause);
  const effectAsCause = shared(e, passageCause);
  const causeAsEffect = shared(c, passageEffect);
  if (effectAsCause >= 2 && effectAsCause > shared(e, passageEffect) && causeAsEffect >= 1) {
    if (causeAsEffect >= shared(c, passageCause))
      return { kind: "added", claimed: link[1]!.toLowerCase(), article: theirs[0].toLowerCase() };
  }
  return null;
}
