// node FLAGS scripts/memory-breakdown.mjs [--regexps] [--two-byte[=sites] | --one-byte[=fold]] — where the bench's resident size goes. Runs what
// dist/src/cli/bench.js runs (the snapshot and saved index, both warm-ups, 12,000 answers, 12,000 dialogue turns)
// and prints, after each step, process.memoryUsage, V8's spaces (used / committed MB) and at the end the process's
// mappings from /proc/self/smaps (the node binary, anonymous memory: V8's heap and malloc). With --regexps it also
// writes a heap snapshot (which collects garbage first), prints what stays live by type and kind, and sums the
// machine code irregexp compiled per pattern, one-byte and two-byte apart (the code space's largest part: /iu
// patterns with \p{L} matched against two-byte strings, ~5 KB per \p{L}), and the bytecode of the patterns V8 still
// interprets (its regexp tier: a pattern runs as bytecode until --regexp-tier-up-ticks runs). Run with the flags the bench uses,
// e.g. `node --max-semi-space-size=4 scripts/memory-breakdown.mjs`. Uses the build (npm run build). With
// --retained it prints the objects of our classes (and Maps, Sets, Arrays) that keep the most memory alive: each
// one's retained size (what a collection would free without it: its dominator subtree), with who holds it. Reading
// a snapshot takes ~1 GB: run these two without --max-old-space-size.
// Env: REGEXP_ROWS=FILE writes every pattern's code sizes as JSON (--regexps); TOP_STRINGS=1 lists the largest live
// strings (with --regexps or --retained).
// --snapshot=FILE reads a heap snapshot written elsewhere (e.g. at bench.js's RSS reading by the bundle, see
// docs/measurements.md "Session 37 (perf37)") instead of running the steps: with --regexps and / or --retained.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import v8 from "node:v8";

const root = new URL("..", import.meta.url).pathname;
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
const given = process.argv.find((a) => a.startsWith("--snapshot="));
if (given) {
  const snapshot = JSON.parse(readFileSync(given.slice("--snapshot=".length), "utf8"));
  liveHeap(snapshot);
  if (process.argv.includes("--regexps")) regexpCode(snapshot);
  if (process.argv.includes("--retained")) retained(snapshot);
  process.exit(0);
}
const dist = (p) => join(root, "dist", "src", p);
const { createEngine, loadSavedEnglishIndex, SAVED_INDEX_FILE } = await import(dist("answering/index.js"));
const { claimCheckerSharing } = await import(dist("claims/index.js"));
const { readCheckedConversation } = await import(dist("dialogue/conversation-read.js"));
const { createDialogue } = await import(dist("dialogue/dialogue.js"));
const { defaultKnowledgeDir, knowledgeHash, readKnowledgeSnapshot, SNAPSHOT_FILE } = await import(
  dist("knowledge/index.js")
);
const { benchMix } = await import(dist("cli/bench-mix.js"));

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
// --two-byte=sites: per Latin-only pattern, the kinds of two-byte subjects that reached it and from where, watched
// from here on (loading and warm-ups included: any two-byte subject compiles the code); with --regexps, the code
// each source holds alone (scripts/two-byte-subjects.mjs).
const sitesWatch = process.argv.includes("--two-byte=sites")
  ? (await import("./two-byte-subjects.mjs")).watchSites()
  : null;
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
// --two-byte: which strings reach Latin-only patterns two bytes a letter; --one-byte[=fold]: what code one-byte
// subjects would save (scripts/two-byte-subjects.mjs). From here on, as the bench times only after its warm-ups.
const subjects = process.argv.find((a) => a === "--two-byte" || a.startsWith("--one-byte"));
const reportSubjects = sitesWatch
  ? sitesWatch.stop
  : subjects
    ? (await import("./two-byte-subjects.mjs")).watchSubjects(
        subjects === "--two-byte" ? "watch" : subjects === "--one-byte=fold" ? "fold" : "one-byte",
      )
    : () => {};
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
reportSubjects();

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

