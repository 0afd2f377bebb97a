// The common Russian words' stems, the store the dictionary's rules (dictionary.ts) ask: the lemmas of the Hunspell
// Russian dictionary (dictionary-ru, 146k entries) in lower case, names being written with a capital, as Snowball
// stems, so any form of a lemma counts; and its abbreviations (нато, снг). The stems are worked out ahead
// (lexicons/ru-common-words.txt.gz, npm run ru:words), loaded on first use, and kept front-coded one byte a letter.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { projectRoot } from "../../lib/project-root.js";

export const COMMON_WORDS_FILE = resolve(projectRoot(), "lexicons", "ru-common-words.txt.gz");

interface CommonWords {
  header: string;
  /**
   * The sorted stems one byte a letter (oneByte), front-coded in blocks of STEMS_PER_BLOCK: each stem is the length
   * of the start it shares with the one before (a char code; 0 at a block's head), the rest of it, then "\n".
   * Half the text of the stems written out, and one offset a block instead of one a stem (perf34b: 1,121 KB ->
   * ~380 KB); a JS string of Cyrillic would hold two bytes a letter.
   */
  coded: string;
  /** Where each block starts in `coded` (one past the last: its length). */
  blockStarts: Uint32Array;
  /** How many stems. */
  count: number;
  /** The stems as the file has them, in Cyrillic (made on each read: for checks, not for lookups). */
  readonly text: string;
  abbreviations: Set<string>;
}

/** Stems per block of the front-coded list: a look-up reads at most this many past the block's head. */
const STEMS_PER_BLOCK = 16;

/** Cyrillic (U+0400–U+047F) moved to U+0080–U+00FF, ASCII kept: order kept, and a string of them is one byte a char. */
const ONE_BYTE_SHIFT = 0x380;

/** `word` one byte a letter, as the stems are kept; null when it has a letter no stem has (so it is no stem). */
function oneByte(word: string): string | null {
  const bytes = Buffer.allocUnsafe(word.length);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) bytes[i] = c;
    else if (c >= 0x400 && c < 0x480) bytes[i] = c - ONE_BYTE_SHIFT;
    else return null;
  }
  return bytes.toString("latin1");
}

let words: CommonWords | null = null;

export function loadCommonWords(file = COMMON_WORDS_FILE): CommonWords {
  // Each part its own string: a slice of one string of the whole file would keep all of it (two bytes a letter).
  const all = gunzipSync(readFileSync(file));
  const headerEnd = all.indexOf("\n");
  const abbreviationsEnd = all.indexOf("\n", headerEnd + 1);
  const oneByteText = oneByte(all.toString("utf8", abbreviationsEnd + 1));
  if (oneByteText === null) throw new Error(`${file}: a stem has a letter outside Cyrillic and ASCII`);
  const { coded, blockStarts, count } = frontCoded(oneByteText.split("\n").slice(0, -1));
  return {
    header: all.toString("utf8", 0, headerEnd),
    coded,
    blockStarts,
    count,
    get text() {
      return decoded(coded).replace(/[\u0080-\u00ff]/g, (c) =>
        String.fromCharCode(c.charCodeAt(0) + ONE_BYTE_SHIFT),
      );
    },
    abbreviations: new Set(all.toString("utf8", headerEnd + 1, abbreviationsEnd).split(" ")),
  };
}

/** The sorted stems front-coded (CommonWords.coded), with where each block starts. */
function frontCoded(stems: string[]): { coded: string; blockStarts: Uint32Array; count: number } {
  const parts: string[] = [];
  const blockStarts = new Uint32Array(Math.ceil(stems.length / STEMS_PER_BLOCK) + 1);
  let at = 0;
  stems.forEach((stem, i) => {
    let shared = 0;
    if (i % STEMS_PER_BLOCK === 0) blockStarts[i / STEMS_PER_BLOCK] = at;
    else {
      const before = stems[i - 1]!;
      while (shared < before.length && shared < stem.length && before[shared] === stem[shared]) shared++;
    }
    const part = `${String.fromCharCode(shared)}${stem.slice(shared)}\n`;
    parts.push(part);
    at += part.length;
  });
  blockStarts[blockStarts.length - 1] = at;
  // Held one byte a letter: every part is (a shared length under 0x100, letters in U+0000-U+00FF).
  return {
    coded: Buffer.from(parts.join(""), "latin1").toString("latin1"),
    blockStarts,
    count: stems.length,
  };
}

