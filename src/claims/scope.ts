// A restriction the passage does not make: "only", "solely", "только", "лишь" before one member (or "alone" after it) of a pair the
// passage joins with "and" / "и" ("casualties in Israel and the Gaza Strip" → "only … in the Gaza Strip"): the
// claim keeps one member and says there is no other, an alteration however well its words line up.
import type { Token } from "../answering/lexicon.js";
import { compiledRegExp } from "../lib/compiled-regexp.js";
import type { Word } from "./claim-words.js";
import { backedPairs, type Pair } from "./match.js";
import type { ClaimChange } from "./types.js";

/** Words that restrict what follows them to itself ("the only" and a final "only" are read as "sole", "solely"). */
const RESTRICTORS = new Set([
  "only",
  "solely",
  "sole",
  "just",
  "exclusively",
  "merely",
  "purely",
  "только",
  "лишь",
  "исключительно",
  "единственно",
  "сугубо",
]);
/** Restricting words that stand after the member they keep: "with Israelis alone". */
const AFTER_ONLY = new Set(["alone"]);
/** "not only", "не только": the opposite of a restriction; "a just solution", "lasting and just": an adjective. */
const NOT_BEFORE = new Set(["not", "не"]);
const ADJECTIVE_BEFORE = new Set(["a", "an", "the", "and", "or", "more", "most"]);
const COORDINATORS = new Set(["and", "или", "or", "и"]);
/** How far after the restricting word the member it keeps may stand (tokens): the restriction scopes over it. */
const SCOPE = 6;

/**
 * The member of the passage's "A and B" the claim drops, when a restricting word of the claim stands just before
 * (or right after) the member it keeps and nothing of the claim lines up with the other. `claimTokens`/`spanTokensOf`:
 * the token lists the claim's and the passage's words were read from (`Word.at` indexes them; the passage's read
 * only when the claim restricts, as most claims do not); `spanText` the passage's text they were read from.
 */
export function droppedCoordinate(
  claimTokens: Token[],
  pairs: Pair[],
  spanTokensOf: () => Token[],
  spanWords: Word[],
  spanText: string,
): ClaimChange | null {
  const restrictions = claimTokens.flatMap((t, i) =>
    (RESTRICTORS.has(t.surface) || AFTER_ONLY.has(t.surface)) &&
    !NOT_BEFORE.has(claimTokens[i - 1]?.surface ?? "") &&
    !(t.surface === "just" && ADJECTIVE_BEFORE.has(claimTokens[i - 1]?.surface ?? ""))
      ? [i]
      : [],
  );
  if (restrictions.length === 0) return null;
  const spanTokens = spanTokensOf();
  const lined = backedPairs(pairs);
  const linedWith = (w: Word) => lined.find((p) => p.span!.at === w.at && p.span!.term === w.term);
  const claimTerms = new Set(pairs.map((p) => p.claim.term));
  const wordAt = (at: number) => spanWords.find((w) => w.at === at && w.weight > 0);
  for (const [k, t] of spanTokens.entries()) {
    if (!COORDINATORS.has(t.surface)) continue;
    const left = wordAt(k - 1);
    const right = wordAt(k + 1);
    // A clause that opens with the list's last member ("and the European Union, Russia has been …"): the
    // members before it stand in the sentence, outside the passage, and none of them is kept.
    if (k === 0 && right?.entity) {
      const keptPair = linedWith(right);
      const at = keptPair?.claim.at ?? -1;
      if (keptPair && restrictions.some((r) => (r < at && at - r <= SCOPE) || r === at + 1))
        return {
          kind: "replaced",
          claimed: `${claimTokens[restrictions[0]!]!.surface} ${keptPair.claim.surface}`,
          article: `… ${t.surface} ${right.surface}`,
        };
    }
    if (!left || !right) continue;
    // "comprehensive and inclusive approaches": two modifiers of one head the claim keeps; "only inclusive
    // approaches" says which approaches, not that they are inclusive and nothing else.
    const head = wordAt(k + 2);
    if (head && linedWith(head) && !punctuatedAfter(spanText, right.surface)) continue;
    // "the US, the United Nations, and the European Union": every name of a list of names, not only the two
    // around its "and" (the names stand next to each other among the tokens; commas are not tokens).
    const members = [right, left];
    for (let j = left.at - 1; left.entity && right.entity; j--) {
      const before = wordAt(j);
      if (!before?.entity) break;
      members.push(before);
    }
    const dropped = members.find((m) => !linedWith(m) && !claimTerms.has(m.term));
    if (!dropped) continue;
    for (const kept of members) {
      const keptPair = linedWith(kept);
      if (!keptPair) continue;
      const at = keptPair.claim.at;
      const scoped = restrictions.some(
        (r) => (r < at && at - r <= SCOPE && !AFTER_ONLY.has(claimTokens[r]!.surface)) || r === at + 1,
      );
      if (scoped)
        return {
          kind: "replaced",
          claimed: `${claimTokens[restrictions[0]!]!.surface} ${keptPair.claim.surface}`,
          article: members
            .slice(1)
            .reverse()
            .map((m) => m.surface)
            .join(", ")
            .concat(` ${t.surface} ${right.surface}`),
        };
    }
  }
  return null;
}

