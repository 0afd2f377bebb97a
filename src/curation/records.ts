// What the curation loop keeps, and nothing more: one small line per question (its language and outcome), the
// text and the engine's candidates only for questions that failed, and vote counts per entry. No user or chat
// identifier is part of any record.
import type { Explanation } from "../answering/index.js";
import type { Answer } from "../answering/types.js";
import { isRussianText } from "../lib/script-language.js";

/** How a question ended, as the report counts it. */
export type Outcome = "answered" | "did-you-mean" | "doesnt-say" | "refused";

/** Why a question counts as failed: the engine's reason, or an answer given with low confidence. */
export type FailReason = "out-of-scope" | "ambiguous" | "not-in-article" | "low-confidence";

/**
 * An answer below this confidence is recorded as failed ("low-confidence") though it was given: on our question
 * sets about 6% of answers fall below it (the engine answers from 0.55, tuning.ts), and that is where a wrong
 * answer hides if there is one.
 */
export const LOW_CONFIDENCE = 0.7;

/** How many candidate entries a failed question keeps. */
export const CANDIDATES_KEPT = 3;

const OUTCOMES: readonly string[] = ["answered", "did-you-mean", "doesnt-say", "refused"];
const FAIL_REASONS: readonly string[] = ["out-of-scope", "ambiguous", "not-in-article", "low-confidence"];

export interface QuestionRecord {
  /** When, in ms since the epoch. */
  t: number;
  lang: string;
  outcome: Outcome;
  /** The entry answered (or "doesn't say" entry); null for summaries, who-said-what and failures without one. */
  entry: string | null;
  /** Only for failed questions. */
  failed?: {
    text: string;
    reason: FailReason;
    confidence: number;
    candidates: { entry: string; score: number }[];
  };
}

export interface VoteRecord {
  t: number;
  entry: string;
  /** +1 for a new 👍, -1 when a 👍 is changed to 👎; likewise `down`. */
  up: number;
  down: number;
}

export type Vote = "up" | "down";

// Records are read back by hand, not with zod (loading it costs every start ~100 ms): each field checked, and
// only the known fields kept.
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isVoteStep = (v: unknown): v is number => v === -1 || v === 0 || v === 1;

/** A log line as a record, or null for a line this version cannot read (it is skipped, not fatal). */
export function parseQuestionRecord(line: string): QuestionRecord | null {
  const r = parseJson(line);
  if (!r || !isNumber(r.t) || !isString(r.lang) || !isString(r.outcome) || !OUTCOMES.includes(r.outcome))
    return null;
  if (r.entry !== null && !isString(r.entry)) return null;
  const record: QuestionRecord = { t: r.t, lang: r.lang, outcome: r.outcome as Outcome, entry: r.entry };
  if (r.failed === undefined) return record;
  const f = r.failed;
  if (!isObject(f) || !isString(f.text) || !isString(f.reason) || !FAIL_REASONS.includes(f.reason))
    return null;
  if (!isNumber(f.confidence) || !Array.isArray(f.candidates)) return null;
  const candidates: { entry: string; score: number }[] = [];
  for (const c of f.candidates) {
    if (!isObject(c) || !isString(c.entry) || !isNumber(c.score)) return null;
    candidates.push({ entry: c.entry, score: c.score });
  }
  record.failed = { text: f.text, reason: f.reason as FailReason, confidence: f.confidence, candidates };
  return record;
}

export function parseVoteRecord(line: string): VoteRecord | null {
  const r = parseJson(line);
  if (!r || !isNumber(r.t) || !isString(r.entry) || !isVoteStep(r.up) || !isVoteStep(r.down)) return null;
  return { t: r.t, entry: r.entry, up: r.up, down: r.down };
}

function parseJson(line: string): Json | null {
  try {
    const value: unknown = JSON.parse(line);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** The outcome of an answer; null for an empty question (only emoji or punctuation), which is not counted. */
export function outcomeOf(answer: Answer): Outcome | null {
  if (answer.answered) return "answered";
  switch (answer.reason) {
    case "ambiguous":
      return "did-you-mean";
    case "not-in-article":
      return "doesnt-say";
    case "out-of-scope":
      return "refused";
    default:
      return null;
  }
}

/** Why the answer counts as failed, or null when it does not. */
export function failReasonOf(answer: Answer): FailReason | null {
  if (answer.answered) {
    return answer.kind === "entry" && answer.confidence < LOW_CONFIDENCE ? "low-confidence" : null;
  }
  return answer.reason === "empty" || answer.reason === null ? null : answer.reason;
}

/** The record of one question; `explain` is asked only when the question failed. Null: not counted at all. */
export function questionRecordOf(
  question: string,
  answer: Answer,
  explain: (question: string) => Explanation | null,
  now: number,
): QuestionRecord | null {
  const outcome = outcomeOf(answer);
  if (outcome === null) return null;
  // The asker's language: a Russian question (src/lib/script-language.ts) is Russian whatever the reply; else
  // the language it was answered in.
  const lang = isRussianText(question) ? "ru" : (answer.lang ?? "en");
  const record: QuestionRecord = { t: now, lang, outcome, entry: answer.entry?.id ?? null };
  const reason = failReasonOf(answer);
  if (reason === null) return record;
  const explanation = explain(question);
  const candidates =
    explanation?.ranked.map((r) => ({ entry: r.entryId, score: r.score })) ??
    answer.suggestions.map((s) => ({ entry: s.entryId, score: answer.confidence }));
  record.failed = {
    text: withoutPersonalDetails(question),
    reason,
    confidence: Math.round(answer.confidence * 1000) / 1000,
    candidates: candidates.slice(0, CANDIDATES_KEPT),
  };
  return record;
}

/** The longest question text kept; Telegram allows 4,096, a question worth curating is far shorter. */
export const MAX_TEXT = 300;

/**
 * The question as asked, minus what would say who asked or how to reach them: e-mail addresses, links,
 * @usernames and long numbers (phones, ids) become placeholders. Curation needs the words, not these.
 */
export function withoutPersonalDetails(text: string): string {
  // Cut first: the patterns then run over a bounded text, however long the message was.
  return text
    .slice(0, 2 * MAX_TEXT)
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, "<email>")
    .replace(/\b(?:https?:\/\/|www\.|t\.me\/)\S+/giu, "<link>")
    .replace(/(^|[^\p{L}\p{N}_])@\w{3,}/gu, "$1<username>")
    .replace(/\+?\d(?:[\s().-]{0,2}\d){5,}/g, "<number>")
    .replace(/\s+/g, " ")
    .slice(0, MAX_TEXT)
    .trim();
}
