// A word that denies the passage's own word by a privative affix: "бесспорна" (без- + спор) of the article's
// "не обходится без споров" (not without controversy), "неготовности" of "готовность", "needless" of "need". The
// claim's word lines up with nothing (no dictionary knows it as the passage word's opposite), so the rest of the
// claim matched and the claim read as a paraphrase — a polarity swap confirmed. English prefixes are read at the
// alignment (match.ts prefixedOpposite, span-index.ts); this reads the Russian prefixes не-/без-/бес- and the
// English suffix -less on an unbacked claim word. "небесспорно" (two privatives) denies nothing; a "не" before the
// word ("не бесспорно") or a negation on the passage's word turns it back.
import { stemmer } from "stemmer";
import { RUSSIAN } from "../answering/russian/rules.js";
import type { Word } from "./claim-words.js";
import type { Pair } from "./match.js";
import type { ClaimChange } from "./types.js";

/** Russian privative prefixes, longest first: "бес" before "без" is no matter, "не" last. */
const RUSSIAN_PRIVATIVE = /^(?:без|бес|не)(?=\p{L}{4})/u;
/** Two of them: "небесспорно", "небезопасно" — the claim says what the passage says. */
const RUSSIAN_DOUBLE = /^не(?:без|бес)/u;
/**
 * Russian words opening with не-/без-/бес- whose rest is no word denied: "необходимость" (need), "немедленно"
 * (immediately), "несколько", "неделя", "нефть", "нейтральный", "бесед-" (talks), "небо".
 */
const RUSSIAN_NOT_PRIVATIVE =
  /^(?:необход|немедлен|несколь|недел|нефт|нейтрал|бесед|небо|нерв|немец|немц|нес[её]т|нес[лт])/u;
/** English "-less" adjectives and their adverbs and nouns: "needless", "needlessly", "pointlessness". */
const ENGLISH_LESS = /^(\p{L}{3,})less(?:ly|ness)?$/u;
/** Shortest stem the claim's rest and the passage's word may share: "спор" of "спорна" / "споров". */
const MIN_SHARED = 4;

/** The claim word without its privative affix, or null when it has none (or two). */
function restOf(surface: string): { rest: string; russian: boolean } | null {
  const w = surface.toLowerCase().replace(/ё/g, "е");
  if (/\p{Script=Cyrillic}/u.test(w)) {
    if (RUSSIAN_DOUBLE.test(w) || RUSSIAN_NOT_PRIVATIVE.test(w)) return null;
    const m = RUSSIAN_PRIVATIVE.exec(w);
    return m ? { rest: w.slice(m[0].length), russian: true } : null;
  }
  const less = ENGLISH_LESS.exec(w);
  return less ? { rest: less[1]!, russian: false } : null;
}

/** One root: the stems agree, or the shorter (4+ letters) opens the longer ("спорн" / "спор"). */
function sameRoot(rest: string, word: string, russian: boolean): boolean {
  const stem = (x: string) => (russian ? RUSSIAN.stem(x) : stemmer(x));
  const a = stem(rest);
  const b = stem(word.toLowerCase().replace(/ё/g, "е"));
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_SHARED && long.startsWith(short) && long.length - short.length <= 2;
}

/** "небесспорно" of "споров": two privatives before the passage word's own root, which say what it says. */
export function twicePrivativeOf(surface: string, word: string): boolean {
  const w = surface.toLowerCase().replace(/ё/g, "е");
  const m = /^не(?:без|бес)(?=\p{L}{4})/u.exec(w);
  return m !== null && sameRoot(w.slice(m[0].length), word, true);
}

/**
 * The first claim word that is a passage word's root with a privative affix, the passage's word not negated (or
 * both negated): "opposite", the claim's word and the passage's. An unbacked word is held against every passage
 * word; a backed one against its own partner only. Null when there is none.
 */
export function privativeOpposite(pairs: Pair[], spanWords: Word[]): ClaimChange | null {
  for (const p of pairs) {
    const c = p.claim;
    if (c.weight <= 0 || c.entity || p.flipped) continue;
    const read = restOf(c.surface);
    if (!read) continue;
    // Lined up through a synonym group that holds both ("бесспорна" beside "споры" in the Russian list the
    // answering side reads, so that "роль России бесспорна?" finds the controversy): its partner is still the root.
    const candidates = p.span === null ? spanWords : [p.span];
    const hit = candidates.find(
      (s) =>
        !s.entity &&
        s.negated === c.negated &&
        s.parts.length <= 1 &&
        (p.span === null || restOf(s.surface) === null) &&
        sameRoot(read.rest, s.surface, read.russian),
    );
    if (hit) return { kind: "opposite", claimed: c.surface, article: hit.surface };
  }
  return null;
}
