// A generic guard against new kinds of false confirmation. Every fresh wave of claims found a word the checker's
// readers did not know ("short-lived" ties for "long-standing" ones, the "benefits" of failed policies for their
// "consequences"): the rest of the claim lines up, so it read as a paraphrase. Whatever the word, the claim has
// one of its own standing in the very slot of a thing or quality the passage names: its neighbours on both sides
// line up with the passage's, and between those the passage has a noun (after "the", "its"…) or an adjective the
// claim backs nowhere. Paraphrases reword verbs freely ("set up" for "establish", "shows" for "highlights"), so a
// verb's slot is left to the opposite pairs; a thing or quality swapped inside a lined-up run names another.
import type { Word } from "./claim-words.js";
import type { Pair } from "./match.js";
import type { ClaimChange } from "./types.js";
import type { ClaimVocabulary } from "./vocabulary.js";

/** Words before a noun: a word right after one of them names a thing ("the consequences of …"). */
const DETERMINER = "(?:^|[^\\p{L}])(?:the|a|an|its|their|his|her|our|this|these|those|all|both)\\s+";

/** The word (letters, hyphens, spaces) stands right after a determiner in the text. */
function afterDeterminer(text: string, word: string): boolean {
  const escaped = word.replace(/[^\p{L}\s]/gu, ".").replace(/\s+/g, "\\s+");
  return new RegExp(`${DETERMINER}${escaped}(?!\\p{L})`, "iu").test(text);
}

/**
 * A content word of the claim nothing in the passage backs, standing between two lined-up neighbours whose passage
 * words have just one word between them, a noun or adjective the claim backs nowhere and no synonym of the claim's
 * word: "replaced". English only (the words of degree and WordNet senses are English).
 */
export function slotSwapped(
  pairs: readonly Pair[],
  span: readonly Word[],
  /** The claim as typed and the passage's clause: whether a word stands after a determiner is read on them. */
  text: string,
  clause: string,
  vocabulary: ClaimVocabulary,
): ClaimChange | null {
  const ordered = pairs.filter((p) => p.claim.at >= 0).sort((a, b) => a.claim.at - b.claim.at);
  const backing = new Set(pairs.flatMap((p) => (p.span ? [p.span] : [])));
  for (let i = 1; i + 1 < ordered.length; i++) {
    const found = swappedAt(ordered, i, 1, span, backing, text, clause, vocabulary);
    if (found) return found;
  }
  // Two words of the claim's own in a two-word slot: "the major powers involved" for "all parties involved".
  for (let i = 1; i + 2 < ordered.length; i++) {
    const found = swappedAt(ordered, i, 2, span, backing, text, clause, vocabulary);
    if (found) return found;
  }
  return tailSwapped(ordered, span, backing, text, clause, vocabulary);
}

/**
 * The claim's last word of its own at the very end, where the passage ends on another thing after the same
 * lined-up word: "contribute to reaching a ceasefire" for "… reaching a settlement", "facilitate … elections" for
 * "… negotiations". Both must close their sentence, and the passage's word must be a noun after a determiner or
 * an adjective-free end of a lined-up run, with no synonym of the claim's word.
 */
