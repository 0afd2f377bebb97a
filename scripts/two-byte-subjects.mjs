// Which strings make irregexp compile two-byte code for patterns that hold no Cyrillic (used by
// scripts/memory-breakdown.mjs --two-byte / --one-byte[=fold]). V8 compiles a pattern's code once per subject
// encoding, and a string stays two bytes a letter through slice, toLowerCase, replace, normalize, split and join
// when its parent was two-byte, even if every letter left is ASCII: text read from a file or record holding one ’
// ends up in "plain" words held two-byte. The watch wraps RegExp.prototype.exec (every match, replace, split and
// test then goes through it) and sorts the two-byte subjects that reach a Latin-only pattern by kind; the
// simulation hands every subject whose letters all fit one byte to the pattern as a one-byte copy (with `fold`,
// after ’‘“”–— became '"-), so a heap snapshot afterwards shows what code that would save. Measuring only: slow
// (a serialisation per match) and not how the program runs.
import { writeFileSync } from "node:fs";
import v8 from "node:v8";

const WIDE = /[^\0-\xff]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const TYPOGRAPHIC = /[\u2018\u2019\u201c\u201d\u2013\u2014]/g;
const PLAIN = { "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-" };
/** No Cyrillic letter, escape or script class in the source. */
const latinOnly = (source) => !/[\u0400-\u04ff]|\\u0?4[0-9a-f]{2}|\\p\{Script=Cyr/i.test(source);
/** V8's serialiser writes a one-byte string with tag '"' and a two-byte one with 'c' (after a 2-byte header). */
const isTwoByte = (s) => v8.serialize(s)[2] === 0x63;
const oneByteCopy = (s) => Buffer.from(s, "latin1").toString("latin1");

/**
 * Wraps RegExp.prototype.exec. mode "watch": returns report(), which prints the two-byte subjects of Latin-only
 * patterns by kind (Cyrillic only, Cyrillic with Latin letters, a typographic or other wide character, plain
 * Latin-1 text held two-byte), the patterns each kind reached, samples, and the call sites of the avoidable kinds.
 * mode "one-byte" / "fold": the simulation described above; report() prints nothing.
 */
export function watchSubjects(mode) {
  const exec = RegExp.prototype.exec;
  const latin = new Map();
  const kinds = new Map();
  const sites = new Map();
  let inside = false;
  const note = (pattern, s) => {
    if (!latin.has(pattern.source)) latin.set(pattern.source, latinOnly(pattern.source));
    const isLatin = latin.get(pattern.source);
    if (!isLatin || !isTwoByte(s)) return;
    const wide = [...new Set(s.match(/[^\0-\xff]/g) ?? [])].join("");
    const kind =
      wide === ""
        ? "plain text held two-byte"
        : CYRILLIC.test(wide)
          ? /[a-z]/i.test(s)
            ? "Cyrillic with Latin letters"
            : "Cyrillic only"
          : `wide character ${wide}`;
    if (!kinds.has(kind)) kinds.set(kind, { count: 0, patterns: new Set(), samples: new Map() });
    const k = kinds.get(kind);
    k.count++;
    k.patterns.add(pattern.source);
    const sample = s.slice(0, 70);
    k.samples.set(sample, (k.samples.get(sample) ?? 0) + 1);
    if (CYRILLIC.test(wide)) return;
    const site = new Error().stack
      .split("\n")
      .slice(4, 8)
      .map((line) =>
        line
          .trim()
          .replace(/^at /, "")
          .replace(/\(?file:\/\/\/.*?\/dist\/src\//, "("),
      )
      .join(" < ");
    sites.set(site, (sites.get(site) ?? 0) + 1);
  };
  RegExp.prototype.exec = function (s) {
    if (inside || typeof s !== "string" || s.length < 2) return exec.call(this, s);
    inside = true;
    try {
      if (mode === "watch") note(this, s);
      else {
        const plain = mode === "fold" && WIDE.test(s) ? s.replace(TYPOGRAPHIC, (c) => PLAIN[c]) : s;
        if (!WIDE.test(plain)) s = oneByteCopy(plain);
      }
    } finally {
      inside = false;
    }
    return exec.call(this, s);
  };
  return function report() {
    RegExp.prototype.exec = exec;
    if (mode !== "watch") return;
    const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
    for (const [kind, k] of [...kinds].sort((a, b) => b[1].count - a[1].count)) {
      console.log(
        `two-byte subjects of Latin-only patterns, ${kind}: ${k.count} matches, ${k.patterns.size} patterns`,
      );
      for (const [sample, n] of top(k.samples, 5))
        console.log(`  ${String(n).padStart(6)}  ${JSON.stringify(sample)}`);
    }
    console.log("where the avoidable ones (no Cyrillic) are matched:");
    for (const [site, n] of top(sites, 12)) console.log(`  ${String(n).padStart(6)}  ${site}`);
  };
}

/**
 * --two-byte=sites: wraps RegExp.prototype.exec like the watch above, but keeps, per Latin-only pattern, the kinds of
 * two-byte subjects that reached it (Cyrillic only, Cyrillic with Latin letters, a wide character, plain text held
 * two-byte) and the src call sites (4 frames; each pattern and subject's first two calls only). stop() ends the
 * watch; report(rows) takes memory-breakdown's regexp rows (sources cut at 1,024 characters, as the snapshot keeps
 * them) and prints the two-byte code by set of kinds, and by function on the sites' stacks (e.g. questionAsRead):
 * a pattern's two-byte code goes only when EVERY two-byte subject is kept off it, so the second figure counts the
 * patterns whose every two-byte site passes through that function: what one-byte text there would save at most.
 * Also writes the pattern rows to TWO_BYTE_SITES (JSON) if set.
 */
export function watchSites() {
  const exec = RegExp.prototype.exec;
  const latin = new Map();
  const patterns = new Map();
  let inside = false;
  const note = (pattern, s) => {
    if (!latin.has(pattern.source)) latin.set(pattern.source, latinOnly(pattern.source));
    if (!latin.get(pattern.source) || !isTwoByte(s)) return;
    const wide = s.match(/[^\0-\xff]/g) ?? [];
    const kind =
      wide.length === 0
        ? "plain"
        : wide.some((c) => CYRILLIC.test(c))
          ? /[a-z]/i.test(s)
            ? "Cyrillic+Latin"
            : "Cyrillic"
          : "wide";
    const key = pattern.source.slice(0, 1024);
    if (!patterns.has(key)) patterns.set(key, { kinds: new Map(), sites: new Map(), seen: new Map() });
    const p = patterns.get(key);
    p.kinds.set(kind, (p.kinds.get(kind) ?? 0) + 1);
    const calls = p.seen.get(s) ?? 0;
    p.seen.set(s, calls + 1);
    if (calls >= 2) return;
    const frames = new Error().stack
      .split("\n")
      .slice(3)
      .filter((line) => line.includes("/dist/src/"))
      .slice(0, 4)
      .map(
        (line) =>
          line
            .trim()
            .replace(/^at /, "")
            .replace(/ \(.*$|^file:.*$/, "") || "(anonymous)",
      );
    const site = frames.join(" < ");
    p.sites.set(site, (p.sites.get(site) ?? 0) + 1);
  };
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 16;
  RegExp.prototype.exec = function (s) {
    if (inside || typeof s !== "string") return exec.call(this, s);
    inside = true;
    try {
      note(this, s);
    } finally {
      inside = false;
    }
    return exec.call(this, s);
  };
  const stop = () => {
    RegExp.prototype.exec = exec;
    Error.stackTraceLimit = limit;
  };
  const report = (rows) => {
    const kb = (bytes) => (bytes / 1024).toFixed(0).padStart(6);
    const two = rows.filter((row) => latinOnly(row.source) && row.two > 0);
    const byKinds = new Map();
    const byReader = new Map();
    let unseen = 0;
    for (const row of two) {
      const p = patterns.get(row.source);
      if (!p) {
        unseen += row.two;
        continue;
      }
      const kinds = [...p.kinds.keys()].sort().join(" + ");
      byKinds.set(kinds, (byKinds.get(kinds) ?? 0) + row.two);
      const sites = [...p.sites.keys()].map((site) => new Set(site.split(" < ")));
      for (const fn of new Set(sites.flatMap((frames) => [...frames]))) {
        const r = byReader.get(fn) ?? { all: 0, alone: 0, patterns: 0 };
        r.all += row.two;
        r.patterns++;
        if (sites.every((frames) => frames.has(fn))) r.alone += row.two;
        byReader.set(fn, r);
      }
    }
    console.log(
      `Latin-only patterns' two-byte code by the kinds of two-byte subjects that reached them (KB):`,
    );
    for (const [kinds, bytes] of [...byKinds].sort((a, b) => b[1] - a[1]))
      console.log(`  ${kb(bytes)}  ${kinds}`);
    console.log(
      `  ${kb(unseen)}  (no two-byte subject seen: compiled before the watch, or a source cut differently)`,
    );
    console.log(
      "by function on the sites' stacks (KB reached through it, KB whose every site passes it, patterns):",
    );
    for (const [reader, r] of [...byReader].sort((a, b) => b[1].alone - a[1].alone).slice(0, 25))
      console.log(`  ${kb(r.all)} ${kb(r.alone)} ${String(r.patterns).padStart(5)}  ${reader}`);
    if (process.env.TWO_BYTE_SITES) {
      const out = [...patterns].map(([source, p]) => ({
        source,
        kinds: Object.fromEntries(p.kinds),
        sites: Object.fromEntries(p.sites),
      }));
      writeFileSync(process.env.TWO_BYTE_SITES, JSON.stringify(out));
    }
  };
  return { stop, report };
}
