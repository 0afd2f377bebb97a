// The second half of `npm run build` (after tsc): the program as one ESM file, dist/app/main.js, which Procfile
// and `npm start` run. Loading one file instead of ~700 modules is most of what makes a start quick. Then the
// knowledge base, validated once here, is written beside it (dist/app/knowledge.snapshot.json, keyed by a hash
// of knowledge/; src/knowledge/snapshot.ts).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// BUNDLE_OUTDIR (inside the project): the bundle test builds its own copy, leaving dist/app alone.
const outdir = process.env.BUNDLE_OUTDIR ? resolve(root, process.env.BUNDLE_OUTDIR) : join(root, "dist", "app");

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: "src/main.ts", "kb-snapshot": "src/cli/kb-snapshot.ts" },
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
  keepNames: true,
  sourcemap: true,
  logLevel: "warning",
});

const snapshot = spawnSync(process.execPath, [join(outdir, "kb-snapshot.js")], { stdio: "inherit" });
if (snapshot.status !== 0) process.exit(snapshot.status ?? 1);
