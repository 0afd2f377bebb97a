// The program runs with one set of V8 flags wherever it is started (Procfile's web and worker, `npm start`), and
// the benches measure it with the same ones (their RSS is the program's): a flag added in one place only would
// make the bench measure another program. The same holds for glibc malloc's two settings, which must be in the
// environment before node starts (docs/operations.md): they stand before `node` on each of those lines.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const read = (file: string) => readFileSync(join(root, file), "utf8");
const FLAGS =
  "--optimize-for-size --max-semi-space-size=4 --max-old-space-size=128 --v8-pool-size=1 --no-incremental-marking --interrupt-budget=270336";
const ENV = "MALLOC_ARENA_MAX=2 MALLOC_TRIM_THRESHOLD_=131072";

describe("the program's V8 flags and malloc environment", () => {
  it("are the same in the Procfile, npm start and the benches that measure the program", () => {
    const procfile = read("Procfile").trim().split("\n");
    expect(procfile).toHaveLength(2);
    for (const line of procfile) expect(line).toContain(`${ENV} node ${FLAGS} dist/app/main.js`);
    const scripts = JSON.parse(read("package.json")).scripts as Record<string, string>;
    expect(scripts.start).toBe(`${ENV} node ${FLAGS} scripts/start.mjs`);
    for (const bench of [
      "dist/app/bench/bench.js",
      "dist/src/cli/bench-webhook.js",
      "dist/app/bench/bench-memory.js",
    ])
      expect(scripts.bench).toMatch(
        new RegExp(`&& ${ENV} node ${FLAGS}(?: --expose-gc)? ${bench.replaceAll(".", "\\.")}`),
      );
    // The cold-start bench spawns the program itself.
    const coldStart = read("src/cli/bench-cold-start.ts");
    expect(coldStart.replace(/\s+/g, " ")).toContain(
      `"story-qa-bot": [ ${FLAGS.split(" ")
        .map((f) => `"${f}",`)
        .join(" ")} join(`,
    );
    const env = ENV.split(" ")
      .map((pair) => pair.split("="))
      .map(([name, value]) => `${name}: "${value}"`)
      .join(", ");
    expect(coldStart.replace(/\s+/g, " ")).toContain(`"story-qa-bot": { ${env} }`);
  });

  it("are the ones the README and docs/operations.md show", () => {
    for (const doc of ["README.md", "docs/operations.md"])
      for (const mode of ["worker: BOT_MODE=polling", "web: BOT_MODE=webhook"])
        expect(read(doc)).toContain(`${mode} ${ENV} node ${FLAGS} dist/app/main.js`);
  });

  it("reach the process a shell starts from a Procfile line (Procfile runners and npm run use sh)", () => {
    for (const line of read("Procfile").trim().split("\n")) {
      const command = line
        .slice(line.indexOf(":") + 1)
        .replace(
          "dist/app/main.js",
          `-p "[process.env.MALLOC_ARENA_MAX, process.env.MALLOC_TRIM_THRESHOLD_]"`,
        );
      expect(execFileSync("sh", ["-c", command], { encoding: "utf8" }).replace(/\s+/g, "")).toBe(
        "['2','131072']",
      );
    }
  });
});
