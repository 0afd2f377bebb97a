// The whole program (src/main.ts) in each mode with a token, against a fake Bot API on BOT_API_ROOT.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { textMessageUpdate } from "../../src/transports/local-updates.js";
import { type FakeBotApiServer, freePort, startFakeBotApiServer } from "../helpers/fake-bot-api-server.js";
import { ASK } from "../helpers/fake-engine.js";
import { PRIVATE, TEST_TOKEN } from "../helpers/harness.js";
import { testDataDir } from "../helpers/program.js";

const SECRET = "e2e_secret-value";
let fake: FakeBotApiServer | undefined;
let child: ChildProcess | undefined;

afterEach(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await fake?.close();
});

function start(env: Record<string, string>) {
  const out = { stdout: "", stderr: "" };
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: process.cwd(),
    env: { ...process.env, BOT_TOKEN: TEST_TOKEN, LOG_LEVEL: "info", DATA_DIR: testDataDir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (c: Buffer) => (out.stdout += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (out.stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child!.on("close", resolve));
  return { out, exited, child };
}

describe("npm start with BOT_TOKEN", () => {
  it("in webhook mode: registers the webhook, answers a POSTed update with the secret, refuses one without", async () => {
    fake = await startFakeBotApiServer();
    const port = await freePort();
    const {
      out,
      exited,
      child: proc,
    } = start({
      BOT_MODE: "webhook",
      BOT_API_ROOT: fake.root,
      WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
    });
    await vi.waitFor(() => expect(fake!.api.of("setWebhook")).toHaveLength(1), { timeout: 45_000 });
    expect(fake.api.of("setWebhook")[0]!.payload).toMatchObject({ secret_token: SECRET });
    expect(fake.api.calls.map((c) => c.method).slice(0, 2)).toEqual(["getMe", "setMyCommands"]);

    const base = `http://127.0.0.1:${port}`;
    const update = JSON.stringify(textMessageUpdate(1, 1, PRIVATE, ASK.offTopic));
    const headers = { "content-type": "application/json" };
    expect((await fetch(`${base}/hook`, { method: "POST", headers, body: update })).status).toBe(401);
    expect(fake.api.of("sendMessage")).toHaveLength(0);
    const res = await fetch(`${base}/hook`, {
      method: "POST",
      headers: { ...headers, "x-telegram-bot-api-secret-token": SECRET },
      body: update,
    });
    expect(res.status).toBe(200);
    expect(fake.api.of("sendMessage")).toHaveLength(1);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    proc.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(out.stdout).toContain("webhook registered");
    expect(out.stdout + out.stderr).not.toContain(TEST_TOKEN);
  });

  it("in polling mode: answers an update and exits 0 on SIGINT", async () => {
    fake = await startFakeBotApiServer();
    fake.api.queueUpdate(textMessageUpdate(1, 1, PRIVATE, "/summary"));
    const { out, exited, child: proc } = start({ BOT_API_ROOT: fake.root });
    await vi.waitFor(() => expect(fake!.api.of("sendMessage")).toHaveLength(1), { timeout: 45_000 });
    proc.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(out.stdout).toContain("polling for updates");
    expect(out.stdout).toContain('"msg":"stopped"');
  });

  it("exits 1 with a clear message when Telegram rejects the token, without printing it", async () => {
    fake = await startFakeBotApiServer();
    fake.api.failNext("getMe", { error_code: 401, description: "Unauthorized" });
    const { out, exited } = start({ BOT_API_ROOT: fake.root });
    expect(await exited).toBe(1);
    expect(out.stdout).toContain("Telegram rejected BOT_TOKEN");
    expect(out.stdout + out.stderr).not.toContain(TEST_TOKEN);
  });

  it("exits 1 saying the port is in use when another program listens on PORT", async () => {
    fake = await startFakeBotApiServer();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const { out, exited } = start({
        BOT_MODE: "webhook",
        BOT_API_ROOT: fake.root,
        WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
        WEBHOOK_SECRET: SECRET,
        PORT: String(port),
        HOST: "127.0.0.1",
      });
      expect(await exited).toBe(1);
      expect(out.stdout).toContain(
        `cannot listen on 127.0.0.1:${port}: the port is in use (another instance or program?); stop it or set PORT to a free port`,
      );
      expect(out.stdout).not.toContain("lost its connection to Telegram");
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("exits 1 with where, why and what to do when REDIS_URL cannot be reached, before calling Telegram", async () => {
    fake = await startFakeBotApiServer();
    const { out, exited } = start({ BOT_API_ROOT: fake.root, REDIS_URL: "redis://:hunter2@127.0.0.1:1" });
    expect(await exited).toBe(1);
    expect(out.stdout).toMatch(
      /cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1: .*ECONNREFUSED.*Check REDIS_URL, or unset it to use the embedded SQLite store in DATA_DIR/,
    );
    expect(out.stdout + out.stderr).not.toContain("hunter2");
    expect(fake.api.calls).toEqual([]);
  });
});
