// `npm start`: build only what changed, then run the program in this same process, so a second start costs a
// few file stats instead of a full build. The program is the one-file bundle dist/app/main.js (scripts/bundle.mjs):
// a source newer than it means compile (tsc -b, incremental; the BMP-only regexp rewrite of what it wrote) and
// bundle again; knowledge/ newer than its snapshot means validate it once and write the snapshot again (a stale
// snapshot is never used either way).
// The V8 flags are those `npm start` gives node (package.json: the Procfile's, test/cli/runtime-flags.test.ts), since
// the program runs in this process; the build steps spawned below run without them.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const app = join(root, "dist", "app");
const entry = join(app, "main.js");

/** The newest modification time under `path` (a file or a folder), in ms; 0 if it does not exist. */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

function run(args, failure) {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", cwd: root });
  if (result.status !== 0) {
    console.error(failure);
    process.exit(result.status ?? 1);
  }
}

const built = newest(entry);
const sources = Math.max(
  newest(join(root, "src")),
  newest(join(root, "scripts")),
  newest(join(root, "tsconfig.json")),
  newest(join(root, "tsconfig.build.json")),
  newest(join(root, "package-lock.json")),
);
const buildFailed = "The build failed (see above); fix it, or run `npm run dev` to start from source.";
if (built === 0 || sources > built) {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  run([tsc, "-b", join(root, "tsconfig.build.json")], buildFailed);
  run([join(root, "scripts", "bmp-regexps.mjs"), "--build", join(root, "dist", "src")], buildFailed);
  run([join(root, "scripts", "bundle.mjs")], buildFailed); // writes the knowledge snapshot too
} else if (newest(join(root, "knowledge")) > newest(join(app, "knowledge.snapshot.json"))) {
  run([join(app, "kb-snapshot.js")], buildFailed);
}
await import(pathToFileURL(entry).href);
