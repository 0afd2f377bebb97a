import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keepsEveryLetter } from "../../src/answering/typo-slips.js";
import { editDistance, maxEditsFor, TypoFixer } from "../../src/answering/typos.js";
import { defaultKnowledgeDir } from "../../src/knowledge/index.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps as one edit each", () => {
    expect(editDistance("call", "calll")).toBe(1);
    expect(editDistance("ceasefire", "ceasfire")).toBe(1);
    expect(editDistance("putin", "ptuin")).toBe(1);
    expect(editDistance("kremlin", "krmelin")).toBe(1);
    expect(editDistance("peskov", "peskov")).toBe(0);
  });

  it("gives up early past its limit", () => {
    expect(editDistance("palestinian", "quartet", 2)).toBe(3);
  });

  it("agrees with a full table on words of every length, long ones first and short after (its rows are reused)", () => {
    /** Optimal string alignment, the whole table, nothing kept between calls. */
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(
            d[i - 1]![j]! + 1,
            d[i]![j - 1]! + 1,
            d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      return d[a.length]![b.length]!;
    };
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const word = (length: number) => Array.from({ length }, () => "abcпут"[next() % 6]).join("");
    for (const length of [70, 40, 3, 0, 12, 90, 5, 1, 33]) {
      for (let k = 0; k < 40; k++) {
        const a = word(length);
        const b = k % 3 === 0 ? a.slice(1) + a[0] : word(Math.max(0, length + (next() % 5) - 2));
        expect(editDistance(a, b)).toBe(reference(a, b));
        expect(editDistance(b, a)).toBe(reference(b, a));
      }
    }
  });
});

describe("TypoFixer", () => {
  const stem = (w: string) => w.replace(/(?:s|ed|ing)$/, "");
  const words = ["call", "calls", "called", "ceasefire", "kremlin", "peskov", "hamas", "gaza"];
  const fixer = new TypoFixer(new Map(words.map((w) => [w, 1])), stem);

  it("corrects a word one edit away", () => {
    expect(fixer.correct("ceasfire")).toBe("ceasefire");
    expect(fixer.correct("peskof")).toBe("peskov");
  });

  it("does not call it a tie when the candidates mean the same (call, calls)", () => {
    expect(fixer.correct("calll")).toBe("call");
  });

  it("leaves words of three letters or fewer alone", () => {
    expect(maxEditsFor(3)).toBe(0);
    expect(fixer.correct("gza")).toBeNull();
  });

  it("refuses to guess between different words equally close", () => {
    const f = new TypoFixer(
      new Map([
        ["hamas", 1],
        ["hemas", 1],
      ]),
    );
    expect(f.correct("hxmas")).toBeNull();
  });

  it("does not correct a word that is nothing like the vocabulary", () => {
    expect(fixer.correct("bitcoin")).toBeNull();
  });

  it("corrects two edits the same with its fuzzy indexes built ahead (warmUp) as built on first need", () => {
    const vocabulary = new Map(["ceasefire", "negotiations", "negotiator", "kremlin"].map((w) => [w, 1]));
    const warm = new TypoFixer(vocabulary);
    warm.warmUp();
    const cold = new TypoFixer(vocabulary);
    for (const typo of ["ceasfir", "negotaitons", "negociatons", "kremlni", "nogotiations", "bitcoins"])
      expect(warm.correct(typo)).toBe(cold.correct(typo));
    expect(warm.correct("negotaitons")).toBe("negotiations");
  });
});

describe("TypoFixer.correctToLonger", () => {
  it("is correct() when that adds one letter, else null, for every word tried", () => {
    const vocabulary = ["foreign", "warring", "toll", "tolls", "ministry", "minister", "peskov", "level"];
    const fixer = new TypoFixer(new Map(vocabulary.map((w, i) => [w, i + 1])));
    const reference = new TypoFixer(new Map(vocabulary.map((w, i) => [w, i + 1])));
    const tried = [
      "forign",
      "foeign",
      "warrng",
      "tol",
      "ministy",
      "minster",
      "peskv",
      "levl",
      "lvel",
      "foreign",
    ];
    for (const w of [...tried, ...tried.map((t) => `${t}x`), ...tried.map((t) => t.slice(1))]) {
      const fixed = reference.correct(w);
      expect(fixer.correctToLonger(w), w).toBe(
        fixed !== null && fixed.length === w.length + 1 ? fixed : null,
      );
    }
    expect(fixer.correctToLonger("forign")).toBe("foreign");
    expect(fixer.correctToLonger("foreign")).toBeNull();
  });
});

describe("TypoFixer with word frequencies", () => {
  it("breaks a tie for the word the knowledge base uses at least twice as often", () => {
    const f = new TypoFixer(
      new Map([
        ["ministry", 6],
        ["minister", 1],
      ]),
    );
    expect(f.correct("ministery")).toBe("ministry");
  });

  it("does not guess when the two are about as common", () => {
    const f = new TypoFixer(
      new Map([
        ["ministry", 2],
        ["minister", 2],
      ]),
    );
    expect(f.correct("ministery")).toBeNull();
  });
});

