// npm run claims [-- FILE.jsonl …] [--sweep] [--wrong] [--adversarial [--all]]
// Every labelled claim set (test/questions/claims*.jsonl unless files are named): per-verdict precision and
// recall, the confusion matrix and the count of false claims confirmed; exits 1 when any set confirms one.
// --wrong: only the misjudged claims of each set, labelled and judged verdict, paragraph, speaker and evidence.
// --adversarial: the generated variants of every article sentence (src/eval/claims-adversarial.ts), by kind.
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { Lexicon } from "../answering/lexicon.js";
import { createClaimChecker, DEFAULT_CLAIM_TUNING } from "../claims/index.js";
import { formatClaimReport, judgeClaims, readLabelledClaims } from "../eval/claims.js";
import { reportAdversarial } from "../eval/claims-adversarial-report.js";
import { formatWrongClaim, wrongClaims } from "../eval/claims-wrong.js";
import { loadKnowledgeBaseOrExit } from "./load.js";

const args = process.argv.slice(2);
const sweep = args.includes("--sweep");
const questionsDir = resolve(import.meta.dirname, "../../test/questions");
const named = args.filter((a) => !a.startsWith("--"));
const files =
  named.length > 0
    ? named
    : readdirSync(questionsDir)
        .filter((f) => /^claims.*\.jsonl$/.test(f))
        .sort()
        .map((f) => resolve(questionsDir, f));

const kb = loadKnowledgeBaseOrExit();
const lexicon = new Lexicon(kb);
const check = createClaimChecker(kb, lexicon);
console.log(`thresholds ${JSON.stringify(DEFAULT_CLAIM_TUNING)}`);
if (args.includes("--adversarial")) {
  const { text, falseConfirmed } = reportAdversarial(kb, check, args.includes("--all"));
  console.log(text);
  process.exit(falseConfirmed > 0 ? 1 : 0);
}
let falseConfirmed = 0;
if (args.includes("--wrong")) {
  for (const file of files) {
    const labelled = readLabelledClaims(file);
    const wrong = wrongClaims(labelled, check);
    falseConfirmed += wrong.filter((w) => w.falseConfirmed).length;
    console.log(
      `\n== ${file}: ${labelled.length - wrong.length}/${labelled.length} right, ${wrong.length} misjudged`,
    );
    for (const w of wrong) console.log(formatWrongClaim(w));
  }
  process.exit(falseConfirmed > 0 ? 1 : 0);
}
for (const file of files) {
  const labelled = readLabelledClaims(file);
  const report = judgeClaims(labelled, check);
  falseConfirmed += report.falseConfirmed;
  console.log(`\n== ${file}`);
  console.log(formatClaimReport(report));
  for (const m of report.misses)
    console.log(`  MISS expected ${m.expected}, got ${m.got} | ${m.claim} | ${m.detail}`);
  // A set with claims in more than one language: each language's figures apart too.
  const langs = new Set(labelled.map((l) => l.lang ?? "en"));
  if (langs.size > 1) {
    for (const lang of [...langs].sort()) {
      const part = judgeClaims(
        labelled.filter((l) => (l.lang ?? "en") === lang),
        check,
      );
      console.log(
        `\n-- ${lang} only: ${part.correct}/${part.total} right, ${part.falseConfirmed} false confirmed`,
      );
      console.log(formatClaimReport(part));
    }
  }

  if (sweep) {
    console.log("\nmatchAt misattributedAt beta  right  worst precision  false confirmed");
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
          console.log(
            `${row.join(" ")}  ${r.correct}/${r.total}  ${Math.round(worst * 100)}%  ${r.falseConfirmed}`,
          );
        }
      }
    }
  }
}
if (falseConfirmed > 0) {
  console.error(
    `\n${falseConfirmed} false claim(s) confirmed as verbatim or paraphrase: see the MISS lines above.`,
  );
  process.exit(1);
}
