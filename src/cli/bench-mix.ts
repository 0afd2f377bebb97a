// The bench's message mix, one definition for `npm run bench` and scripts/same-output.mjs (which must replay
// exactly what the bench times): the questions of nine English and Russian sets, then typo and case variants of
// them, with every fourth message a follow-up that leans on the turn before.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const BENCH_SETS = [
  "dev.jsonl",
  "own.jsonl",
  "blind.jsonl",
  "blind2.jsonl",
  "blind3.jsonl",
  "blind4.jsonl",
  "ru-dev.jsonl",
  "ru-own.jsonl",
  "blind-ru.jsonl",
];

const FOLLOW_UPS = [
  "why?",
  "and peskov?",
  "what about the US?",
  "tell me more",
  "did he agree?",
  "who said that?",
];

/** The questions of a set (its lines' "q"), without the judge's checks: the sets are checked by the tests. */
function questionsOf(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { q: string }).q);
}

/** Deterministic variants so the cache of typo corrections does not make every question a repeat. */
function variant(q: string, i: number, distinct: number): string {
  const round = Math.floor(i / distinct);
  if (round === 0) return q;
  const chars = [...q];
  const at = (i * 7919) % Math.max(1, chars.length);
  if (round % 3 === 1) chars.splice(at, 1);
  else if (round % 3 === 2) chars.splice(at, 0, chars[at] ?? "x");
  else return q.toUpperCase();
  return chars.join("");
}

/** How many messages warm a process up before the timed pass (JIT compilation, once per process). */
export const WARM_UP = 500;

export interface BenchMix {
  /** How many distinct questions the sets hold. */
  distinct: number;
  /**
   * The index of the k-th warm-up message (k < WARM_UP): spread over the distinct questions of every set, English
   * and Russian, so both reading paths are compiled before the timed pass (the first 500 were all English, and the
   * Russian path's first run landed in the timed pass: perf-answer26). As many of them recur in the timed pass as
   * before (each distinct question is asked once in its first round).
   */
  warmUpAt(k: number): number;
  /** The i-th question (made as it is asked, not held: 12,000 strings kept for the run were megabytes of RSS). */
  questionAt(i: number): string;
  /** The i-th dialogue message: a question, or every fourth a follow-up. */
  messageAt(i: number): string;
}

/** The mix read from the question sets in `questionsDir` (test/questions). */
export function benchMix(questionsDir: string): BenchMix {
  const base = BENCH_SETS.flatMap((f) => questionsOf(join(questionsDir, f)));
  const questionAt = (i: number) => variant(base[i % base.length]!, i, base.length);
  return {
    distinct: base.length,
    warmUpAt: (k) => Math.floor((k * base.length) / WARM_UP),
    questionAt,
    messageAt: (i) => (i % 4 === 3 ? FOLLOW_UPS[i % FOLLOW_UPS.length]! : questionAt(i)),
  };
}
