// Judges the claim checker on a labelled set (test/questions/claims.jsonl): per-verdict precision and recall,
// and whether the span found is in the paragraph the label names.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { type ClaimChecker, type ClaimVerdictKind, confirms } from "../claims/index.js";

export const VERDICTS: ClaimVerdictKind[] = [
  "verbatim",
  "paraphrase",
  "altered",
  "misattributed",
  "not-in-article",
  "cannot-judge",
];

const labelSchema = z
  .object({
    claim: z.string().min(1),
    expect: z.enum(VERDICTS as [ClaimVerdictKind, ...ClaimVerdictKind[]]),
    /** The paragraph the closest span stands in (all but not-in-article, where it may be null). */
    paragraph: z
      .number()
      .int()
      .min(1)
      .nullish()
      .transform((p) => p ?? undefined),
    /** Who the article attributes that span to. */
    speaker: z
      .string()
      .nullish()
      .transform((s) => s ?? undefined),
    /** The claim's language; English when absent. */
    lang: z.enum(["en", "ru"]).optional(),
  })
  .strict();

export type LabelledClaim = z.infer<typeof labelSchema>;

export function readLabelledClaims(file: string): LabelledClaim[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      if (line.trim() === "") return [];
      const parsed = labelSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return [parsed.data];
    });
}

export interface VerdictScore {
  verdict: ClaimVerdictKind;
  /** Labelled with this verdict. */
  support: number;
  /** Given this verdict by the checker. */
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface ClaimReport {
  total: number;
  correct: number;
  /** Of the claims labelled with a paragraph and given a span, how many spans stand in that paragraph. */
  spanInParagraph: { right: number; of: number };
  perVerdict: VerdictScore[];
  /** confusion[expected][got]: how many claims labelled `expected` the checker judged `got`. */
  confusion: Record<ClaimVerdictKind, Record<ClaimVerdictKind, number>>;
  /** False claims (altered, misattributed, not in the article) judged verbatim or paraphrase: the worst miss. */
  falseConfirmed: number;
  misses: { claim: string; expected: ClaimVerdictKind; got: ClaimVerdictKind; detail: string }[];
}

export function judgeClaims(labelled: LabelledClaim[], check: ClaimChecker): ClaimReport {
  const results = labelled.map((l) => ({ l, v: check(l.claim) }));
  const perVerdict = VERDICTS.map((verdict): VerdictScore => {
    const support = results.filter((r) => r.l.expect === verdict).length;
    const predicted = results.filter((r) => r.v.verdict === verdict).length;
    const correct = results.filter((r) => r.l.expect === verdict && r.v.verdict === verdict).length;
    return {
      verdict,
      support,
      predicted,
      correct,
      precision: predicted === 0 ? 1 : correct / predicted,
      recall: support === 0 ? 1 : correct / support,
    };
  });
  const confusion = Object.fromEntries(
    VERDICTS.map((expected) => [
      expected,
      Object.fromEntries(
        VERDICTS.map((got) => [
          got,
          results.filter((r) => r.l.expect === expected && r.v.verdict === got).length,
        ]),
      ),
    ]),
  ) as ClaimReport["confusion"];
  const withSpan = results.filter((r) => r.l.paragraph !== undefined && r.v.span !== null);
  return {
    total: results.length,
    correct: results.filter((r) => r.l.expect === r.v.verdict).length,
    spanInParagraph: {
      right: withSpan.filter((r) => r.v.span?.paragraph === r.l.paragraph).length,
      of: withSpan.length,
    },
    perVerdict,
    confusion,
    falseConfirmed: results.filter((r) => isFalseClaim(r.l.expect) && confirms(r.v.verdict)).length,
    misses: results
      .filter((r) => r.l.expect !== r.v.verdict)
      .map((r) => ({
        claim: r.l.claim,
        expected: r.l.expect,
        got: r.v.verdict,
        detail: `containment ${r.v.similarity.containment}, coverage ${r.v.similarity.coverage}, ¶${r.v.span?.paragraph ?? "-"}, changes [${r.v.changes.map((c) => `${c.kind}:${c.claimed}/${c.article}`).join(", ")}], unbacked [${r.v.unbacked.join(", ")}]`,
      })),
  };
}

/** A claim the article does not back as stated. */
export const isFalseClaim = (v: ClaimVerdictKind) =>
  v === "altered" || v === "misattributed" || v === "not-in-article";
/** A verdict that tells the reader the article says it. */
export { confirms };

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);

export function formatClaimReport(r: ClaimReport): string {
  const lines = [
    `${r.correct}/${r.total} verdicts right (${pct(r.correct / r.total).trim()}); span in the labelled paragraph: ${r.spanInParagraph.right}/${r.spanInParagraph.of}`,
    "verdict          support  predicted  precision  recall",
    ...r.perVerdict.map(
      (v) =>
        `${v.verdict.padEnd(16)} ${String(v.support).padStart(7)}  ${String(v.predicted).padStart(9)}  ${pct(v.precision).padStart(9)}  ${pct(v.recall).padStart(6)}`,
    ),
    "",
    `labelled \\ judged  ${VERDICTS.map(short).join(" ")}`,
    ...VERDICTS.map(
      (expected) =>
        `${expected.padEnd(18)} ${VERDICTS.map((got) => String(r.confusion[expected][got]).padStart(short(got).length)).join(" ")}`,
    ),
    "",
    `false claims confirmed (altered, misattributed or not in the article judged verbatim or paraphrase): ${r.falseConfirmed}`,
  ];
  return lines.join("\n");
}

const SHORT: Record<ClaimVerdictKind, string> = {
  verbatim: "verbatim",
  paraphrase: "paraphr",
  altered: "altered",
  misattributed: "misattr",
  "not-in-article": "not-in",
  "cannot-judge": "cannot",
};
const short = (v: ClaimVerdictKind) => SHORT[v];
