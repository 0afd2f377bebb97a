// The question-set format and its judging rules, the same as ../shared/eval/judge.py, so `npm run eval` and
// the regression tests agree with the shared judge.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Answer } from "../answering/index.js";
import { withPythonWordClasses } from "./python-classes.js";

export const questionSchema = z.object({
  q: z.string(),
  expect: z.enum(["answer", "refuse", "either"]),
  all: z.array(z.array(z.string())),
  speaker: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof questionSchema>;

export interface JsonlRecord {
  question: string;
  /** The reply's language; quotes stay the article's English, with a translation in a Russian reply. */
  lang?: string;
  answered: boolean;
  entry: string | null;
  score: number;
  answer: string;
  quotes: { text: string; speaker: string; translation?: string }[];
  suggestions: string[];
  reason: string | null;
}

/** The line `npm run ask -- --jsonl` prints for one answer. */
export function toJsonlRecord(question: string, a: Answer): JsonlRecord {
  return {
    question,
    lang: a.lang ?? "en",
    answered: a.answered,
    entry: a.entry?.id ?? (a.kind === "none" ? null : a.kind),
    score: Math.round(a.confidence * 1000) / 1000,
    answer: a.answer,
    quotes: a.quotes.map((q) =>
      q.translation === undefined
        ? { text: q.text, speaker: q.speaker }
        : { text: q.text, speaker: q.speaker, translation: q.translation },
    ),
    suggestions: a.suggestions.map((s) => s.question),
    reason: a.reason,
  };
}

/**
 * A pattern of the shared format (Python `re`, matched without flags against the folded, lower-cased answer) as a
 * JavaScript RegExp. Python's scoped flag group `(?-i:…)` turns off a flag that is already off here, so it is a
 * plain group; JavaScript on Node 20 has no such syntax. `\w` and `\b` are Unicode, as in Python (python-classes.ts).
 * A pattern that still does not compile throws, naming it.
 */
export function patternOf(pattern: string): RegExp {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  try {
    const re = new RegExp(withPythonWordClasses(pattern.replaceAll("(?-i:", "(?:")), "u");
    compiled.set(pattern, re);
    return re;
  } catch (e) {
    throw new Error(
      `the pattern /${pattern}/ does not compile as a JavaScript regular expression (${(e as Error).message}); ` +
        "rewrite it in the syntax both Python's re and JavaScript accept",
    );
  }
}
const compiled = new Map<string, RegExp>();

/** Reads a question file; a bad line (or a pattern that does not compile) is reported with its number. */
export function readQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      const parsed = questionSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${file}:${i + 1}: not a question line: ${parsed.error.issues[0]?.message}`);
      try {
        for (const p of parsed.data.all.flat()) patternOf(p);
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
      return [parsed.data];
    });
}

export function fold(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export interface Failure {
  kind: string;
  question: string;
  detail: string;
}

export interface Verdict {
  tally: Record<EvalQuestion["expect"], { passed: number; failed: number }>;
  badQuotes: number;
  failures: Failure[];
  passed: number;
  failed: number;
}

export function judge(questions: EvalQuestion[], records: JsonlRecord[], articleText: string): Verdict {
  const article = fold(articleText);
  const tally = {
    answer: { passed: 0, failed: 0 },
    refuse: { passed: 0, failed: 0 },
    either: { passed: 0, failed: 0 },
  };
  const failures: Failure[] = [];
  let badQuotes = 0;
  questions.forEach((r, i) => {
    const o = records[i];
    if (!o) {
      tally[r.expect].failed++;
      failures.push({ kind: "missing", question: r.q, detail: "no answer" });
      return;
    }
    const speakers = o.quotes
      .map((q) => q.speaker)
      .join(" ")
      .toLowerCase();
    for (const q of o.quotes) {
      if (!article.includes(fold(q.text))) {
        badQuotes++;
        failures.push({ kind: "quote not in article", question: r.q, detail: q.text.slice(0, 120) });
      }
    }
    const hay = `${o.answer} ${o.quotes.map((q) => q.text).join(" ")} ${speakers}`;
    const low = fold(hay);
    const hit =
      o.answered &&
      hay.length <= 1200 &&
      r.all.every((group) => group.some((p) => patternOf(p).test(low))) &&
      (!r.speaker || speakers.includes(r.speaker));
    const ok = { answer: hit, refuse: !o.answered, either: !o.answered || hit }[r.expect];
    tally[r.expect][ok ? "passed" : "failed"]++;
    if (!ok) {
      failures.push({
        kind: r.expect,
        question: r.q,
        detail: o.answered ? `${o.entry}: ${o.answer.slice(0, 160)}` : `(refused: ${o.reason})`,
      });
    }
  });
  const passed = Object.values(tally).reduce((n, t) => n + t.passed, 0);
  const failed = Object.values(tally).reduce((n, t) => n + t.failed, 0) + badQuotes;
  return { tally, badQuotes, failures, passed, failed };
}

export function share(t: { passed: number; failed: number }): number {
  const total = t.passed + t.failed;
  return total === 0 ? 1 : t.passed / total;
}

export function describeVerdict(v: Verdict): string {
  const pct = (k: EvalQuestion["expect"]) => {
    const t = v.tally[k];
    const total = t.passed + t.failed;
    return total ? `${(100 * share(t)).toFixed(1)}% (${t.passed}/${total})` : "n/a";
  };
  return `answered right ${pct("answer")}; refused right ${pct("refuse")}; unanswerable handled ${pct("either")}; quotes not in article ${v.badQuotes}`;
}
