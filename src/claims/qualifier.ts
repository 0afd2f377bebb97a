// A qualifier the passage does not give, added to words that otherwise line up: "Putin had a VIDEO call with
// Erdogan" (a phone call), "Russia has been the LEADER of the Quartet" (part of it), "the interests of the MAIN
// parties" (all parties), "Путин ВСЕГДА признавал …", "для СКОРОГО … урегулирования" (lasting). Each such word was
// one unbacked word among many, so the claim read as a paraphrase; a medium, a rank or role, a time, a degree or
// a share of the whole the passage does not back changes what it reports. Read on the claim's unbacked words
// against the passage's whole paragraph (English, or the Russian translations of its sentences): a word the
// paragraph has in any form ("the Russian leader" in ¶2) is the passage's own, not added.
import type { Pair } from "./match.js";
import type { ClaimChange } from "./types.js";

/**
 * English qualifiers, as stems a claim word begins with: medium (video), rank and role (leader, head), time and
 * frequency (always, first), degree and share (main, only, partial), manner (personally, officially), reach
 * (global).
 */
const ENGLISH = [
  "video",
  "virtual",
  "online",
  "televis",
  "televised",
  "leader",
  "leading",
  "head",
  "chair",
  "founder",
  "founding",
  "sponsor",
  "main",
  "principal",
  "primary",
  "chief",
  "sole",
  "key",
  "major",
  "minor",
  "first",
  "always",
  "repeatedly",
  "constantly",
  "frequently",
  "regularly",
  "personally",
  "officially",
  "formally",
  "secret",
  "private",
  "exclusive",
  "global",
  "worldwide",
  "partial",
  "quick",
  "swift",
  "rapid",
  "immediate",
  "urgent",
  "speedy",
  "fast",
  "temporary",
  "permanent",
  "final",
];

/** Russian stems (a claim word in any case begins with one): the same classes. */
const RUSSIAN = [
  "видео",
  "онлайн",
  "виртуальн",
  "телевиз",
  "лидер",
  "ведущ",
  "глав",
  "председател",
  "основател",
  "основн",
  "главн",
  "ключев",
  "единствен",
  "перв",
  "всегда",
  "постоянно",
  "неоднократно",
  "регулярно",
  "часто",
  "лично",
  "официальн",
  "тайн",
  "секретн",
  "глобальн",
  "всемирн",
  "частичн",
  "скор",
  "быстр",
  "временн",
  "некоторы",
  "большинств",
];

/** The first letters a word's forms share, as manner.ts reads them ("лидером", "лидер"; "leaders", "leader"). */
const stemOf = (word: string) => word.slice(0, Math.max(4, word.length - 3));

const fold = (text: string) => text.toLowerCase().replace(/ё/g, "е");

/** The claim word is a qualifier of the class lists: it begins with one of the stems. */
function isQualifier(word: string): boolean {
  if (/\p{Script=Cyrillic}/u.test(word)) return RUSSIAN.some((stem) => word.startsWith(stem));
  // A short English stem is the word itself or its plural ("head", "heads"; not "headlines").
  return ENGLISH.some((stem) =>
    stem.length <= 4 ? word === stem || word === `${stem}s` : word.startsWith(stem),
  );
}

/** The paragraph has a word of the claim word's stem, or the claim word's stem is a compound's ("видеозвонок"). */
function backedIn(paragraphWords: readonly string[], word: string): boolean {
  const stem = stemOf(word);
  return paragraphWords.some((w) => w.startsWith(stem) || stemOf(w) === stem);
}

/**
 * The first claim word the passage does not back that is a qualifier its paragraph has in no form: "added".
 * `pairs`: the claim's words as lined up with the passage; `paragraph`: the passage's whole paragraph.
 */