function tailSwapped(
  ordered: readonly Pair[],
  span: readonly Word[],
  backing: ReadonlySet<Word>,
  text: string,
  clause: string,
  vocabulary: ClaimVocabulary,
): ClaimChange | null {
  const content = ordered.filter((p) => p.claim.weight > 0);
  if (content.length < 3) return null;
  const last = content[content.length - 1]!;
  const before = content[content.length - 2]!;
  const claim = last.claim;
  if (last.span !== null || claim.entity || claim.negated || !/^[a-z][a-z'-]*$/.test(claim.surface))
    return null;
  const lined = content.slice(0, -1).filter((p) => p.span).length;
  if (!before.span || before.flipped || lined < 2) return null;
  if (!endsText(text, claim.surface)) return null;
  const after = span.filter((w) => w.at > before.span!.at && w.weight > 0);
  const slot = after[after.length - 1];
  if (!slot || backing.has(slot) || slot.entity || slot.negated) return null;
  if (vocabulary.synonym(claim, slot) || !endsText(clause, slot.surface)) return null;
  // The passage's one word after the lined-up run; or, a short claim, its last thing named after a determiner
  // where the claim names another thing of the knowledge base ("help find a ceasefire" for "… a settlement").
  const near = after.length === 1 && slot.at - before.span.at <= 2 && lined >= 3;
  const things =
    claim.term.startsWith("=") &&
    slot.term.startsWith("=") &&
    after.length <= 2 &&
    slot.at - before.span.at <= 3 &&
    afterDeterminer(text, claim.surface) &&
    afterDeterminer(clause, slot.surface);
  if (!near && !things) return null;
  return { kind: "replaced", claimed: claim.surface, article: slot.surface };
}

/** A Russian adjective by its ending ("мировых" державах, "региональных" игроков): Russian has no determiners. */
function russianAdjective(word: string): boolean {
  return /^[а-яё-]{4,}(?:ых|их|ого|его|ому|ему|ой|ей|ые|ие|ый|ий|ая|яя|ое|ее|ую|юю|ым|им)$/iu.test(word);
}

/** The word closes the text (a full stop, a question mark or quotes may follow). */
function endsText(text: string, word: string): boolean {
  const escaped = word.replace(/[^\p{L}\s]/gu, ".").replace(/\s+/g, "\\s+");
  return new RegExp(`(?<!\\p{L})${escaped}[\\s.!?"'”»…]*$`, "iu").test(text);
}

/** The claim's run of `length` unbacked words from `i` replaces as many passage words between lined-up ones. */
function swappedAt(
  ordered: readonly Pair[],
  i: number,
  length: number,
  span: readonly Word[],
  backing: ReadonlySet<Word>,
  text: string,
  clause: string,
  vocabulary: ClaimVocabulary,
): ClaimChange | null {
  const run = ordered.slice(i, i + length);
  for (const p of run) {
    if (p.span !== null || p.claim.weight <= 0 || p.claim.entity || p.claim.negated) return null;
    if (!/^(?:[a-z][a-z'-]*|[а-яё][а-яё-]*)$/.test(p.claim.surface)) return null;
  }
  if (run.some((p, k) => k > 0 && p.claim.at !== run[k - 1]!.claim.at + 1)) return null;
  const before = ordered[i - 1]!;
  const after = ordered[i + length]!;
  if (!before.span || !after.span || before.flipped || after.flipped) return null;
  const between = span.filter((w) => w.at > before.span!.at && w.at < after.span!.at);
  // A phrase token of the passage holds as many words ("региональных игроков" for "мировых держав").
  const words = between.reduce((n, w) => n + w.surface.split(/\s+/).length, 0);
  if ((between.length !== length && words !== length) || after.span.at - before.span.at > 2 + length)
    return null;
  // A small word of the slot ("all" parties) is no thing itself; the slot needs one that is.
  const content = length === 1 ? between : between.filter((w) => w.weight > 0);
  if (content.length === 0) return null;
  for (const slot of content) {
    if (backing.has(slot) || slot.weight <= 0 || slot.entity) return null;
    if (run.some((p) => vocabulary.synonym(p.claim, slot))) return null;
  }
  const first = run[0]!.claim.surface;
  const named =
    content.some((slot) => vocabulary.adjective(slot)) ||
    (afterDeterminer(text, first) && afterDeterminer(clause, content[0]!.surface)) ||
    (russianAdjective(first) && russianAdjective(between[0]!.surface.split(/\s+/)[0]!));
  if (!named) return null;
  return {
    kind: "replaced",
    claimed: run.map((p) => p.claim.surface).join(" "),
    article: between.map((w) => w.surface).join(" "),
  };
}
