// The project's top folder (where package.json is), found from the running code whether it is src/, dist/src/
// or the one-file bundle in dist/app/: files beside the code (knowledge/, locales/, lexicons/) are found from it.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

export function projectRoot(): string {
  if (root !== undefined) return root;
  const here = dirname(fileURLToPath(import.meta.url));
  let dir = here;
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${here}: run the bot from its project folder`);
    dir = up;
  }
  root = dir;
  return root;
}
