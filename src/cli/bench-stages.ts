// The bench's resident size by stage (docs/measurements.md "Session 37 (perf37)"): STAGE=imports | kb | warm |
// once | full. Run as bench.js is run (Procfile flags, malloc env) from its own bundle, dist/app/stages/bench-stages.js
// (npm run build makes it as it makes dist/app/bench/). Each stage does what the ones before it did, then
// prints RSS, V8's used space (old, code, large-object), malloc's main arena ([heap]) and anonymous memory, and
// exits. imports: the bundle's modules evaluated, nothing loaded (with GRAMMY=1, every stage also builds a grammY
// Bot first: bench.js imports no grammY; the bare bot's cost is measured apart, by a `node -e` that builds one).
// kb: the knowledge snapshot and the saved English index loaded, no warm-up; warm: + engine and claim warm-ups
// (Russian index, article index); once: + every distinct question answered once and every distinct message
// through a dialogue once; full: everything bench.js does before its RSS reading (its timing arrays aside).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import v8 from "node:v8";
import { createEngine, loadSavedEnglishIndex, SAVED_INDEX_FILE } from "../answering/index.js";
import { claimCheckerSharing } from "../claims/index.js";
import { readCheckedConversation } from "../dialogue/conversation-read.js";
import { createDialogue } from "../dialogue/dialogue.js";
import type { DialogueContext } from "../dialogue/index.js";
import {
  defaultKnowledgeDir,
  knowledgeHash,
  readKnowledgeSnapshot,
  SNAPSHOT_FILE,
} from "../knowledge/index.js";
import { projectRoot } from "../lib/project-root.js";
import { benchMix, WARM_UP } from "./bench-mix.js";

const STAGES = ["imports", "kb", "warm", "once", "full"];
const stage = STAGES.indexOf(process.env.STAGE ?? "full");
if (stage < 0) throw new Error(`STAGE: one of ${STAGES.join(", ")}`);

function report(name: string): void {
  const mb = (b: number) => (b / 2 ** 20).toFixed(1);
  const used = new Map(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s] as const));
  const space = (n: string) =>
    `${mb(used.get(n)?.space_used_size ?? 0)}/${mb(used.get(n)?.physical_space_size ?? 0)}`;
  const m = process.memoryUsage();
  let mapping = "";
  const by = { anon: 0, heap: 0, node: 0, other: 0 };
  // smaps read without patterns: a mapping's line starts "start-end perms offset dev inode [name]".
  const hex = new Set("0123456789abcdef-");
  for (const line of readFileSync("/proc/self/smaps", "utf8").split("\n")) {
    const fields = line.split(" ").filter((f) => f !== "");
    const first = fields[0] ?? "";
    if (first.includes("-") && [...first].every((c) => hex.has(c))) {
      mapping = fields.slice(5).join(" ");
      continue;
    }
    if (first !== "Rss:") continue;
    const bytes = Number(fields[1]) * 1024;
    if (mapping === "") by.anon += bytes;
    else if (mapping === "[heap]") by.heap += bytes;
    else if (mapping.endsWith("/node")) by.node += bytes;
    else by.other += bytes;
  }
  console.log(
    `STAGE ${name} rss ${mb(m.rss)} heapUsed ${mb(m.heapUsed)} old ${space("old_space")} code ${space("code_space")} lo ${space("large_object_space")} new ${space("new_space")} ext ${mb(m.external)} | anon ${mb(by.anon)} [heap] ${mb(by.heap)} node ${mb(by.node)} other ${mb(by.other)}`,
  );
  // SNAP=FILE: a heap snapshot of the stage (collects garbage first), for scripts/memory-breakdown.mjs --snapshot.
  if (process.env.SNAP) v8.writeHeapSnapshot(process.env.SNAP);
  // PAUSE_S=N: hold the process N seconds (blocked in a child's wait), e.g. for `gdb -p PID` to call malloc_stats.
  if (process.env.PAUSE_S) {
    console.log(`PAUSE ${process.pid}`);
    spawnSync("sleep", [process.env.PAUSE_S]);
  }
  process.exit(0);
}

if (process.env.GRAMMY === "1") {
  const grammy = (await import("grammy")) as typeof import("grammy") & { default?: typeof import("grammy") };
  const bot = new (grammy.Bot ?? grammy.default!.Bot)("0:stages");
  (globalThis as { stageBot?: unknown }).stageBot = bot;
}
if (stage === 0) report("imports");
const knowledgeDir = defaultKnowledgeDir();
const hash = knowledgeHash(knowledgeDir);
const snapshotted = readKnowledgeSnapshot(
  knowledgeDir,
  join(projectRoot(), "dist", "app", SNAPSHOT_FILE),
  hash,
);
if (!snapshotted) throw new Error("no fresh snapshot: npm run build first");
const kb = snapshotted;
const engine = createEngine(
  kb,
  {},
  loadSavedEnglishIndex(knowledgeDir, join(projectRoot(), "dist", "app", SAVED_INDEX_FILE), hash),
);
const mix = benchMix(join(knowledgeDir, "..", "test", "questions"));
if (stage === 1) report("kb");
const claims = claimCheckerSharing(kb, engine);
engine.warmUp();
claims.warmUp();
if (stage === 2) report("warm");
const conversation = readCheckedConversation(knowledgeDir) ?? { storyPoint: [], verdicts: new Map() };
if (stage === 3) {
  for (let i = 0; i < mix.distinct; i++) engine.findAnswer(mix.questionAt(i));
  const dialogue = createDialogue({ engine, kb, claims, conversation });
  let context: DialogueContext | null = null;
  for (let i = 0; i < mix.distinct; i++)
    context = dialogue.respond(mix.messageAt(i), { lang: "en", context, now: i * 1000 }).context;
  report("once");
}
// As bench.js: warm-up answers, 12,000 answers, a warm-up dialogue dropped, 12,000 turns.
for (let k = 0; k < WARM_UP; k++) engine.findAnswer(mix.questionAt(mix.warmUpAt(k)));
for (let i = 0; i < 12_000; i++) engine.findAnswer(mix.questionAt(i));
function warmUpTurns(): void {
  const warm = createDialogue({ engine, kb, claims, conversation });
  let c: DialogueContext | null = null;
  for (let k = 0; k < WARM_UP; k++)
    c = warm.respond(mix.messageAt(mix.warmUpAt(k)), { lang: "en", context: c, now: k * 1000 }).context;
}
warmUpTurns();
const dialogue = createDialogue({ engine, kb, claims, conversation });
let context: DialogueContext | null = null;
for (let i = 0; i < 12_000; i++)
  context = dialogue.respond(mix.messageAt(i), { lang: "en", context, now: i * 1000 }).context;
report("full");
