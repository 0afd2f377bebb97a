// npx tsx src/cli/check-claims.ts [test/questions/claims.jsonl] [--sweep]
// Per-verdict precision and recall of the claim checker on a labelled set; --sweep tries other thresholds.
import { resolve } from "node:path";
import { Lexicon } from "../answering/lexicon.js";
import { createClaimChecker, DEFAULT_CLAIM_TUNING } from "../claims/index.js";
import { formatClaimReport, judgeClaims, readLabelledClaims } from "../eval/claims.js";
import { loadKnowledgeBaseOrExit } from "./load.js";

const args = process.argv.slice(2);
const sweep = args.includes("--sweep");
const file =
  args.find((a) => !a.startsWith("--")) ?? resolve(import.meta.dirname, "../../test/questions/claims.jsonl");

const kb = loadKnowledgeBaseOrExit();
const lexicon = new Lexicon(kb);
const labelled = readLabelledClaims(file);
const report = judgeClaims(labelled, createClaimChecker(kb, lexicon));
console.log(`${file} with ${JSON.stringify(DEFAULT_CLAIM_TUNING)}`);
console.log(formatClaimReport(report));
for (const m of report.misses)
  console.log(`  MISS expected ${m.expected}, got ${m.got} | ${m.claim} | ${m.detail}`);

if (sweep) {
  console.log("\nmatchAt misattributedAt beta  right  worst precision");
  for (const matchAt of [0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8]) {
    for (const misattributedAt of [0.6, 0.7, 0.75, 0.8, 0.9]) {
      for (const beta of [1, 2, 3]) {
        const tuning = { ...DEFAULT_CLAIM_TUNING, matchAt, misattributedAt, beta };
        const r = judgeClaims(labelled, createClaimChecker(kb, lexicon, tuning));
        const worst = Math.min(...r.perVerdict.map((v) => v.precision));
        const row = [
          matchAt.toFixed(2).padStart(7),
          misattributedAt.toFixed(2).padStart(15),
          String(beta).padStart(4),
        ];
        console.log(`${row.join(" ")}  ${r.correct}/${r.total}  ${Math.round(worst * 100)}%`);
      }
    }
  }
}
