// Known stems in order, to complete a stem the stemmer cut shorter than the knowledge base's forms of the same
// word: Snowball gives "усил" for усилилось but "усилива"/"усилен" for усиливается/усиление. Used for
// inflected languages only, as a last resort for a word the knowledge base does not otherwise know.

/** How many letters a completion may add, and how long the stem must be to be completed at all. */
const MAX_ADDED = 3;
const MIN_STEM = 4;

export class StemIndex {
  private readonly sorted: string[];

  /** `meaning` maps a known stem to what it means for matching (its synonym concept, or itself). */
  constructor(
    stems: Iterable<string>,
    private readonly meaning: (stem: string) => string,
  ) {
    this.sorted = [...new Set(stems)].filter((s) => /^\p{L}+$/u.test(s)).sort();
  }

  /**
   * The one meaning all known stems that extend `stem` share, or null when none or several. With `word` (the
   * question's word the stem came from), a known stem must go on as the word does: the stemmer cut the word's
   * letters, so the first letter a completion adds is the word's next one ("усил|илось" meets "усил|ива", while
   * "постр|оили" is no "постр|ад", "расп|ался" no "расп|олз").
   */
  complete(stem: string, word?: string): string | null {
    if (stem.length < MIN_STEM) return null;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < stem) lo = mid + 1;
      else hi = mid;
    }
    let found: string | null = null;
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.startsWith(stem); i++) {
      const candidate = this.sorted[i]!;
      if (candidate.length - stem.length > MAX_ADDED) continue;
      if (word !== undefined && word.length > stem.length && word[stem.length] !== candidate[stem.length])
        continue;
      const m = this.meaning(candidate);
      if (found !== null && found !== m) return null;
      found = m;
    }
    return found;
  }
}
