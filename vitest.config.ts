import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Three projects, run one after the other (sequence.groupOrder):
// - "shared", on every core: the in-process tests of the engine, dialogue, claim checker and bot. Not isolated: a
//   worker runs file after file in one module graph, so the real knowledge base is loaded and indexed once per
//   worker (test/helpers/engine.ts), not once per file (~1.6 s a file). The modules keep only caches keyed by what
//   they are handed, lazily read files and scratch arrays; no test mocks a module or writes process.env, and the
//   two that fake Date restore it.
// - "isolated", on every core: each file in a fresh module graph, as vitest runs by default. The files that build
//   their own engine, claim checker or dialogue (OWN_STATE: they judge what one built alone does; the claim checker
//   numbers the article's spans in a process-wide count, src/claims/span-index.ts, which span-index.test.ts reads)
//   and the folders of servers and stores (cli, e2e, storage, transports, new ones).
// - "programs", one file at a time: the timed files (TIMED) and the files that start child processes (the program
//   through tsx, the CLIs, the build): each child wants a core of its own, and their startup waits (15 s) and
//   timed guards are not made for sharing the machine with another file's work.
const SHARED = ["answering", "bot", "claims", "curation", "dialogue", "eval", "knowledge", "lib", "routing"];

/** Files of SHARED's folders that need a fresh module graph (see above). */
const OWN_STATE = [
  "test/answering/everyday-english13.test.ts",
  "test/answering/russian.test.ts",
  "test/answering/saved-index.test.ts",
  "test/bot/real-knowledge-base.test.ts",
  "test/claims/adversarial.test.ts",
  "test/claims/check.test.ts",
  "test/claims/polarity.test.ts",
  "test/claims/position-event-and-scope.test.ts",
  "test/claims/privative-and-correction.test.ts",
  "test/claims/properties.test.ts",
  "test/claims/russian.test.ts",
  "test/claims/sharing.test.ts",
  "test/claims/span-index.test.ts",
  "test/claims/tense-and-alone.test.ts",
  "test/claims/verdict-tail.test.ts",
  "test/dialogue/check-cache.test.ts",
  "test/dialogue/wish-not-said.test.ts",
  "test/dialogue/yes-no-ru.test.ts",
  "test/knowledge/tidy31-tables.test.ts",
];

const testFiles = readdirSync(fileURLToPath(new URL("test", import.meta.url)), {
  recursive: true,
  encoding: "utf8",
})
  .filter((file) => file.endsWith(".test.ts"))
  .map((file) => `test/${file.replaceAll("\\", "/")}`);
/** Starts a child process (node:child_process, or test/cli/run.ts and test/helpers/program.ts that use it). */
const startsProcesses = (file: string) =>
  /\b(?:spawn|spawnSync|execFile|execFileSync|fork|runCli|startProgram)\(/.test(
    readFileSync(fileURLToPath(new URL(file, import.meta.url)), "utf8"),
  );
/**
 * Files whose guards are timed (a regexp's linear time, a shutdown's grace, a burst of webhook updates, the fuzz's
 * budget): they run with the programs, one file at a time, so another file's work on the other core does not eat
 * their margin.
 */
const TIMED = [
  "test/bot/linear-time.test.ts",
  "test/e2e/fuzz.test.ts",
  "test/transports/polling-runtime.test.ts",
  "test/transports/webhook-load.test.ts",
];
const programs = testFiles.filter((file) => TIMED.includes(file) || startsProcesses(file));
const isShared = (file: string) =>
  SHARED.includes(file.split("/")[1]!) && !OWN_STATE.includes(file) && !programs.includes(file);

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: "forks",
    // vitest's default leaves a core to itself (cores - 1: ONE worker on 2 cores); its own process mostly waits.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          include: testFiles.filter(isShared),
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "isolated",
          include: testFiles.filter((file) => !isShared(file) && !programs.includes(file)),
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "programs",
          include: programs,
          maxWorkers: 1,
          // Child processes load the whole bot (10–17 s each at load 15 beside other jobs): the hang guards are
          // sized for a loaded machine, not for speed (that is npm run bench).
          testTimeout: 90_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
