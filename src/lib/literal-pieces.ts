// The sets of literals a piece of a regexp pattern stands for, and how pieces combine: what a piece can consume
// (exact strings) and what every match of it contains (required), kept small and cut short so a requirement stays
// cheap to look for. required-literals.ts's reader builds these while it reads the pattern's syntax; split from it
// at the size line (the sets here, the syntax there).

/** What a piece of pattern can consume (exact: one of these strings, null: unknown) and what it requires. */
export interface Piece {
  exact: string[] | null;
  required: string[] | null;
}
export const UNKNOWN: Piece = { exact: null, required: null };
export const EMPTY: Piece = { exact: [""], required: null };
/** At most this many strings in an exact set or a requirement (more: unknown, or none). */
export const MAX_SET = 24;
/** Literals are cut to this many characters (a prefix of a present string is present). */
export const MAX_LENGTH = 16;

/** A requirement's usefulness: longer literals are rarer, fewer of them cheaper to look for. */
const score = (set: string[]): number => Math.min(...set.map((s) => s.length)) * 2 - Math.log2(set.length);

/** The set cut and reduced: no empty string (else null), no string containing another. */
export function asRequired(set: string[] | null): string[] | null {
  if (!set || set.length === 0 || set.length > MAX_SET * 8 || set.includes("")) return null;
  // Too many: cut shorter (down to 3 characters), so that literals with a common start become one.
  for (let length = MAX_LENGTH; length >= 3; length = length > 6 ? 6 : length - 1) {
    const cut = [...new Set(set.map((s) => s.slice(0, length)))].sort((a, b) => a.length - b.length);
    const kept = cut.filter((s, i) => !cut.slice(0, i).some((t) => s.includes(t)));
    if (kept.length <= MAX_SET) return kept;
    if (length <= 3) return null;
  }
  return null;
}

export const better = (a: string[] | null, b: string[] | null): string[] | null =>
  !a ? b : !b ? a : score(b) > score(a) ? b : a;

export function cross(a: string[], b: string[]): string[] | null {
  if (b.length === 1) return a.map((x) => x + b[0]); // a's strings stay distinct
  if (a.length * b.length > MAX_SET) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** The longest string all of the strings end with. */
export function commonEnd(strings: string[]): string {
  let end = strings[0]!;
  for (const s of strings) while (!s.endsWith(end)) end = end.slice(1);
  return end;
}
