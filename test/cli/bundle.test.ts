// The program as Procfile and `npm start` run it: the one-file bundle with the knowledge snapshot beside it,
// built by scripts/bundle.mjs (here into a folder of its own), started without a token and asked a question.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codeHash } from "../../src/answering/code-key.js";

const outdir = join("dist", `test-bundle-${process.pid}`);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function ask(
  lines: string,
  knowledgeDir = "",
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(outdir, "main.js")], {
    env: { ...process.env, BOT_TOKEN: "", BOT_MODE: "", LOG_LEVEL: "", KNOWLEDGE_DIR: knowledgeDir },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  child.stdin.end(lines);
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

describe("the bundle (dist/app/main.js)", () => {
  it("builds with its knowledge snapshot and English index and answers in English and Russian", async () => {
    const built = spawnSync(process.execPath, ["scripts/bundle.mjs"], {
      env: { ...process.env, BUNDLE_OUTDIR: outdir },
      encoding: "utf8",
    });
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    expect(existsSync(join(outdir, "knowledge.snapshot.json"))).toBe(true);
    expect(existsSync(join(outdir, "english-index.json"))).toBe(true);
    // Keyed by the code as a run from the sources keys it: the bundle's constant is the sources' hash.
    const saved = JSON.parse(readFileSync(join(outdir, "english-index.json"), "utf8"));
    expect(saved.code).toBe(codeHash("src"));

    const { code, stdout, stderr } = await ask("who did putin call?\nкому звонил путин?\n");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Who did Putin speak to on the phone, and what did he say?");
    expect(stdout).toContain("С кем Путин говорил по телефону и что он сказал?");
  }, 60_000);

  it("starts without the validation's code (zod), which only full-load.js holds", () => {
    const program = readdirSync(outdir).filter((f) => f.endsWith(".js") && f !== "kb-snapshot.js");
    const withZod = program.filter((f) => readFileSync(join(outdir, f), "utf8").includes("ZodObject"));
    expect(withZod).toEqual(["full-load.js"]);
    expect(readFileSync(join(outdir, "main.js"), "utf8")).toContain('import("./full-load.js")');
  });

  it("holds our regexps' property escapes BMP-only, rewritten as it bundled src/ (scripts/bmp-regexps.mjs)", () => {
    const main = readFileSync(join(outdir, "main.js"), "utf8");
    expect(main.split("\\u{10000}-\\u{10ffff}").length).toBeGreaterThan(1000);
    // What is left is a dependency's own (fuse.js's tokenizer); src/ has thousands.
    expect(main.split("\\p{L}").length - 1).toBeLessThan(5);
  });

  it("is ASCII-only, so V8 holds its sources one byte a character (scripts/bmp-regexps/ascii.mjs)", () => {
    for (const file of readdirSync(outdir).filter((f) => f.endsWith(".js")))
      expect(
        /[\u0080-\u{10ffff}]/u.exec(readFileSync(join(outdir, file), "utf8"))?.[0],
        file,
      ).toBeUndefined();
  });

  it("validates an edited knowledge base in full at start, and says what is wrong with a broken one", async () => {
    const kb = join(mkdtempSync(join(tmpdir(), "bundle-kb-")), "knowledge");
    cpSync("knowledge", kb, { recursive: true });
    writeFileSync(join(kb, "article.txt"), `${readFileSync(join(kb, "article.txt"), "utf8")}\n`);
    const edited = await ask("who did putin call?\n", kb);
    expect(edited.stderr).toBe("");
    expect(edited.stdout).toContain("Who did Putin speak to on the phone, and what did he say?");

    const conversation = JSON.parse(readFileSync(join(kb, "conversation.json"), "utf8"));
    writeFileSync(join(kb, "conversation.json"), JSON.stringify({ ...conversation, storyPoint: ["nope"] }));
    const broken = await ask("hi\n", kb);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('conversation.json: storyPoint[0]: "nope" is not an entry id');
  }, 60_000);
});
