// An unbacked word that blocks a paraphrase (claims27). A claim that lines up with its passage well enough to match
// was a paraphrase whatever its other words were, so long as no reader named a change: "the quartet was made up of
// russia, CHINA, the US and the EU" (a member added to the list the article gives in full), "путин обвинил
// вашингтон в том что тот УСТРАНИЛСЯ от мирного процесса" (withdrew, where the passage says monopolizes) were
// confirmed. Two unbacked words are no rewording: a name (a member of a list whose other members line up, or a
// capitalised name the passage does not give), and the claim's own word in the slot of the passage's main predicate
// (its rarest word, between the same lined-up neighbours). Either makes the claim altered, naming the word.

import { compiledRegExp } from "../lib/compiled-regexp.js";
import type { Word } from "./claim-words.js";
import type { Pair } from "./match.js";
import { namesPassagePlace } from "./place-adjective.js";
import { replacedPredicate } from "./replaced-predicate.js";
import { CAUSE_LINK } from "./replaced-words.js";
import { replacedRussianPredicate } from "./russian-predicate.js";
import type { ClaimChange } from "./types.js";
import type { ClaimVocabulary } from "./vocabulary.js";

/**
 * The change an unbacked name or predicate makes on a matched claim, or null when every unbacked word may reword.
 * `clause`: the passage's text (English, or its Russian translation); `article`: the whole article in that language.
 */
export function unbackedCore(
  pairs: readonly Pair[],
  span: readonly Word[],
  text: string,
  clause: string,
  article: string,
  vocabulary: ClaimVocabulary,
): ClaimChange | null {
  const ordered = pairs
    .filter((p) => p.claim.at >= 0 && p.claim.weight > 0)
    .sort((a, b) => a.claim.at - b.claim.at);
  return (
    addedName(ordered, text, article) ??
    groundSwapped(ordered, span, clause, vocabulary) ??
    replacedPredicate(pairs, ordered, span, text, clause, vocabulary, (w) => unknownName(w, article)) ??
    replacedRussianPredicate(ordered, span, text, vocabulary, (w) => unknownName(w, article))
  );
}

/** A list's joint: a comma, "and", "or", "и", "или" (a comma may come before the word). */
const JOINT = "(?:,\\s*(?:(?:and|or|и|или)\\s+)?|\\s+(?:and|or|и|или)\\s+)(?:the\\s+)?";
const AND_JOINT = "(?:,?\\s+(?:and|or|и|или)\\s+)(?:the\\s+)?";

/**
 * A claim word nothing backs, a name the article gives in no form (not "Turkey" of "Turkish", not "Путина"): a
 * capitalised name, or any word standing in a list among names that line up ("russia, china, the US", "… the UN
 * and japan"): a member added or swapped.
 */
function addedName(ordered: readonly Pair[], text: string, article: string): ClaimChange | null {
  for (const [i, p] of ordered.entries()) {
    if (p.span !== null || p.claim.negated) continue;
    const member = (n: Pair | undefined) => !!n?.span && n.claim.entity && !n.flipped;
    const before = ordered[i - 1];
    const after = ordered[i + 1];
    // Its neighbours' own words may be read otherwise ("US" → usa): the joints are read on the word itself.
    const listed =
      member(before) &&
      (joinedAround(text, p.claim.surface, AND_JOINT, "") ||
        (member(after) && joinedAround(text, p.claim.surface, JOINT, JOINT)));
    if ((p.claim.entity || listed) && unknownName(p.claim.surface, article))
      return { kind: "added", claimed: p.claim.surface, article: "" };
  }
  return null;
}

/** The word stands in the text after a list's joint (`before`) and, when one is given, before another (`after`). */
function joinedAround(text: string, word: string, before: string, after: string): boolean {
  const escaped = word.replace(/[^\p{L}\s]/gu, ".").replace(/\s+/g, "\\s+");
  const tail = after === "" ? "(?!\\p{L})" : `(?:['’]s)?${after}\\p{L}`;
  return compiledRegExp(`\\p{L}(?:['’]s)?${before}${escaped}${tail}`, "iu").test(text);
}

/** Lower-cased words of an article text, kept per text (two texts: the English article and its translation). */
const articleWords = new Map<string, readonly string[]>();

/**
 * No word of the article begins as the name does, its ending aside ("Turkey" of "Turkish", "Путина" of "Путин",
 * "Китаем" of nothing): a party the article never names.
 */
function unknownName(surface: string, article: string): boolean {
  let words = articleWords.get(article);
  if (words === undefined) {
    words = [...new Set(article.toLowerCase().match(/\p{L}+/gu) ?? [])];
    if (articleWords.size < 4) articleWords.set(article, words);
  }
  return (surface.toLowerCase().match(/\p{L}+/gu) ?? []).every((part) => {
    const head = part.slice(0, Math.max(4, part.length - 2));
    return !words.some((w) => w.startsWith(head));
  });
}

/** The passage's ground of a blame: "criticizes Washington for monopolizing", "критикует … за монополизацию". */
const GROUND = "(?:for|of|за|в)\\s+(?:(?:its|their|his|her|the|его|их)\\s+)?";

/**
 * The claim's one word of its own between two lined-up neighbours, where the passage has between theirs one word
 * it backs nowhere, the ground a blame names ("for monopolizing", "за монополизацию"), no synonym of the claim's:
 * the claim blames the same party for another deed ("abandoning", "устранился").
 */
function groundSwapped(
  ordered: readonly Pair[],
  span: readonly Word[],
  clause: string,
  vocabulary: ClaimVocabulary,
): ClaimChange | null {
  const backing = new Set(ordered.flatMap((p) => (p.span ? [p.span] : [])));
  for (let i = 1; i + 1 < ordered.length; i++) {
    const own = ordered[i]!;
    const before = ordered[i - 1]!;
    const after = ordered[i + 1]!;
    // A link of cause is no ground of its own: "blames America because its policy …" (claims35).
    if (own.claim.entity || own.claim.negated || CAUSE_LINK.has(own.claim.surface.toLowerCase())) continue;
    if (!before.span || !after.span || before.flipped || after.flipped) continue;
    // An adjective of a place the passage names (claims-r2-35): «ближневосточная политика» of «… на Ближнем Востоке».
    if (namesPassagePlace(own.claim.surface, clause)) continue;
    // Backed, but by a word outside the slot: "for neglecting peace efforts" of "… without considering compromises".
    if (own.span !== null && own.span.at > before.span.at && own.span.at < after.span.at) continue;
    const between = span.filter((w) => w.at > before.span!.at && w.at < after.span!.at && w.weight > 0);
    if (between.length !== 1) continue;
    const slot = between[0]!;
    if (backing.has(slot) || slot.entity || slot.negated || vocabulary.synonym(own.claim, slot)) continue;
    if (!BLAME.test(clause) || !joinedAround(clause, slot.surface, `[\\s,]+${GROUND}`, "")) continue;
    return { kind: "replaced", claimed: own.claim.surface, article: slot.surface };
  }
  return null;
}

/** A verb or noun of blame in the passage: the word after its object is what it blames them for. */
const BLAME = /(?<!\p{L})(?:criticiz|criticis|blam|accus|fault|critici|критику|обвин|упрек|упрёк|вин[уеа])/iu;
