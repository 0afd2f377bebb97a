// Cold start, side by side: the time from spawning a process to its first reply reaching a Bot API on
// loopback, for a bare grammY bot (bare-bot.ts) and for this program as Procfile and `npm start` run it (the
// bundle dist/app/main.js in polling mode, with its SQLite store). Alternating runs, medians compared. Target:
// ours <= 2x the bare bot. Exits 1 when missed.
// Run after npm run build: node dist/src/cli/bench-cold-start.js
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const RUNS = Number(process.env.COLD_START_RUNS ?? 7);
const TARGET_RATIO = 2;
/** Each run gets its own token, so a killed process's last request cannot take the next run's update. */
let run = 0;
const here = dirname(fileURLToPath(import.meta.url));
const programs = {
  "bare grammY": [join(here, "bare-bot.js")],
  "story-qa-bot": [
    "--optimize-for-size",
    "--max-semi-space-size=4",
    "--max-old-space-size=128",
    "--v8-pool-size=1",
    "--no-incremental-marking",
    "--interrupt-budget=270336",
    join(here, "..", "..", "app", "main.js"),
  ],
};
/** The environment the Procfile gives the program on top of the flags (glibc's malloc: docs/operations.md). */
const programEnv: Record<string, Record<string, string>> = {
  "story-qa-bot": { MALLOC_ARENA_MAX: "2", MALLOC_TRIM_THRESHOLD_: "131072" },
};

/** A Bot API that hands out one message and notes when the reply arrives. */
async function fakeBotApi() {
  let onReply: () => void = () => {};
  let served = false;
  let token = "";
  const server = createServer(async (req, res) => {
    try {
      for await (const _ of req);
    } catch {
      return; // the client was killed mid-request
    }
    const method = (req.url ?? "").split("/").pop();
    if (!(req.url ?? "").startsWith(`/bot${token}/`)) {
      res.writeHead(401, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error_code: 401, description: "Unauthorized" }));
      return;
    }
    let result: unknown = true;
    if (method === "getMe")
      result = { id: 1, is_bot: true, first_name: "Bench", username: "BenchBot", can_join_groups: true };
    else if (method === "getUpdates") {
      const chat = { id: 7, type: "private", first_name: "Ann" };
      const message = { message_id: 1, date: 0, chat, from: { id: 7, is_bot: false, first_name: "Ann" } };
      result = served ? [] : [{ update_id: 1, message: { ...message, text: "who did putin call?" } }];
      // An empty poll waits a little, as Telegram's long poll would.
      if (served) await new Promise((r) => setTimeout(r, 50));
      served = true;
    } else if (method === "sendMessage") {
      result = { message_id: 2, date: 0, chat: { id: 7, type: "private" }, text: "" };
      onReply();
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    root: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    nextReply: (forToken: string) =>
      new Promise<void>((resolve) => {
        token = forToken;
        served = false;
        onReply = resolve;
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

async function timeToFirstReply(args: string[], env: Record<string, string> = {}): Promise<number> {
  // A fresh Bot API each run, so nothing of the last (killed) process can reach this one's.
  const { root, nextReply, close } = await fakeBotApi();
  const dataDir = mkdtempSync(join(tmpdir(), "cold-start-"));
  const token = `123456:cold-start-${++run}`;
  const replied = Promise.race([
    nextReply(token),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no reply within 60 s from ${args.at(-1)}`)), 60_000).unref(),
    ),
  ]);
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      BOT_TOKEN: token,
      BOT_API_ROOT: root,
      BOT_MODE: "polling",
      LOG_LEVEL: "warn",
      DATA_DIR: dataDir,
      REDIS_URL: "",
      ...env,
    },
    stdio: process.env.COLD_START_DEBUG ? "inherit" : "ignore",
  });
  await replied;
  const ms = performance.now() - started;
  child.kill("SIGKILL");
  await new Promise((resolve) => child.once("exit", resolve));
  rmSync(dataDir, { recursive: true, force: true });
  await close();
  return ms;
}

const times: Record<string, number[]> = { "bare grammY": [], "story-qa-bot": [] };
// A warm-up of each, so both find the file system cache equally warm.
for (const [name, args] of Object.entries(programs)) await timeToFirstReply(args, programEnv[name]);
for (let i = 0; i < RUNS; i++)
  for (const [name, args] of Object.entries(programs))
    times[name]!.push(await timeToFirstReply(args, programEnv[name]));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bare = median(times["bare grammY"]!);
const ours = median(times["story-qa-bot"]!);
const ratio = ours / bare;
console.log(`cold start, spawn to first reply on loopback (median of ${RUNS}):`);
console.log(`       bare grammY bot: ${bare.toFixed(0)} ms`);
console.log(`       story-qa-bot:    ${ours.toFixed(0)} ms`);
console.log(
  `  ${ratio <= TARGET_RATIO ? "ok  " : "MISS"} ratio (target <= ${TARGET_RATIO}x): ${ratio.toFixed(2)}x`,
);
if (ratio > TARGET_RATIO) process.exitCode = 1;
