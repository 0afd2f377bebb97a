// Multi-turn dialogues, judged turn by turn with the chat's context carried, by the same rules as judge.ts;
// a turn labelled yes/no must also open with the right verdict.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Lang } from "../answering/types.js";
import type { Dialogue, DialogueContext, YesNo } from "../dialogue/index.js";
import { dialogueRecord } from "../dialogue/plain-text.js";
import { type EvalQuestion, judge, questionSchema } from "./judge.js";

/** "unknown", "doesn't say" and the like all mean the article does not settle it. */
const yesNoLabel = z.string().transform((s): YesNo => {
  const t = s.toLowerCase().replace(/[^a-z]/g, "");
  return t === "yes" ? "yes" : t === "no" ? "no" : "not-said";
});

const turnSchema = questionSchema.extend({ yesno: yesNoLabel.optional() });
export const dialogueSchema = z.object({
  id: z.string(),
  lang: z.enum(["en", "ru"]).default("en"),
  turns: z.array(turnSchema).min(1),
});
export type EvalDialogue = z.infer<typeof dialogueSchema>;

export function readDialogues(file: string): EvalDialogue[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      const raw = JSON.parse(line);
      // A plain question line is a dialogue of one turn: question sets run through the dialogue layer as is.
      const parsed = dialogueSchema.safeParse(
        raw && typeof raw === "object" && "q" in raw ? { id: `line ${i + 1}`, turns: [raw] } : raw,
      );
      if (!parsed.success)
        throw new Error(`${file}:${i + 1}: not a dialogue line: ${parsed.error.issues[0]?.message}`);
      return [parsed.data];
    });
}

export interface TurnResult {
  dialogue: string;
  expect: EvalQuestion["expect"];
  turn: number;
  q: string;
  ok: boolean;
  /** A yes/no turn: whether the verdict was right (null when the turn has no label). */
  verdictOk: boolean | null;
  detail: string;
}

export interface DialogueVerdict {
  turns: TurnResult[];
  /** Every turn that passed / all turns. */
  passed: number;
  total: number;
  /** Turns after the first (read in context) that passed / all such turns. */
  inContext: { passed: number; total: number };
  dialoguesWhole: { passed: number; total: number };
  yesNo: { passed: number; total: number };
  /** Turns by what they expect: answered right, refused right, "doesn't say" handled. */
  byExpect: Record<EvalQuestion["expect"], { passed: number; total: number }>;
  badQuotes: number;
}

/** The pause between turns in a judged dialogue: well inside the context's lifetime. */
const TURN_GAP_MS = 20_000;

export function judgeDialogues(
  dialogues: EvalDialogue[],
  dialogue: Dialogue,
  articleText: string,
): DialogueVerdict {
  const turns: TurnResult[] = [];
  let badQuotes = 0;
  let wholeOk = 0;
  for (const d of dialogues) {
    let context: DialogueContext | null = null;
    let now = Date.UTC(2026, 0, 1);
    let allOk = true;
    d.turns.forEach((t, i) => {
      const turn = dialogue.respond(t.q, { lang: d.lang as Lang, context, now });
      context = turn.context;
      now += TURN_GAP_MS;
      const record = dialogueRecord(t.q, turn);
      const question: EvalQuestion = { q: t.q, expect: t.expect, all: t.all, speaker: t.speaker };
      const v = judge([question], [record], articleText);
      badQuotes += v.badQuotes;
      const verdictOk = t.yesno === undefined ? null : record.verdict === t.yesno;
      const ok = v.failed === 0 && verdictOk !== false;
      if (!ok) allOk = false;
      turns.push({
        dialogue: d.id,
        expect: t.expect,
        turn: i + 1,
        q: t.q,
        ok,
        verdictOk,
        detail: `${record.kinds.join("+")} ${record.entry ?? ""} verdict=${record.verdict ?? "-"}${t.yesno ? ` (want ${t.yesno})` : ""}: ${record.answer.slice(0, 140)}`,
      });
    });
    if (allOk) wholeOk++;
  }
  const count = (rs: TurnResult[]) => ({ passed: rs.filter((r) => r.ok).length, total: rs.length });
  const labelled = turns.filter((r) => r.verdictOk !== null);
  return {
    turns,
    ...count(turns),
    inContext: count(turns.filter((r) => r.turn > 1)),
    dialoguesWhole: { passed: wholeOk, total: dialogues.length },
    yesNo: { passed: labelled.filter((r) => r.verdictOk).length, total: labelled.length },
    byExpect: {
      answer: count(turns.filter((r) => r.expect === "answer")),
      refuse: count(turns.filter((r) => r.expect === "refuse")),
      either: count(turns.filter((r) => r.expect === "either")),
    },
    badQuotes,
  };
}

const pct = (x: { passed: number; total: number }) =>
  x.total === 0 ? "n/a" : `${((100 * x.passed) / x.total).toFixed(1)}% (${x.passed}/${x.total})`;

export function describeDialogueVerdict(v: DialogueVerdict): string {
  const e = v.byExpect;
  return `turns right ${pct(v)} (answered right ${pct(e.answer)}, refused right ${pct(e.refuse)}, "doesn't say" handled ${pct(e.either)}); follow-up turns (in context) ${pct(v.inContext)}; whole dialogues ${pct(v.dialoguesWhole)}; yes/no verdicts ${pct(v.yesNo)}; quotes not in article ${v.badQuotes}`;
}