if (process.argv.includes("--regexps") || process.argv.includes("--retained")) {
  const file = join(tmpdir(), `memory-breakdown-${process.pid}.heapsnapshot`);
  v8.writeHeapSnapshot(file);
  const snapshot = JSON.parse(readFileSync(file, "utf8"));
  liveHeap(snapshot);
  if (process.argv.includes("--regexps")) {
    const rows = regexpCode(snapshot);
    sitesWatch?.report(rows);
  }
  if (process.argv.includes("--retained")) retained(snapshot);
  rmSync(file);
}

/** What stays live (a heap snapshot collects garbage first): self sizes by node type, and the largest kinds. */
function liveHeap(snapshot) {
  const meta = snapshot.snapshot.meta;
  const width = meta.node_fields.length;
  const types = meta.node_types[0];
  const { nodes, strings } = snapshot;
  const selfSize = meta.node_fields.indexOf("self_size");
  const byType = new Map();
  const byName = new Map();
  let total = 0;
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i]];
    const bytes = nodes[i + selfSize];
    total += bytes;
    byType.set(type, (byType.get(type) ?? 0) + bytes);
    if (type === "object" || type === "array" || type === "hidden" || type === "code") {
      const name = `${type} ${strings[nodes[i + 1]].slice(0, 40)}`;
      byName.set(name, (byName.get(name) ?? 0) + bytes);
    }
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, bytes]) => `${name} ${mb(bytes)}`)
      .join(", ");
  console.log(`live heap ${mb(total)} MB by type: ${top(byType, 8)}`);
  if (process.env.TOP_STRINGS) {
    const rows = [];
    for (let i = 0; i < nodes.length; i += width)
      if (
        types[nodes[i]] === "string" ||
        types[nodes[i]] === "concatenated string" ||
        types[nodes[i]] === "sliced string"
      )
        rows.push([nodes[i + selfSize], types[nodes[i]], strings[nodes[i + 1]]]);
    rows.sort((a, b) => b[0] - a[0]);
    for (const [bytes, type, text] of rows.slice(0, 30))
      console.log(`  ${(bytes / 1024).toFixed(0)} KB ${type} ${JSON.stringify(text.slice(0, 80))}`);
    const small = rows.filter((r) => r[0] < 10000);
    console.log(
      `  strings: ${rows.length}, under 10 KB: ${small.length} = ${mb(small.reduce((t, r) => t + r[0], 0))} MB`,
    );
  }
  console.log(`  largest kinds: ${top(byName, 12)}`);
}

/**
 * A heap snapshot's flat arrays with their field layout, and where each node's edges start (`firstEdge[n]` to
 * `firstEdge[n + 1]`, in `edges`' units): what both readers below walk.
 */
function graphOf(snapshot) {
  const meta = snapshot.snapshot.meta;
  const width = meta.node_fields.length;
  const edgeWidth = meta.edge_fields.length;
  const { nodes, edges, strings } = snapshot;
  const edgeCount = meta.node_fields.indexOf("edge_count");
  const count = nodes.length / width;
  const firstEdge = new Int32Array(count + 1);
  for (let n = 0, e = 0; n < count; n++) {
    firstEdge[n] = e;
    e += nodes[n * width + edgeCount] * edgeWidth;
  }
  firstEdge[count] = edges.length;
  return {
    width,
    edgeWidth,
    types: meta.node_types[0],
    edgeTypes: meta.edge_types[0],
    nodes,
    edges,
    strings,
    selfSize: meta.node_fields.indexOf("self_size"),
    firstEdge,
    count,
  };
}

/**
 * Irregexp's machine code per pattern: regexp → its data array → code wrappers → the code. The data array keeps
 * the code compiled for one-byte subjects in slot 3 and for two-byte subjects in slot 4 (V8 11): a pattern gets
 * two-byte code the first time any two-byte string reaches it — Cyrillic, a ’ or –, but also plain ASCII text
 * V8 holds two bytes a letter because it was sliced, lower-cased or joined from a two-byte string. "Latin-only"
 * patterns (no Cyrillic in their source) need two-byte code only for such subjects. Slots 5 and 6 hold the bytecode
 * of a pattern still interpreted, one-byte and two-byte (V8 drops it when the pattern tiers up to machine code).
 * Bytecode has no range-array check (RegExpBytecodeGenerator::CheckCharacterInRangeArray returns false), so a large
 * class such as \p{L} on two-byte text is a tree of range tests there: larger than its machine code (session 36).
 */