/** The stems of a front-coded list written out, each followed by "\n" (one byte a letter, as coded). */
function decoded(coded: string): string {
  const out: string[] = [];
  let last = "";
  for (let at = 0; at < coded.length; ) {
    const end = coded.indexOf("\n", at + 1);
    last = last.slice(0, coded.charCodeAt(at)) + coded.slice(at + 1, end);
    out.push(last);
    at = end + 1;
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}

function common(): CommonWords {
  words ??= loadCommonWords();
  return words;
}

/** Whether `cyrillic` is one of the common words' stems (exported for its test). */
export function hasStem(cyrillic: string): boolean {
  const { coded, blockStarts } = common();
  // Compared letter by letter as oneByte would write it, with no string made per look-up (a hot path: every
  // unknown word of every question asks).
  for (let i = 0; i < cyrillic.length; i++) {
    const c = cyrillic.charCodeAt(i);
    if (c >= 0x80 && (c < 0x400 || c >= 0x480)) return false;
  }
  // The last block whose head is before `cyrillic` (none: it is before every stem).
  let lo = 0;
  let hi = blockStarts.length - 2;
  let block = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareHead(coded, blockStarts[mid]! + 1, cyrillic);
    if (order === 0) return true;
    if (order < 0) {
      block = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (block < 0) return false;
  // Through the block in order, each stem read as it is compared: `shared` is how much of `cyrillic` the stem
  // before starts with (that stem being before it). A stem that keeps more of the one before is before `cyrillic`
  // too; one that keeps less is after it.
  let at = blockStarts[block]! + 1;
  let shared = 0;
  for (let letter = coded.charCodeAt(at); letter !== NEWLINE; letter = coded.charCodeAt(at + shared)) {
    if (letter !== oneByteCode(cyrillic.charCodeAt(shared))) break;
    shared++;
  }
  at = coded.indexOf("\n", at + shared) + 1;
  const blockEnd = blockStarts[block + 1]!;
  while (at < blockEnd) {
    const kept = coded.charCodeAt(at++);
    if (kept < shared) return false;
    if (kept === shared) {
      for (let i = shared; ; i++, at++) {
        const letter = coded.charCodeAt(at);
        if (letter === NEWLINE) {
          if (i === cyrillic.length) return true;
          shared = i;
          break;
        }
        if (i === cyrillic.length) return false;
        const diff = letter - oneByteCode(cyrillic.charCodeAt(i));
        if (diff > 0) return false;
        if (diff < 0) {
          shared = i;
          break;
        }
      }
    }
    while (coded.charCodeAt(at) !== NEWLINE) at++;
    at++;
  }
  return false;
}

const NEWLINE = 0x0a;

/** Code unit `c` of a Cyrillic or ASCII text as oneByte writes it (NaN, read past the end, matches no letter). */
function oneByteCode(c: number): number {
  return c < 0x80 ? c : c - ONE_BYTE_SHIFT;
}

/** The order of the stem written out from `from` to its "\n" against `cyrillic` one byte a letter (as `<` orders). */
function compareHead(coded: string, from: number, cyrillic: string): number {
  for (let i = 0; ; i++) {
    const letter = coded.charCodeAt(from + i);
    if (letter === NEWLINE) return i === cyrillic.length ? 0 : -1;
    if (i === cyrillic.length) return 1;
    const diff = letter - oneByteCode(cyrillic.charCodeAt(i));
    if (diff !== 0) return diff;
  }
}

/** Whether the dictionary knows the word as an abbreviation, a name in capitals (нато, снг): never a typo. */
export function isRussianAbbreviation(word: string): boolean {
  return common().abbreviations.has(word);
}
