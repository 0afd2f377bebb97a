// `npm start`: compile only when a source file is newer than the last build (tsc -b, incremental), then run
// the program in this same process, so a second start costs a few file stats instead of a full compile.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "src", "main.js");

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

const built = newest(entry);
const sources = Math.max(
  newest(join(root, "src")),
  newest(join(root, "tsconfig.json")),
  newest(join(root, "tsconfig.build.json")),
  newest(join(root, "package-lock.json")),
);
if (built === 0 || sources > built) {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-b", join(root, "tsconfig.build.json")], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error("The build failed (see above); fix it, or run `npm run dev` to start from source.");
    process.exit(result.status ?? 1);
  }
}
await import(pathToFileURL(entry).href);