function regexpCode(snapshot) {
  const { width, edgeWidth, types, edgeTypes, nodes, edges, strings, selfSize, firstEdge } =
    graphOf(snapshot);
  /** [slot in the parent array or -1, child] per edge. */
  const children = (node) => {
    const out = [];
    const n = node / width;
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += edgeWidth) {
      const type = edgeTypes[edges[e]];
      const name = edges[e + 1];
      const slot = type === "element" ? name : type === "internal" ? Number(strings[name]) : -1;
      out.push([Number.isInteger(slot) ? slot : -1, edges[e + 2]]);
    }
    return out;
  };
  const isCode = (node) => types[nodes[node]] === "code";
  const codeBytes = (wrapper) =>
    children(wrapper)
      .filter(([, code]) => isCode(code) && strings[nodes[code + 1]] === "")
      .reduce((sum, [, code]) => sum + nodes[code + selfSize], 0);
  const latinOnly = (source) => !/[\u0400-\u04ff]|\\u0?4[0-9a-f]{2}|\\p\{Script=Cyr/i.test(source);
  const seen = new Set();
  const rows = [];
  const dataOf = new Map(); // source -> its regexps' data arrays (V8's compilation cache shares one per source+flags)
  let objects = 0;
  for (let i = 0; i < nodes.length; i += width) {
    if (types[nodes[i]] !== "regexp") continue;
    objects++;
    const row = { one: 0, two: 0, oneBytecode: 0, twoBytecode: 0, source: strings[nodes[i + 1]] };
    for (const [, data] of children(i)) {
      if (types[nodes[data]] !== "array" || seen.has(data)) continue;
      seen.add(data);
      if (!children(data).some(([slot, child]) => slot >= 3 && slot <= 6 && nodes[child + selfSize] > 0))
        continue;
      dataOf.set(row.source, (dataOf.get(row.source) ?? 0) + 1);
      for (const [slot, wrapper] of children(data))
        if (isCode(wrapper) && (slot === 3 || slot === 4))
          row[slot === 3 ? "one" : "two"] += codeBytes(wrapper);
        else if ((slot === 5 || slot === 6) && types[nodes[wrapper]] === "array")
          row[slot === 5 ? "oneBytecode" : "twoBytecode"] += nodes[wrapper + selfSize];
    }
    if (row.one + row.two + row.oneBytecode + row.twoBytecode > 0) rows.push(row);
  }
  const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
  const latin = rows.filter((row) => latinOnly(row.source));
  console.log(
    `regexp machine code: ${mb(sum(rows, "one") + sum(rows, "two"))} MB in ${rows.filter((row) => row.one + row.two > 0).length} patterns ` +
      `(one-byte ${mb(sum(rows, "one"))}, two-byte ${mb(sum(rows, "two"))}; Latin-only patterns' two-byte code ` +
      `${mb(sum(latin, "two"))} MB in ${latin.filter((row) => row.two > 0).length}); the largest (one-byte / two-byte KB):`,
  );
  const interpreted = rows.filter((row) => row.oneBytecode + row.twoBytecode > 0);
  console.log(
    `regexp bytecode (interpreted, not yet tiered up): ${mb(sum(rows, "oneBytecode") + sum(rows, "twoBytecode"))} MB in ` +
      `${interpreted.length} patterns (one-byte ${mb(sum(rows, "oneBytecode"))}, two-byte ${mb(sum(rows, "twoBytecode"))})`,
  );
  // One source compiled more than once: a second data array (other flags, or made after the cache dropped it).
  const repeated = rows.filter((row) => (dataOf.get(row.source) ?? 0) > 1);
  const total = (row) => row.one + row.two + row.oneBytecode + row.twoBytecode;
  const sources = new Set(repeated.map((row) => row.source));
  console.log(
    `regexp objects ${objects}, compiled data arrays ${rows.length}; sources compiled more than once: ${sources.size}, ` +
      `${(repeated.reduce((t, row) => t + total(row), 0) / 1024).toFixed(0)} KB of code and bytecode in all their copies`,
  );
  rows.sort((a, b) => b.one + b.two - (a.one + a.two));
  if (process.env.REGEXP_ROWS) writeFileSync(process.env.REGEXP_ROWS, JSON.stringify(rows));
  for (const row of rows.slice(0, 25))
    console.log(
      `  ${(row.one / 1024).toFixed(0).padStart(4)} / ${(row.two / 1024).toFixed(0).padStart(4)}  ${row.source.slice(0, 100)}`,
    );
  return rows;
}

