// The curation loop's writing side: every question's outcome (and the text of the ones that failed), and the
// 👍/👎 votes on answer cards, one per person per card. Everything goes through the store (SQLite or Redis),
// into capped, time-limited logs, so several instances write to one record and nothing is lost on restart.
import { createHmac } from "node:crypto";
import type { Answer } from "../answering/types.js";
import type { Logger } from "../logger.js";
import type { Store } from "../storage/index.js";
import type { QuestionReader } from "./meaning.js";
import {
  parseQuestionRecord,
  parseVoteRecord,
  type QuestionRecord,
  questionRecordOf,
  type Vote,
  type VoteRecord,
} from "./records.js";
import { buildReport, DAY_MS, type ReportDetails } from "./report.js";

/** What the curation loop needs of the store (src/storage/): keys with a time to live, capped logs. */
export type CurationStore = Pick<Store, "get" | "set" | "setIfAbsent" | "append" | "readLog">;

export const QUESTIONS_LOG = "curation:questions";
export const VOTES_LOG = "curation:votes";
const VOTER_KEY_PREFIX = "curation:vote:";

/** How long and how much is kept; docs/operations.md's "What is kept" quotes these. */
export interface Retention {
  /** Question and vote records older than this are deleted. */
  days: number;
  /** Each log keeps at most this many of its newest records. */
  rows: number;
  /** How long the keyed hash of a person's vote on a card is kept (a tap after that counts as a new vote). */
  voteMemoryDays: number;
}

export const DEFAULT_RETENTION: Retention = { days: 90, rows: 50_000, voteMemoryDays: 30 };

export interface CurationOptions {
  store: CurationStore;
  /** The engine: explain() gives a failed question's candidates and, in the report, its meaning. */
  reader: QuestionReader;
  /** The secret the voter hash is keyed with (the program uses the bot token); never stored. */
  voterKey: string;
  logger?: Logger;
  retention?: Partial<Retention>;
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
}

/** new: the first vote of this person on this card; changed: 👍 became 👎 or back; same: a repeat tap. */
export type VoteResult = "new" | "changed" | "same";

export interface Curation {
  /** Records a question and how it ended; never throws (a store failure is logged, the reply is not affected). */
  recordQuestion(question: string, answer: Answer): Promise<void>;
  /** One vote per person per card: `card` names the message, `voter` the person; neither is stored in the clear. */
  vote(card: string, voter: number, entry: string, vote: Vote): Promise<VoteResult>;
  /** What the last `days` days looked like. */
  report(days: number): Promise<ReportDetails>;
}

export function createCuration(options: CurationOptions): Curation {
  const { store, reader, logger } = options;
  const retention = { ...DEFAULT_RETENTION, ...options.retention };
  const now = options.now ?? Date.now;
  const limits = { maxRows: retention.rows, maxAgeMs: retention.days * DAY_MS };
  const voteMemoryMs = retention.voteMemoryDays * DAY_MS;

  const voterHash = (card: string, voter: number) =>
    createHmac("sha256", options.voterKey).update(`${card}|${voter}`).digest("base64url").slice(0, 32);

  const appendVote = (entry: string, up: number, down: number) => {
    const record: VoteRecord = { t: now(), entry, up, down };
    return store.append(VOTES_LOG, JSON.stringify(record), limits);
  };

  return {
    async recordQuestion(question, answer) {
      try {
        const record = questionRecordOf(question, answer, (q) => reader.explain(q), now());
        if (record) await store.append(QUESTIONS_LOG, JSON.stringify(record), limits);
      } catch (error) {
        logger?.warn(
          { err: error },
          "could not record a question for the curation report; the reply went out",
        );
      }
    },

    async vote(card, voter, entry, vote) {
      const key = `${VOTER_KEY_PREFIX}${voterHash(card, voter)}`;
      if (await store.setIfAbsent(key, vote, voteMemoryMs)) {
        await appendVote(entry, vote === "up" ? 1 : 0, vote === "down" ? 1 : 0);
        return "new";
      }
      const before = await store.get(key);
      if (before === vote) return "same";
      await store.set(key, vote, voteMemoryMs);
      // The earlier vote expired between the two calls: this one is new, not a change.
      if (before === undefined) {
        await appendVote(entry, vote === "up" ? 1 : 0, vote === "down" ? 1 : 0);
        return "new";
      }
      await appendVote(entry, vote === "up" ? 1 : -1, vote === "down" ? 1 : -1);
      return "changed";
    },

    report: (days) => readReport(store, reader, days, now()),
  };
}

/** The report over the `days` before `now`, from what the store holds (npm run report, /stats). */
export async function readReport(
  store: Pick<CurationStore, "readLog">,
  reader: QuestionReader,
  days: number,
  now = Date.now(),
): Promise<ReportDetails> {
  const since = now - days * DAY_MS;
  const [questions, votes] = await Promise.all([
    readRecords(store, QUESTIONS_LOG, since, parseQuestionRecord),
    readRecords(store, VOTES_LOG, since, parseVoteRecord),
  ]);
  return buildReport(questions, votes, { days, now, reader });
}

async function readRecords<R>(
  store: Pick<CurationStore, "readLog">,
  log: string,
  since: number,
  parse: (line: string) => R | null,
): Promise<R[]> {
  const lines = await store.readLog(log, since);
  return lines.flatMap((l) => parse(l.record) ?? []);
}

export type { QuestionRecord, VoteRecord };
