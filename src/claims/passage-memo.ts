// What a reader reads on the passage alone, kept by the passage's text: the readers of structure.ts run their
// patterns on the passage of every claim, and the passages are the article's few hundred spans (both languages),
// so each pattern's result on a passage is worked out once, not once per claim. Bounded: past the limit (texts
// that are no span of the article), read afresh. A kept result is shared: its readers only read it.

/** More than the article's spans in both languages (~240). */
const PASSAGES_KEPT = 1_000;

/** `read`, kept per passage text. */
export function perPassage<T>(read: (passage: string) => T): (passage: string) => T {
  const kept = new Map<string, T>();
  return (passage) => {
    if (kept.has(passage)) return kept.get(passage) as T;
    const value = read(passage);
    if (kept.size < PASSAGES_KEPT) kept.set(passage, value);
    return value;
  };
}