/** The largest retained sizes (dominator tree, Cooper-Harvey-Kennedy) of objects with a class name, and who holds each. */
function retained(snapshot) {
  const { width, edgeWidth, types, edgeTypes, nodes, edges, strings, selfSize, firstEdge, count } =
    graphOf(snapshot);
  const holds = (e) => edgeTypes[edges[e]] !== "weak" && edgeTypes[edges[e]] !== "shortcut";
  const predStart = new Int32Array(count + 1);
  for (let e = 0; e < edges.length; e += edgeWidth) if (holds(e)) predStart[edges[e + 2] / width + 1]++;
  for (let n = 0; n < count; n++) predStart[n + 1] += predStart[n];
  const preds = new Int32Array(predStart[count]);
  const filled = predStart.slice();
  for (let n = 0; n < count; n++)
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += edgeWidth)
      if (holds(e)) preds[filled[edges[e + 2] / width]++] = n;
  // Post-order from the root (node 0), iteratively.
  const order = new Int32Array(count).fill(-1);
  const post = [];
  const next = new Int32Array(count);
  const seen = new Uint8Array(count);
  const stack = [0];
  seen[0] = 1;
  next[0] = firstEdge[0];
  while (stack.length > 0) {
    const n = stack[stack.length - 1];
    let child = -1;
    while (child < 0 && next[n] < firstEdge[n + 1]) {
      const e = next[n];
      next[n] += edgeWidth;
      const c = edges[e + 2] / width;
      if (holds(e) && !seen[c]) child = c;
    }
    if (child < 0) {
      stack.pop();
      order[n] = post.length;
      post.push(n);
    } else {
      seen[child] = 1;
      next[child] = firstEdge[child];
      stack.push(child);
    }
  }
  const idom = new Int32Array(count).fill(-1);
  idom[0] = 0;
  const meet = (a, b) => {
    while (a !== b) {
      while (order[a] < order[b]) a = idom[a];
      while (order[b] < order[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = post.length - 2; i >= 0; i--) {
      const n = post[i];
      let dom = -1;
      for (let k = predStart[n]; k < predStart[n + 1]; k++) {
        const p = preds[k];
        if (order[p] >= 0 && idom[p] >= 0) dom = dom < 0 ? p : meet(p, dom);
      }
      if (dom >= 0 && idom[n] !== dom) {
        idom[n] = dom;
        changed = true;
      }
    }
  }
  const size = new Float64Array(count);
  for (const n of post) {
    size[n] += nodes[n * width + selfSize];
    if (n !== 0) size[idom[n]] += size[n];
  }
  const name = (n) => `${strings[nodes[n * width + 1]].slice(0, 40)}`;
  const heldAs = (n) => {
    const p = idom[n];
    for (let e = firstEdge[p]; e < firstEdge[p + 1]; e += edgeWidth)
      if (edges[e + 2] / width === n)
        return edgeTypes[edges[e]] === "element" ? `[${edges[e + 1]}]` : strings[edges[e + 1]];
    return "?";
  };
  const rows = [];
  for (let n = 0; n < count; n++)
    if (types[nodes[n * width]] === "object" && /^[A-Z]/.test(name(n)) && size[n] > 100_000) rows.push(n);
  rows.sort((a, b) => size[b] - size[a]);
  console.log("largest retained (KB; object <- held as . by):");
  for (const n of rows.slice(0, 30))
    console.log(
      `  ${(size[n] / 1024).toFixed(0).padStart(6)}  ${name(n)} <- ${heldAs(n)} . ${name(idom[n])} <- ${heldAs(idom[n])} . ${name(idom[idom[n]])}`,
    );
}