export function addedQualifier(pairs: readonly Pair[], paragraph: string): ClaimChange | null {
  const words = fold(paragraph).match(/\p{L}+/gu) ?? [];
  for (const p of pairs) {
    if (p.claim.entity || p.claim.negated) continue;
    const word = fold(p.claim.surface);
    if (!isQualifier(word) || backedIn(words, word)) continue;
    // Lined up only through a synonym with a word that is no qualifier ("founding" with "formed"): still added.
    // English only: a Russian claim is held against translations, whose adjectives differ ("срочную"/"острую").
    const english = !/\p{Script=Cyrillic}/u.test(word);
    if (p.span === null || (english && !isQualifier(fold(p.span.surface))))
      return { kind: "added", claimed: p.claim.surface, article: p.span?.surface ?? "" };
  }
  return null;
}

/** Quantifiers over a whole, as the passage writes them before its noun ("all parties", "both warring sides"). */
const WHOLE =
  /(?:^|[^\p{L}])(all|both|every|each)\s+(?:(\p{L}{1,30})\s+)?(parties|sides|players|countries|states)(?=[^\p{L}]|$)/giu;
/** Words a claim puts in a whole's place: another share of it, a rank, a number. */
const SHARES = new Set([
  "all",
  "both",
  "every",
  "each",
  "most",
  "some",
  "certain",
  "several",
  "many",
  "few",
  "main",
  "major",
  "key",
  "principal",
  "primary",
  "chief",
  "particular",
  "specific",
  "select",
  "selected",
  "warring",
  "two",
  "three",
  "one",
  "either",
  "other",
  "leading",
  "relevant",
]);
/** Nouns of the parties to a conflict, one for another ("both parties" of "both sides"). */
const PARTY_NOUNS = new Set(["parties", "sides"]);

/**
 * "the interests … of the MAIN parties" (all parties), "with MOST warring sides" (both): an English claim puts
 * another share, rank or number where the passage quantifies a whole. "added", the claim's word and the passage's
 * quantifier; null when the claim keeps the quantifier or has no such noun.
 */
export function swappedQuantifier(claim: string, passage: string): ClaimChange | null {
  // "all of the warring sides … except one" of "both warring sides": the whole less a part.
  const less = EXCEPT_SOME.exec(fold(claim));
  if (less && fold(passage).match(WHOLE) !== null && !EXCEPT_SOME.test(fold(passage)))
    return { kind: "added", claimed: less[0].trim(), article: "" };
  const claimWords = fold(claim).match(/\p{L}+/gu) ?? [];
  for (const m of fold(passage).matchAll(WHOLE)) {
    const [, quantifier, between, noun] = m;
    for (const [i, w] of claimWords.entries()) {
      // The noun in the singular ("one side", "a single party") narrows the whole to one of it.
      const singular = singularOf(w, noun!);
      if (!singular && w !== noun && !(PARTY_NOUNS.has(w) && PARTY_NOUNS.has(noun!))) continue;
      const before =
        between !== undefined && claimWords[i - 1] === between ? claimWords[i - 2] : claimWords[i - 1];
      // "the two warring sides" is "both warring sides"; "each side", "either side" are every one of them.
      const same =
        before === quantifier ||
        (quantifier === "both" && before === "two") ||
        (singular && (before === "each" || before === "either" || before === "every"));
      if (before !== undefined && !same && (SHARES.has(before) || (singular && ONE.has(before))))
        return { kind: "added", claimed: before, article: quantifier! };
    }
  }
  return null;
}

/** A whole less a part: "except one", "all but two", "save for some". */
const EXCEPT_SOME =
  /(?<!\p{L})(?:except(?:\s+for)?|excluding|save\s+for|all\s+but)\s+(?:one|two|three|some|a\s+few|several)(?!\p{L})/u;

/** Words before a singular noun that make it one of the whole ("one side", "a single party", "only one"). */
const ONE = new Set(["single", "sole", "lone"]);

/** The claim's word is the singular of the passage's plural noun, or of another noun of the parties. */
function singularOf(word: string, noun: string): boolean {
  const plural = word === "party" ? "parties" : `${word}s`;
  return plural === noun || (PARTY_NOUNS.has(plural) && PARTY_NOUNS.has(noun));
}

/** Appends a change when there is one. */
export function pushChange(changes: ClaimChange[], change: ClaimChange | null): void {
  if (change) changes.push(change);
}