/** A comma or stop right after the word in the text: what follows is no head it shares with the word before. */
function punctuatedAfter(text: string, surface: string): boolean {
  const word = surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  return compiledRegExp(`${word}\\s*[,;:.!?]`, "iu").test(text);
}

/** Words that make a statement hold at every time: "Putin always blames …" of one remark. */
const EVERY_TIME =
  /(?:^|[^\p{L}])(always|constantly|invariably|forever|continually|(?:every|each)\s+(?:single\s+)?time|whenever|всегда|постоянно|неизменно|вечно|каждый\s+раз|всякий\s+раз)(?=$|[^\p{L}])/iu;

/**
 * "Putin always blames the United States …" of a passage that reports one remark: a claim that makes the
 * passage's statement hold at all times says more than it does, an alteration however well its words line up.
 * Negated too ("not always"): a hedge the passage does not make either. The whole claim is read, its frame too
 * ("The Foreign Ministry always stresses …"); null when the passage says it as well.
 */
export function addedEveryTime(claim: string, spanText: string): ClaimChange | null {
  const word = EVERY_TIME.exec(claim)?.[1];
  if (word === undefined || EVERY_TIME.test(spanText)) return null;
  return { kind: "added", claimed: word.toLowerCase(), article: "" };
}

/** The passage's "including X", "включая X", "в том числе X": one member named out of a group it stands in. */
const INCLUDING =
  /(?:^|[^\p{L}])(?:including|among them|включая|в\s+том\s+числе(?:\s+и)?)\s+(?:the\s+)?(\p{L}+)/giu;

/**
 * "The Kremlin talks only to Hamas" of "ties with the Palestinians, including Hamas": the claim restricts to the
 * one member the passage names as included in a group, saying there is no other; an alteration.
 */
export function narrowedToIncluded(claim: string, spanText: string): ClaimChange | null {
  const words = claim.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  // No "only" in the claim, nothing to find: the passage is not scanned (a claim check's hot path).
  if (!words.some((w) => RESTRICTORS.has(w))) return null;
  for (const m of spanText.matchAll(INCLUDING)) {
    const member = m[1]!.toLowerCase();
    const stem = member.slice(0, Math.max(4, member.length - 2));
    for (const [i, w] of words.entries()) {
      if (!RESTRICTORS.has(w) || NOT_BEFORE.has(words[i - 1] ?? "")) continue;
      const kept = words.slice(i + 1, i + 1 + SCOPE).find((x) => x.startsWith(stem));
      if (kept) return { kind: "replaced", claimed: `${w} ${kept}`, article: `${m[0].trim()}` };
    }
  }
  return null;
}

/** A restriction change ("only Hamas") of droppedCoordinate or narrowedToIncluded, or "only" against "both". */
export function isRestriction(change: ClaimChange): boolean {
  // "only" against the passage's "both" (an opposite pair of opposites.ts) restricts as well, and so does an "only"
  // read as a side the passage takes none of ("связь только с …" of "with both warring sides").
  return (
    (change.kind === "replaced" || change.kind === "opposite" || change.kind === "stance") &&
    RESTRICTORS.has(change.claimed.split(" ")[0] ?? "")
  );
}
