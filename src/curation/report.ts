// The report over the last N days, from the records alone: how questions ended, in which languages, which
// entries people asked for and how they voted, and the failed questions grouped by meaning with what to do.
import {
  describeAction,
  meaningKey,
  type QuestionReader,
  type SuggestedAction,
  suggestAction,
} from "./meaning.js";
import type { FailReason, QuestionRecord, VoteRecord } from "./records.js";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The report as `npm run report -- --json` prints it. Outcome fields are counts; a share is count / asked. */
export interface Report {
  days: number;
  asked: number;
  answered: number;
  didYouMean: number;
  doesntSay: number;
  refused: number;
  byLanguage: Record<string, number>;
  /** Entries by how often they were asked (then by votes), with the 👍 and 👎 they got in the period. */
  feedback: { entry: string; up: number; down: number }[];
  /** Failed questions grouped by meaning, most frequent first. */
  failed: FailedGroup[];
}

export interface FailedGroup {
  /** The wording asked most often in the group. */
  question: string;
  count: number;
  /** The group's most frequent reason. */
  reason: FailReason;
  /** The entry nearest to the question now (the engine's top candidate), or null. */
  nearest: string | null;
  action: string;
}

/** What the table adds to the JSON: how often each entry was asked, and each group's action as data. */
export interface ReportDetails {
  report: Report;
  askedByEntry: Map<string, number>;
  actions: SuggestedAction[];
  from: number;
  to: number;
}

export function buildReport(
  questions: readonly QuestionRecord[],
  votes: readonly VoteRecord[],
  options: { days: number; now: number; reader: QuestionReader },
): ReportDetails {
  const { days, now, reader } = options;
  const from = now - days * DAY_MS;
  const inPeriod = <T extends { t: number }>(r: T) => r.t >= from && r.t <= now;
  const asked = questions.filter(inPeriod);

  const count = (outcome: QuestionRecord["outcome"]) => asked.filter((r) => r.outcome === outcome).length;
  const byLanguage: Record<string, number> = {};
  for (const r of asked) byLanguage[r.lang] = (byLanguage[r.lang] ?? 0) + 1;

  const askedByEntry = new Map<string, number>();
  for (const r of asked) if (r.entry) askedByEntry.set(r.entry, (askedByEntry.get(r.entry) ?? 0) + 1);
  const tally = new Map<string, { up: number; down: number }>();
  for (const v of votes.filter(inPeriod)) {
    const t = tally.get(v.entry) ?? { up: 0, down: 0 };
    t.up += v.up;
    t.down += v.down;
    tally.set(v.entry, t);
  }
  const entries = new Set([...askedByEntry.keys(), ...tally.keys()]);
  // A vote changed in the period from one cast before it would count below zero; it counts as none.
  const feedback = [...entries]
    .map((entry) => ({
      entry,
      up: Math.max(0, tally.get(entry)?.up ?? 0),
      down: Math.max(0, tally.get(entry)?.down ?? 0),
    }))
    .sort(
      (a, b) =>
        (askedByEntry.get(b.entry) ?? 0) - (askedByEntry.get(a.entry) ?? 0) ||
        b.up + b.down - (a.up + a.down) ||
        a.entry.localeCompare(b.entry),
    );

  const { groups, actions } = groupFailed(asked, reader);
  return {
    report: {
      days,
      asked: asked.length,
      answered: count("answered"),
      didYouMean: count("did-you-mean"),
      doesntSay: count("doesnt-say"),
      refused: count("refused"),
      byLanguage,
      feedback,
      failed: groups,
    },
    askedByEntry,
    actions,
    from,
    to: now,
  };
}

function groupFailed(
  asked: readonly QuestionRecord[],
  reader: QuestionReader,
): { groups: FailedGroup[]; actions: SuggestedAction[] } {
  const byMeaning = new Map<
    string,
    { texts: Map<string, number>; reasons: Map<FailReason, number>; last: number }
  >();
  for (const r of asked) {
    if (!r.failed) continue;
    const key = meaningKey(r.failed.text, reader.explain(r.failed.text));
    const group = byMeaning.get(key) ?? { texts: new Map(), reasons: new Map(), last: 0 };
    bump(group.texts, r.failed.text);
    bump(group.reasons, r.failed.reason);
    group.last = Math.max(group.last, r.t);
    byMeaning.set(key, group);
  }
  const sorted = [...byMeaning.values()]
    .map((g) => ({ ...g, count: [...g.texts.values()].reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.count - a.count || b.last - a.last);
  const groups: FailedGroup[] = [];
  const actions: SuggestedAction[] = [];
  for (const g of sorted) {
    const question = mostFrequent(g.texts);
    const action = suggestAction(question, reader);
    actions.push(action);
    groups.push({
      question,
      count: g.count,
      reason: mostFrequent(g.reasons),
      nearest: reader.explain(question).ranked[0]?.entryId ?? null,
      action: describeAction(action),
    });
  }
  return { groups, actions };
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The key seen most often; the first seen wins a tie. */
function mostFrequent<K>(map: Map<K, number>): K {
  let best: [K, number] | undefined;
  for (const entry of map) if (!best || entry[1] > best[1]) best = entry;
  return best![0];
}
