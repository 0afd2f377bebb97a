// knowledge/contrary-deeds.json: this article's deeds and the words a claim uses for their contrary, read by
// contrary-deed.ts. Data of the article, not code. Its rows travel on the loaded KnowledgeBase (kb.contraryDeeds:
// checked by contrary-deed-check.ts in the full load, kept in the build's snapshot) and are compiled here once per
// claim checker, so KNOWLEDGE_DIR brings its own deeds.

export const CONTRARY_DEEDS_FILE = "contrary-deeds.json";

/** A row of the file as written (the schema is in contrary-deed-check.ts). */
export interface ContraryRow {
  means: string;
  deed: string[];
  contrary: string[];
  unless?: string[];
  matchCase?: boolean;
  /** Words the claim must share with the sentence besides the contrary (2 unless set). */
  minShared?: number;
  /** Words (alternatives) a claim may name the deed's matter with besides the sentence's own: each a thing shared. */
  anchors?: string[];
}

/** A deed of the article (by the stem it is written with) and the words that say its contrary. */
export interface Contrary {
  /** The deed as the article (or its Russian translation) writes it. */
  article: RegExp;
  /** The words of a claim that say the contrary of it. */
  claim: RegExp;
  /** Words that keep the claim to the deed after all (a cause the article gives, in other words). */
  unless?: RegExp;
  /** Words the claim must share with the sentence besides the contrary. */
  minShared: number;
  /** Words of the claim that count as a thing shared with the deed. */
  anchors?: RegExp;
}

/** Up to three words between, where a contrary alternative writes {gap}. */
const GAP = "(?:\\s+[\\p{L}'’-]+){0,3}?";

/** The patterns of one row, each field by its name; a pattern that does not compile throws SyntaxError. */
export function rowPatterns(row: ContraryRow): {
  deed: () => RegExp;
  contrary: () => RegExp;
  unless: () => RegExp | undefined;
  anchors: () => RegExp | undefined;
} {
  return {
    deed: () => new RegExp(row.deed.join("|"), "iu"),
    contrary: () =>
      new RegExp(
        `(?:^|[^\\p{L}])(?:${row.contrary.map((a) => a.replaceAll("{gap}", GAP)).join("|")})(?![\\p{L}])`,
        row.matchCase ? "u" : "iu",
      ),
    unless: () => (row.unless ? new RegExp(row.unless.join("|"), "iu") : undefined),
    anchors: () =>
      row.anchors ? new RegExp(`(?:^|[^\\p{L}])(?:${row.anchors.join("|")})(?![\\p{L}])`, "giu") : undefined,
  };
}

/** The rows as regular expressions. */
export function compileContraryDeeds(rows: readonly ContraryRow[]): Contrary[] {
  return rows.map((row) => {
    const p = rowPatterns(row);
    const unless = p.unless();
    const anchors = p.anchors();
    return {
      article: p.deed(),
      claim: p.contrary(),
      minShared: row.minShared ?? 2,
      ...(unless ? { unless } : {}),
      ...(anchors ? { anchors } : {}),
    };
  });
}
