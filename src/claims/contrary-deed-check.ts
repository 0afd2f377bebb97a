// The checks of knowledge/contrary-deeds.json (zod, kept off a start's path): the schema, every pattern compiles,
// each deed stands in the article or its Russian translation. Every problem one line: its row, its field, the fix.
import { z } from "zod";
import { KnowledgeBaseError, type Problem } from "../knowledge/index.js";
import { parseTable, readTableJson } from "../knowledge/table-file.js";
import {
  CONTRARY_DEEDS_FILE,
  type Contrary,
  compileContraryDeeds,
  rowPatterns,
} from "./contrary-deed-file.js";

const alternatives = z
  .array(z.string().trim().min(1, "must not be empty").max(200, "at most 200 characters"))
  .min(1, "must list one alternative at least");

const rowSchema = z
  .object({
    means: z.string().trim().min(1, "must not be empty").describe("The deed and its contrary, in one line"),
    deed: alternatives.describe("Alternatives (regular expressions) the deed is written with in the article"),
    contrary: alternatives.describe(
      "Alternatives of a claim's whole words saying the contrary; {gap}: up to three words",
    ),
    unless: alternatives.optional().describe("Words that keep the claim to the deed after all"),
    matchCase: z.boolean().optional().describe("true: the contrary words are matched with their case"),
    minShared: z
      .number()
      .int()
      .min(1)
      .max(4)
      .optional()
      .describe("Words shared with the sentence (2 unless set)"),
    anchors: alternatives.optional().describe("Words that name the deed's matter besides the sentence's own"),
  })
  .strict();

export const contraryDeedsFileSchema = z
  .object({ $schema: z.string().optional(), about: z.string().optional(), deeds: z.array(rowSchema).min(1) })
  .strict();

/** The file checked; `articleTexts` (the article's paragraphs and translations) where each deed must stand. */
export function parseContraryDeeds(raw: unknown, articleTexts: readonly string[] = []): Contrary[] {
  const data = parseTable(
    CONTRARY_DEEDS_FILE,
    contraryDeedsFileSchema,
    raw,
    "deeds",
    "src/claims/contrary-deed-check.ts",
  );
  const problems: Problem[] = [];
  for (const [i, row] of data.deeds.entries()) {
    const where = `deeds[${i}] (${row.means.slice(0, 40)})`;
    const patterns = rowPatterns(row);
    for (const field of ["deed", "contrary", "unless", "anchors"] as const) {
      try {
        const re = patterns[field]();
        if (field === "deed" && re && articleTexts.length > 0 && !articleTexts.some((t) => re.test(t)))
          problems.push({
            file: CONTRARY_DEEDS_FILE,
            where,
            field,
            message: "stands in no sentence of the article nor of its translation",
            fix: "write the deed as the article does",
          });
      } catch (error) {
        problems.push({
          file: CONTRARY_DEEDS_FILE,
          where,
          field,
          message: `is not a regular expression (${(error as Error).message})`,
          fix: "mend the pattern",
        });
      }
    }
  }
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return compileContraryDeeds(data.deeds);
}

/** Reads and checks knowledge/contrary-deeds.json in `dir`; throws KnowledgeBaseError naming every problem. */
export function loadContraryDeeds(dir: string, articleTexts: readonly string[] = []): Contrary[] {
  return parseContraryDeeds(readTableJson(dir, CONTRARY_DEEDS_FILE), articleTexts);
}
