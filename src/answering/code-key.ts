// What a saved English index (saved-index.ts) is keyed by besides knowledge/: the code that built it. A hash of the
// TypeScript sources that make the index (src/answering/, src/knowledge/, src/lib/), so an index saved before a
// change of the answering code's word lists or rules is not restored after it when knowledge/ is the same (the
// case: dist/src/ compiled again by tsc alone, the bundle step that writes the index not run). The bundle has no
// sources beside it: scripts/bundle.mjs hashes them with codeHash at build time and writes the key in as a constant.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../lib/project-root.js";

/** The folders of src/ whose code makes the English index (more than it needs only costs a rebuild). */
const INDEX_CODE_FOLDERS = ["answering", "knowledge", "lib"];

/** A hash of every .ts file in the index's code folders of `srcDir`, by path and content. */
export function codeHash(srcDir: string): string {
  const hash = createHash("sha256");
  for (const folder of INDEX_CODE_FOLDERS) {
    for (const path of tsFiles(srcDir, folder)) {
      hash.update(`${path}\0`);
      hash.update(readFileSync(join(srcDir, path)));
      hash.update("\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/** The .ts files below `folder` of `srcDir`, as paths from `srcDir` with "/", in a fixed order. */
function tsFiles(srcDir: string, folder: string): string[] {
  const entries = readdirSync(join(srcDir, folder), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((e) => {
    const path = `${folder}/${e.name}`;
    if (e.isDirectory()) return tsFiles(srcDir, path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

/** Set by scripts/bundle.mjs in the bundle (esbuild's define); absent in src/ and dist/src/. */
declare const __INDEX_CODE_KEY__: string | undefined;

let key: string | null | undefined;

/**
 * The key of the running code: the bundle's constant, or else the project's sources hashed once (tsx, vitest,
 * dist/src/). Without readable sources, none: no saved index is then taken for this code's.
 */
export function indexCodeKey(): string | undefined {
  if (typeof __INDEX_CODE_KEY__ === "string") return __INDEX_CODE_KEY__;
  if (key === undefined) {
    try {
      key = codeHash(join(projectRoot(), "src"));
    } catch {
      key = null;
    }
  }
  return key ?? undefined;
}