describe("TypoFixer and first letters", () => {
  const f = new TypoFixer(
    new Map([
      ["widen", 3],
      ["palestinian", 5],
      ["what", 100],
      ["want", 2],
    ]),
  );

  it("does not change the first letter of a short word: biden is a name, not a typo of widen", () => {
    expect(f.correct("biden")).toBeNull();
  });

  it("may change the first letter of a long word by one edit", () => {
    expect(f.correct("oalestinian")).toBe("palestinian");
  });

  it("gives a tie to the far more common word (waht -> what, not want)", () => {
    expect(f.correct("waht")).toBe("what");
  });
});

describe("TypoFixer's one-edit index", () => {
  // Every vocabulary word one edit from a typo is found, as a scan of the whole vocabulary finds them: the index
  // (hashed variants, no strings) may hold other words along a run, and must neither lose nor add one.
  const article = readFileSync(join(defaultKnowledgeDir(), "article.txt"), "utf8").toLowerCase();
  const vocabulary = [...new Set(article.match(/\b[a-z]{4,8}\b/g) ?? [])];
  // Distinct uses, so the scan below and the fixer agree on an order; the fixer's tie rule applied to both.
  const uses = new Map(vocabulary.map((w, i) => [w, ((i * 7919) % 1000) + 1]));
  const fixer = new TypoFixer(uses);
  const scan = (typo: string): string | null => {
    if (uses.has(typo)) return typo;
    const near = vocabulary
      .filter((w) => {
        const limit = w[0] === typo[0] ? 1 : typo.length >= 7 ? 1 : 0;
        return editDistance(typo, w, limit) <= limit;
      })
      .sort((a, b) => uses.get(b)! - uses.get(a)!);
    if (near.length === 0) return null;
    // A slip that keeps every letter wins a tie (typo-slips.ts), as in the fixer.
    const kept = near.filter((w) => keepsEveryLetter(typo, w));
    if (near.length > 1 && kept.length === 1) return kept[0]!;
    return near.length > 1 && uses.get(near[0]!)! < 2 * uses.get(near[1]!)! ? null : near[0]!;
  };

  it("corrects every deletion, substitution, insertion and swap of the article's words as a full scan does", () => {
    let checked = 0;
    for (const [n, w] of vocabulary.entries()) {
      const typos = new Set<string>();
      for (let i = 0; i < w.length; i++) {
        const letter = "etaoinshrdlu"[(n + i) % 12]!;
        typos.add(w.slice(0, i) + w.slice(i + 1));
        typos.add(w.slice(0, i) + letter + w.slice(i + 1));
        if (w.length < 8) typos.add(w.slice(0, i) + letter + w.slice(i));
        if (i > 0) typos.add(w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1));
      }
      for (const typo of typos) {
        if (typo.length < 4) continue;
        expect(fixer.correct(typo), typo).toBe(scan(typo));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2_000);
  });
});

describe("TypoFixer's two-edit step", () => {
  // lookUp asks fuse.js for two-edit candidates only when some word of the groups it searches is within pick()'s
  // limit (perf-p99-27): the answers must be those of the fixer that always asks fuse.js.
  const article = readFileSync(join(defaultKnowledgeDir(), "article.txt"), "utf8").toLowerCase();
  const vocabulary = [...new Set(article.match(/\b[a-z]{7,}\b/g) ?? [])];
  const uses = new Map(vocabulary.map((w, i) => [w, ((i * 7919) % 1000) + 1]));
  const fixer = new TypoFixer(uses);
  const alwaysFuse = new TypoFixer(uses);
  (alwaysFuse as unknown as { anyWithinGroups: () => boolean }).anyWithinGroups = () => true;

  it("corrects two-edit slips of the article's long words, and leaves far words, as when fuse.js always runs", () => {
    let corrected = 0;
    let checked = 0;
    for (const [n, w] of vocabulary.entries()) {
      if (w.length < 9) continue;
      const a = "etaoinshrdlu"[n % 12]!;
      const b = "uldrhsnioate"[n % 12]!;
      const typos = [
        w.slice(0, 2) + w.slice(3, 5) + w.slice(6),
        w.slice(0, 3) + a + w.slice(4, 6) + b + w.slice(7),
        w.slice(0, 4) + a + w.slice(4) + b,
        w.slice(0, 1) + [...w.slice(1)].reverse().join(""),
        `${w.slice(0, 2)}${a}${b}${a}${b}${w.slice(6)}`,
      ];
      for (const typo of typos) {
        const expected = alwaysFuse.correct(typo);
        expect(fixer.correct(typo), typo).toBe(expected);
        if (expected !== null && editDistance(typo, expected) === 2) corrected++;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(corrected).toBeGreaterThan(50);
  });
});
