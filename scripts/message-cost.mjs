// node --max-semi-space-size=4 scripts/message-cost.mjs [OUT.json] — what every message of test/questions costs
// on the CPU clock (process.cpuUsage) through the dialogue layer (built code, as question-cost.mjs --turns): each
// question of a question set as a new chat's only message, each dialogue of a dialogue set played turn by turn
// with its context. Everything is played twice and the SECOND play is timed, so lazy starts, first-use regexp
// compiles and typo look-ups of new words are out: what is left is what the turn itself costs. Prints the
// distribution (p50 / p99 / p99.9 / max) and the dearest TOP (default 30); OUT.json keeps every cost.
// ONLY=file.json (a list of {lang, turns}) plays those chats only, REPEAT times (default 5), median reported.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dist, loadBuiltEngine } from "./built-engine.mjs";

const root = new URL("..", import.meta.url).pathname;
const { claimCheckerSharing } = await import(dist("claims/index.js"));
const { readCheckedConversation } = await import(dist("dialogue/conversation-read.js"));
const { createDialogue } = await import(dist("dialogue/dialogue.js"));

const { knowledgeDir, kb, engine } = await loadBuiltEngine();
const claims = claimCheckerSharing(kb, engine);
claims.warmUp();
engine.warmUp();
const conversation = readCheckedConversation(knowledgeDir) ?? { storyPoint: [], verdicts: new Map() };
const dialogue = createDialogue({ engine, kb, claims, conversation });

const langOf = (rec, q) => rec.lang ?? (/\p{Script=Cyrillic}/u.test(q) ? "ru" : "en");
/** Every chat of test/questions: {lang, turns: string[]}; single questions deduplicated. */
function allChats() {
  const dir = join(root, "test", "questions");
  const chats = [];
  const seen = new Set();
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".jsonl") || f.startsWith("claims") || f.startsWith("router-probes")) continue;
    for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      if (rec.turns) chats.push({ lang: langOf(rec, rec.turns[0].q), turns: rec.turns.map((t) => t.q) });
      else if (typeof rec.q === "string") {
        const lang = langOf(rec, rec.q);
        if (seen.has(lang + rec.q)) continue;
        seen.add(lang + rec.q);
        chats.push({ lang, turns: [rec.q] });
      }
    }
  }
  return chats;
}
const chats = process.env.ONLY ? JSON.parse(readFileSync(process.env.ONLY, "utf8")) : allChats();
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** Plays one chat; returns each turn's CPU ms. */
function play(chat) {
  let context = null;
  let now = Date.UTC(2026, 0, 1);
  return chat.turns.map((text) => {
    const c = cpuMs();
    context = dialogue.respond(text, { lang: chat.lang, context, now }).context;
    now += 60_000;
    return cpuMs() - c;
  });
}
const repeat = process.env.ONLY ? Number(process.env.REPEAT ?? 5) : 1;
for (const chat of chats) play(chat);
const runs = chats.map(() => []);
for (let r = 0; r < repeat; r++)
  chats.forEach((chat, i) => {
    runs[i].push(play(chat));
  });
const rows = [];
chats.forEach((chat, i) => {
  chat.turns.forEach((q, t) => {
    const xs = runs[i].map((run) => run[t]).sort((a, b) => a - b);
    rows.push({ lang: chat.lang, chat: i, turn: t, q, ms: xs[xs.length >> 1] });
  });
});
const sorted = rows.map((r) => r.ms).sort((a, b) => a - b);
const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const f = (x) => x.toFixed(2);
console.log(
  `${rows.length} messages in ${chats.length} chats, CPU ms (second play${repeat > 1 ? `, median of ${repeat}` : ""}): p50 ${f(at(50))}  p90 ${f(at(90))}  p99 ${f(at(99))}  p99.9 ${f(at(99.9))}  max ${f(sorted.at(-1))}  total ${f(sorted.reduce((a, b) => a + b, 0))}`,
);
const dear = [...rows].sort((a, b) => b.ms - a.ms);
for (const r of dear.slice(0, Number(process.env.TOP ?? 30)))
  console.log(
    `  ${f(r.ms).padStart(7)}  ${r.lang} ${
      r.turn > 0
        ? `turn ${r.turn + 1} of [${chats[r.chat].turns
            .slice(0, r.turn)
            .map((x) => JSON.stringify(x))
            .join(", ")}] `
        : ""
    }${JSON.stringify(r.q)}`,
  );
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify({ rows, chats }));
