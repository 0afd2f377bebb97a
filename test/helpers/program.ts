// The whole program (src/main.ts) as `npm start` runs it, in a child process, with its output captured. Every
// child is killed after each test, even a failed one (call stopPrograms in afterEach).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TEST_TOKEN } from "./harness.js";

export interface Program {
  child: ChildProcess;
  out: { stdout: string; stderr: string };
  /** The exit code (null if killed by a signal). */
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();

/** A fresh DATA_DIR, so programs of parallel tests never share an SQLite file (nor its record of update ids). */
export function testDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "story-qa-bot-data-"));
  dataDirs.push(dir);
  return dir;
}
const dataDirs: string[] = [];

/** Deletes the data folders made so far (call after the programs using them have exited). */
export function removeTestDataDirs(): void {
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts the program with BOT_TOKEN set to the test token, a fresh DATA_DIR, and `env` on top of this process's
 * environment.
 */
export function startProgram(env: Record<string, string>): Program {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      BOT_TOKEN: TEST_TOKEN,
      BOT_MODE: "",
      LOG_LEVEL: "info",
      DATA_DIR: testDataDir(),
      REDIS_URL: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  const out = { stdout: "", stderr: "" };
  child.stdout!.on("data", (c: Buffer) => (out.stdout += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (out.stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on("close", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { child, out, exited };
}

export async function stopPrograms(): Promise<void> {
  for (const child of running)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  running.clear();
}

/** The program's log lines (JSON, one per line on stdout). */
// biome-ignore lint/suspicious/noExplicitAny: log records are free-form JSON.
export function logLines(program: Program): Record<string, any>[] {
  return program.out.stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
}
