// The second half of `npm run build` (after tsc): the program as one ESM file, dist/app/main.js, which Procfile
// and `npm start` run. Loading one file instead of ~700 modules is most of what makes a start quick. Then the
// knowledge base, validated once here, is written beside it (dist/app/knowledge.snapshot.json, keyed by a hash
// of knowledge/; src/knowledge/snapshot.ts), with the English index (keyed by knowledge/ and by the code that
// built it; src/answering/saved-index.ts).
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { asciiRegexps, mayHoldNonAscii } from "./bmp-regexps/ascii.mjs";
import { barrierRegexps, leanModuleFor } from "./bmp-regexps/barriers.mjs";
import { bmpRegexps, mayHoldPropertyEscapes } from "./bmp-regexps/source.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// BUNDLE_OUTDIR (inside the project): the bundle test builds its own copy, leaving dist/app alone.
const outdir = process.env.BUNDLE_OUTDIR
  ? resolve(root, process.env.BUNDLE_OUTDIR)
  : join(root, "dist", "app");

/**
 * Our modules only declare things at their top level (no import is made for its side effects), so a module none
 * of whose exports a program uses can be left out: the barrels (src/x/index.ts) re-export the knowledge base's
 * validation, and without this every program would load it (zod alone costs a start ~100 ms).
 */
const sourcesWithoutSideEffects = {
  name: "sources-without-side-effects",
  setup(b) {
    const src = join(root, "src") + sep;
    b.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === "resolving" || !args.importer.startsWith(src)) return undefined;
      const resolved = await b.resolve(args.path, {
        importer: args.importer,
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: "resolving",
      });
      if (resolved.errors.length > 0 || !resolved.path.startsWith(src)) return resolved;
      return { ...resolved, sideEffects: false };
    });
  },
};

/**
 * The full load and validation (src/cli/load.ts, zod and every check) is its own file, full-load.js, which the
 * program imports only when the snapshot is stale: as a chunk of the program, esbuild would put the files it
 * shares with the start path, and so zod, into a chunk every start loads (it splits by file, not by use).
 */
const fullLoadApart = {
  name: "full-load-apart",
  setup(b) {
    b.onResolve({ filter: /^\.\/load\.js$/ }, (args) =>
      args.kind === "dynamic-import" && args.importer === join(root, "src", "cli", "start-load.ts")
        ? { path: "./full-load.js", external: true }
        : undefined,
    );
  },
};

/**
 * Our regexps' Unicode property escapes made BMP-only as esbuild reads the sources (scripts/bmp-regexps.mjs: the
 * same rewrite the build applies to tsc's output), so src/ keeps the readable `\p{L}` and the program compiles
 * ~40% less regexp machine code; and their non-ASCII characters escaped (bmp-regexps/ascii.mjs), so V8 holds the
 * bundle's sources one byte a character; and lean-regexp.ts's barriers put into their long regex literals
 * (bmp-regexps/barriers.mjs, as the build does to dist/src). Sources with none of these load as usual.
 */
const rewritten = new Map(); // path -> its rewritten text (the four builds below read the same sources)
const bmpOnlyRegexps = {
  name: "bmp-only-regexps",
  setup(b) {
    const src = join(root, "src") + sep;
    b.onLoad({ filter: /\.ts$/ }, ({ path }) => {
      if (!path.startsWith(src)) return undefined;
      if (!rewritten.has(path)) {
        const text = readFileSync(path, "utf8");
        const bmp = barrierRegexps(
          mayHoldPropertyEscapes(text) ? bmpRegexps(text, path).text : text,
          path,
          leanModuleFor(path, src.slice(0, -1)),
        ).text;
        rewritten.set(path, mayHoldNonAscii(bmp) ? asciiRegexps(bmp, path) : bmp);
      }
      return { contents: rewritten.get(path), loader: "ts" };
    });
  },
};

/**
 * The key of the code that builds the English index (src/answering/code-key.ts), written into the bundle as a
 * constant: the bundle has no sources to hash at start. codeHash is compiled here from that same file, so the
 * bundle and a run from dist/src/ or src/ key the same code alike.
 */
async function indexCodeKey() {
  const { outputFiles } = await build({
    entryPoints: [join(root, "src", "answering", "code-key.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "warning",
  });
  const code = Buffer.from(outputFiles[0].text).toString("base64");
  const { codeHash } = await import(`data:text/javascript;base64,${code}`);
  return codeHash(join(root, "src"));
}

rmSync(outdir, { recursive: true, force: true });
/** What both builds share: the program, and the step that writes its snapshot (built apart, see below). */
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  // Code that only some runs need (the Redis store) stays in its own file, loaded when asked for.
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // A native addon, and the Redis client (only with REDIS_URL): loaded from node_modules as before.
  external: ["better-sqlite3", "@redis/client"],
  alias: { "@deno/shim-deno": join(root, "scripts", "deno-shim.mjs") },
  define: { __INDEX_CODE_KEY__: JSON.stringify(await indexCodeKey()) },
  // Bundled CommonJS packages call require() and read __dirname; an ES module has neither unless given them.
  banner: {
    js: [
      'import { createRequire as __bundleRequire } from "node:module";',
      'import { fileURLToPath as __bundleFileURLToPath } from "node:url";',
      'import { dirname as __bundleDirname } from "node:path";',
      "const require = __bundleRequire(import.meta.url);",
      "const __filename = __bundleFileURLToPath(import.meta.url);",
      "const __dirname = __bundleDirname(__filename);",
    ].join(" "),
  },
  minifyWhitespace: true,
  minifySyntax: true,
  // Local names shortened: V8 keeps each file's source as one string as long as the program runs (lazy
  // compilation, toString), so the bench's main chunk held 2.66 MB of it, 2.33 MB with this (perf34b); class and
  // function names stay (keepNames) for logs and errors, and the source map gives the rest back.
  minifyIdentifiers: true,
  keepNames: true,
  sourcemap: true,
  logLevel: "warning",
  plugins: [bmpOnlyRegexps],
};
await build({
  ...common,
  entryPoints: { main: "src/main.ts" },
  plugins: [sourcesWithoutSideEffects, fullLoadApart, bmpOnlyRegexps],
});
// Each on its own, for the same reason: the step that writes the snapshot, and the full load.
await build({ ...common, entryPoints: { "kb-snapshot": "src/cli/kb-snapshot.ts" }, splitting: false });
await build({ ...common, entryPoints: { "full-load": "src/cli/load.ts" }, splitting: false });
// `npm run bench` runs the engine and memory benches from bundles built the same way (dist/app/bench/), so the RSS
// they report is that of the code as production loads it: minified files, not dist/src's ~430 modules.
await build({
  ...common,
  entryPoints: { bench: "src/cli/bench.ts", "bench-memory": "src/cli/bench-memory.ts" },
  outdir: join(outdir, "bench"),
  plugins: [sourcesWithoutSideEffects, bmpOnlyRegexps],
});
// The bench's resident size by stage (src/cli/bench-stages.ts, docs/measurements.md "Session 37 (perf37)"), built
// the same way but on its own, so the bench's chunks stay as they are.
await build({
  ...common,
  entryPoints: { "bench-stages": "src/cli/bench-stages.ts" },
  outdir: join(outdir, "stages"),
  plugins: [sourcesWithoutSideEffects, bmpOnlyRegexps],
});

const snapshot = spawnSync(process.execPath, [join(outdir, "kb-snapshot.js")], { stdio: "inherit" });
if (snapshot.status !== 0) process.exit(snapshot.status ?? 1);
