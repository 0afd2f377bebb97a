// node scripts/same-output.mjs OUT_DIR — everything the engine, the dialogue layer and the claim checker answer to
// every question, dialogue and claim of test/questions/*.jsonl (plus the bench's own message mix), in full JSON,
// one file per set. Run it before and after a change meant to alter no behaviour (speed, memory, wiring) and diff
// the two directories: `diff -r before after` prints nothing when nothing changed. Uses the build (npm run build).
// Every set is played twice in one process and both passes written: warm caches must answer as cold ones.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dist, loadBuiltEngine } from "./built-engine.mjs";

const root = new URL("..", import.meta.url).pathname;

const { createClaimChecker } = await import(dist("claims/index.js"));
const { readCheckedConversation } = await import(dist("dialogue/conversation-read.js"));
const { createDialogue } = await import(dist("dialogue/dialogue.js"));

const out = process.argv[2];
if (!out) {
  console.error("usage: node scripts/same-output.mjs OUT_DIR");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const { knowledgeDir, kb, engine } = await loadBuiltEngine();
// As the program wires it: the checker shares the engine's lexicons where the engine offers them.
const claims =
  typeof engine.lexicon === "function"
    ? createClaimChecker(kb, engine.lexicon("en"), undefined, () => engine.lexicon("ru"))
    : createClaimChecker(kb);
const dialogue = createDialogue({
  engine,
  kb,
  claims,
  conversation: readCheckedConversation(knowledgeDir) ?? { storyPoint: [], verdicts: new Map() },
});

const setsDir = join(root, "test", "questions");
const sets = readdirSync(setsDir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort();
const linesOf = (file) =>
  readFileSync(join(setsDir, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));

const NOW = Date.UTC(2026, 0, 1);
for (const pass of [1, 2]) {
  for (const file of sets) {
    const rows = [];
    for (const line of linesOf(file)) {
      if (typeof line.claim === "string") {
        rows.push({ claim: line.claim, verdict: claims(line.claim) });
        // A claim is also a message someone may send: answered and read by the dialogue as one.
        rows.push({ q: line.claim, answer: engine.findAnswer(line.claim) });
      } else if (Array.isArray(line.turns)) {
        let context = null;
        let now = NOW;
        for (const t of line.turns) {
          const turn = dialogue.respond(t.q, { lang: line.lang ?? "en", context, now });
          context = turn.context;
          now += 60_000;
          rows.push({ q: t.q, turn, answer: engine.findAnswer(t.q, line.lang) });
        }
      } else if (typeof line.q === "string") {
        const turn = dialogue.respond(line.q, { lang: line.lang ?? "en", context: null, now: NOW });
        rows.push({ q: line.q, answer: engine.findAnswer(line.q), turn });
      }
    }
    writeFileSync(join(out, `${file}.${pass}.json`), rows.map((r) => JSON.stringify(r)).join("\n"));
  }
}

// The bench's dialogue mix (src/cli/bench-mix.ts: a quarter follow-ups, typo and case variants), context carried.
const { benchMix } = await import(dist("cli/bench-mix.js"));
const mix = benchMix(setsDir);
let context = null;
const rows = [];
for (let i = 0; i < 12_000; i++) {
  const m = mix.messageAt(i);
  const turn = dialogue.respond(m, { lang: "en", context, now: i * 1000 });
  context = turn.context;
  rows.push(JSON.stringify({ m, turn }));
}
writeFileSync(join(out, "bench-mix.json"), rows.join("\n"));
console.log(`${sets.length} sets and the bench mix written to ${out}`);
