// A sieve before PrefilteredRegExp's `includes` (perf35): each answer asks ~360 patterns whether one of their
// ~2,100 literals is in the text, nearly all in vain, and each look is a builtin call. A literal inside the text
// brings every pair of adjacent code units it has into the text, so a literal with a pair the text lacks is absent:
// the text's pairs are hashed once into a bit set (kept for the next patterns: a message, its words and rewrites are
// read in turn), each literal keeps a few of its pairs' hashes, and only a literal whose pairs are all there is
// looked for. Exact: it only skips looks that would fail. No regexps here (prefiltered-regexp.ts imports it).

/** Bits in a text's set of pairs: lower-case ASCII pairs hash without collisions (31 apart, 26 letters). */
const WORDS = 64;
const MASK = WORDS * 32 - 1;
/** How many of a literal's pairs it keeps: its first, its last and two between (more filter little more). */
const KEPT = 4;

const pairHash = (a: number, b: number): number => (a * 31 + b) & MASK;

/**
 * A pattern's literals as a sieve: per literal, how many pair hashes follow, then those (0: a one-unit literal,
 * always looked for). Held as a string's code units: ~2,700 patterns keep one, and a small Uint16Array costs its
 * own ArrayBuffer and malloc'd backing store beside it (~0.5 MB in all at the bench's reading, perf-r2-37).
 */
export function literalSieve(literals: readonly string[]): string {
  const out: number[] = [];
  for (const literal of literals) {
    const pairs = literal.length - 1;
    if (pairs <= 0) {
      out.push(0);
      continue;
    }
    const n = Math.min(KEPT, pairs);
    out.push(n);
    for (let k = 0; k < n; k++) {
      const at = n === 1 ? 0 : Math.round((k * (pairs - 1)) / (n - 1));
      out.push(pairHash(literal.charCodeAt(at), literal.charCodeAt(at + 1)));
    }
  }
  let sieve = "";
  for (let i = 0; i < out.length; i += 4096) sieve += String.fromCharCode(...out.slice(i, i + 4096));
  return sieve;
}

/** The last few texts and their pairs' bit sets (WORDS words each, in one array: nothing allocated per text). */
const RING = 8;
const TEXTS: string[] = new Array<string>(RING).fill("");
const SETS = new Int32Array(RING * WORDS);
let next = 0;

/** Where in SETS the bit set of `text`'s pairs starts (made now unless one of the last RING texts). */
function pairsOf(text: string): number {
  for (let i = 0; i < RING; i++) if (TEXTS[i] === text) return i * WORDS;
  const slot = next;
  next = (next + 1) % RING;
  const base = slot * WORDS;
  SETS.fill(0, base, base + WORDS);
  for (let i = 1; i < text.length; i++) {
    const h = pairHash(text.charCodeAt(i - 1), text.charCodeAt(i));
    SETS[base + (h >>> 5)]! |= 1 << (h & 31);
  }
  TEXTS[slot] = text;
  return base;
}

/** Whether one of `literals` (whose sieve is `sieve`) is in `text`: `literals.some((l) => text.includes(l))`. */
export function anyLiteralIn(text: string, literals: readonly string[], sieve: string): boolean {
  const base = pairsOf(text);
  let k = 0;
  for (let i = 0; i < literals.length; i++) {
    const n = sieve.charCodeAt(k++);
    let maybe = true;
    for (let j = 0; j < n; j++) {
      const h = sieve.charCodeAt(k + j);
      if ((SETS[base + (h >>> 5)]! & (1 << (h & 31))) === 0) {
        maybe = false;
        break;
      }
    }
    k += n;
    if (maybe && text.includes(literals[i]!)) return true;
  }
  return false;
}
