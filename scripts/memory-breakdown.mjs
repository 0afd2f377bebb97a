// node FLAGS scripts/memory-breakdown.mjs [--regexps] — where the bench's resident size goes. Runs what
// dist/src/cli/bench.js runs (the snapshot and saved index, both warm-ups, 12,000 answers, 12,000 dialogue turns)
// and prints, after each step, process.memoryUsage, V8's spaces (used / committed MB) and at the end the process's
// mappings from /proc/self/smaps (the node binary, anonymous memory: V8's heap and malloc). With --regexps it also
// writes a heap snapshot and sums the machine code irregexp compiled per pattern (the code space's largest part:
// /iu patterns with \p{L} matched against two-byte strings, ~5 KB per \p{L}). Run with the flags the bench uses,
// e.g. `node --max-semi-space-size=4 scripts/memory-breakdown.mjs`. Uses the build (npm run build).
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import v8 from "node:v8";

const root = new URL("..", import.meta.url).pathname;
const dist = (p) => join(root, "dist", "src", p);
const { createEngine, loadSavedEnglishIndex, SAVED_INDEX_FILE } = await import(dist("answering/index.js"));
const { claimCheckerSharing } = await import(dist("claims/index.js"));
const { readCheckedConversation } = await import(dist("dialogue/conversation-read.js"));
const { createDialogue } = await import(dist("dialogue/dialogue.js"));
const { defaultKnowledgeDir, knowledgeHash, readKnowledgeSnapshot, SNAPSHOT_FILE } = await import(
  dist("knowledge/index.js")
);
const { benchMix } = await import(dist("cli/bench-mix.js"));

const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
function show(step) {
  const m = process.memoryUsage();
  const spaces = v8
    .getHeapSpaceStatistics()
    .filter((s) => s.physical_space_size > 0)
    .map(
      (s) => `${s.space_name.replace("_space", "")} ${mb(s.space_used_size)}/${mb(s.physical_space_size)}`,
    );
  console.log(
    `${step.padEnd(14)} rss ${mb(m.rss)}  heap ${mb(m.heapUsed)}/${mb(m.heapTotal)}  external ${mb(m.external)}`,
  );
  console.log(`${"".padEnd(14)} ${spaces.join(", ")}`);
}

show("imports");
const knowledgeDir = defaultKnowledgeDir();
const hash = knowledgeHash(knowledgeDir);
const kb = readKnowledgeSnapshot(knowledgeDir, join(root, "dist", "app", SNAPSHOT_FILE), hash);
if (!kb) throw new Error("no fresh snapshot: npm run build first");
const engine = createEngine(
  kb,
  {},
  loadSavedEnglishIndex(knowledgeDir, join(root, "dist", "app", SAVED_INDEX_FILE), hash),
);
show("kb + index");
const mix = benchMix(join(root, "test", "questions"));
const claims = claimCheckerSharing(kb, engine);
engine.warmUp();
claims.warmUp();
show("warm-ups");
for (let i = 0; i < 12_500; i++) engine.findAnswer(mix.questionAt(i % 12_000));
show("answers");
const conversation = readCheckedConversation(knowledgeDir) ?? { storyPoint: [], verdicts: new Map() };
for (const turns of [500, 12_000]) {
  const dialogue = createDialogue({ engine, kb, claims, conversation });
  let context = null;
  for (let i = 0; i < turns; i++)
    context = dialogue.respond(mix.messageAt(i), { lang: "en", context, now: i * 1000 }).context;
}
show("turns");

const byMapping = new Map();
let mapping = "";
for (const line of readFileSync("/proc/self/smaps", "utf8").split("\n")) {
  const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
  if (head) mapping = head[1] === "" ? "[anonymous]" : head[1].split("/").pop();
  const rss = /^Rss:\s+(\d+) kB/.exec(line);
  if (rss) byMapping.set(mapping, (byMapping.get(mapping) ?? 0) + Number(rss[1]) * 1024);
}
const mappings = [...byMapping].sort((a, b) => b[1] - a[1]).slice(0, 6);
console.log(`smaps (MB)     ${mappings.map(([name, bytes]) => `${name} ${mb(bytes)}`).join(", ")}`);

if (process.argv.includes("--regexps")) {
  const file = join(tmpdir(), `memory-breakdown-${process.pid}.heapsnapshot`);
  v8.writeHeapSnapshot(file);
  regexpCode(JSON.parse(readFileSync(file, "utf8")));
  rmSync(file);
}

/** Irregexp's machine code per pattern: regexp → its data array → code wrappers → the code. */
function regexpCode(snapshot) {
  const meta = snapshot.snapshot.meta;
  const width = meta.node_fields.length;
  const edgeWidth = meta.edge_fields.length;
  const types = meta.node_types[0];
  const { nodes, edges, strings } = snapshot;
  const selfSize = meta.node_fields.indexOf("self_size");
  const edgeCount = meta.node_fields.indexOf("edge_count");
  const firstEdge = new Int32Array(nodes.length / width + 1);
  for (let i = 0, n = 0, e = 0; i < nodes.length; i += width, n++) {
    firstEdge[n] = e;
    e += nodes[i + edgeCount] * edgeWidth;
    firstEdge[n + 1] = e;
  }
  const children = (node) => {
    const out = [];
    const n = node / width;
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += edgeWidth) out.push(edges[e + 2]);
    return out;
  };
  const isCode = (node) => types[nodes[node]] === "code";
  const seen = new Set();
  const rows = [];
  for (let i = 0; i < nodes.length; i += width) {
    if (types[nodes[i]] !== "regexp") continue;
    let bytes = 0;
    for (const data of children(i)) {
      if (types[nodes[data]] !== "array" || seen.has(data)) continue;
      seen.add(data);
      for (const wrapper of children(data).filter(isCode))
        for (const code of children(wrapper).filter(isCode))
          if (strings[nodes[code + 1]] === "") bytes += nodes[code + selfSize];
    }
    if (bytes > 0) rows.push([bytes, strings[nodes[i + 1]]]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  const total = rows.reduce((sum, [bytes]) => sum + bytes, 0);
  console.log(`regexp machine code: ${mb(total)} MB in ${rows.length} patterns; the largest:`);
  for (const [bytes, source] of rows.slice(0, 25))
    console.log(`  ${(bytes / 1024).toFixed(0).padStart(4)} KB  ${source.slice(0, 100)}`);
}
