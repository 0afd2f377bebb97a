// Bounded memory: 25,000 new people each send /ask and never answer, through the whole bot with its SQLite
// store (as in production). Target: RSS <= 150 MB afterwards. `--store=memory` runs the same with the state in
// memory instead (what the bot did before it had a store), for comparison. Exits 1 when the target is missed.
// Run after npm run build: node --expose-gc dist/src/cli/bench-memory.js
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ApiClientOptions } from "grammy";
import { createEngine } from "../answering/index.js";
import { createBot } from "../bot/index.js";
import { claimCheckerSharing } from "../claims/index.js";
import { createLogger } from "../logger.js";
import { openSqliteStore } from "../storage/index.js";
import { localBotInfo, textMessageUpdate } from "../transports/local-updates.js";
import { loadKnowledgeBaseOrExit } from "./load.js";

const PEOPLE = 25_000;
const TARGET_RSS_MB = 150;
const inMemory = process.argv.includes("--store=memory");

const kb = loadKnowledgeBaseOrExit();
const dir = mkdtempSync(join(tmpdir(), "bench-memory-"));
const store = inMemory ? undefined : openSqliteStore({ file: join(dir, "bench.sqlite") });
let messageId = 1;
const fetch = (async (url: string | URL) => {
  const method = String(url).split("/").pop();
  const result =
    method === "sendMessage"
      ? { message_id: messageId++, date: 0, chat: { id: 1, type: "private" }, text: "" }
      : true;
  return new Response(JSON.stringify({ ok: true, result }), {
    headers: { "content-type": "application/json" },
  });
}) as unknown as NonNullable<ApiClientOptions["fetch"]>;
const engine = createEngine(kb);
const bot = createBot({
  token: "0:memory",
  kb,
  engine,
  // As the program wires it (main.ts): the claim checker reads with the engine's lexicons.
  claims: claimCheckerSharing(kb, engine),
  logger: createLogger({ level: "warn", destination: process.stderr }),
  botInfo: localBotInfo(4243, "StoryQaMemoryBot"),
  client: { fetch },
  store,
});

const rss = () => process.memoryUsage().rss / 2 ** 20;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = rss();
for (let i = 0; i < PEOPLE; i++) {
  const user = { id: 5_000_000 + i, is_bot: false, first_name: `P${i}` };
  await bot.handleUpdate(
    textMessageUpdate(
      i + 1,
      i + 1,
      { chat: { id: user.id, type: "private", first_name: user.first_name }, user },
      "/ask",
    ),
  );
}
gc?.();
const after = rss();
await store?.close();
rmSync(dir, { recursive: true, force: true });

const ok = inMemory || after <= TARGET_RSS_MB;
console.log(
  `memory: ${PEOPLE.toLocaleString("en")} people leave /ask open, state ${inMemory ? "in memory" : "in SQLite"}`,
);
console.log(
  `  ${ok ? "ok  " : "MISS"} RSS${inMemory ? "" : ` (target <= ${TARGET_RSS_MB} MB)`}: ${after.toFixed(1)} MB (${before.toFixed(1)} MB before)`,
);
if (!ok) process.exitCode = 1;
