// The slots' fixed party finders (slot-regexps.ts) against the pattern they replace, a new regexp per question with
// its parties and first names spelt out: the same match, index, party and indices on every question of the sets.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SLOTS_RU } from "../../src/answering/russian/wrong-party-slots.js";
import { findParty, slotRegExps, W } from "../../src/answering/slot-regexps.js";
import { SLOTS_EN, type Slot } from "../../src/answering/wrong-party-slots.js";
import { singleSpaced } from "../../src/lib/single-spaced.js";

const SLOTS = [...SLOTS_EN, ...SLOTS_RU];
const REGEXPS = slotRegExps(SLOTS);

/** The old finder: parties and first names as alternations (no first names when `words` is empty). */
function spelt(slot: Slot, parties: string[], words: string[]): RegExp {
  const first = words.length > 0 ? `(?:(?:${words.join("|")}) ){0,2}?` : "";
  const x = `(?<x>${parties.join("|")})(?![\\p{L}'-])`;
  return new RegExp(`(?<![\\p{L}'-])${slot.re.replace("X", `${first}${x}`)}`, "du");
}

function shown(m: RegExpExecArray | null) {
  return m && { index: m.index, all: m[0], x: m.groups?.x, at: m.indices?.groups?.x };
}

/** Both finders on `text` with the given parties and words; the count of matches found. */
function agree(text: string, parties: string[], words: string[]): number {
  let found = 0;
  for (const slot of SLOTS) {
    if (!REGEXPS.get(slot)!.gate.test(text)) continue;
    const want = shown(spelt(slot, parties, words).exec(text));
    expect(shown(findParty(REGEXPS.get(slot)!.finder, text, parties, words)), `${text} / ${slot.re}`).toEqual(
      want,
    );
    if (want) found++;
  }
  return found;
}

/** Every question, message and claim of test/questions, read as withoutWrongParty reads it. */
function questions(): string[] {
  const dir = join(import.meta.dirname, "..", "questions");
  const out = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")))
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const row = JSON.parse(line);
      for (const q of [row.q, row.claim, ...(row.turns ?? []).map((t: { q: string }) => t.q)])
        if (typeof q === "string")
          out.add(
            singleSpaced(
              q
                .toLowerCase()
                .replace(/[’‘`]/g, "'")
                .replace(/[?!.…]+/gu, " "),
            ).trim(),
          );
    }
  return [...out];
}

describe("slot finders", () => {
  it("find what the spelt-out patterns find, first names included", () => {
    const cases: [string, string[], string[]][] = [
      ["was it joe r biden putin phoned", ["biden"], ["joe", "r", "biden"]],
      ["was it joe r biden putin phoned", ["biden"], ["r", "biden"]],
      ["was it joe r biden putin phoned", ["biden"], []],
      ["is it true putin pinned the violence on iran", ["iran", "violence"], ["iran"]],
      ["путин говорил с президентом ирана про газу", ["ирана"], ["ирана"]],
      ["quartet includes russia, china and the us", ["china", "us"], ["china"]],
    ];
    let found = 0;
    for (const [text, parties, words] of cases) found += agree(text, parties, words);
    expect(found).toBeGreaterThanOrEqual(5);
  });

  it("agree on the sets' questions (every eighth), each word a party (and every other one)", () => {
    let found = 0;
    for (const text of questions().filter((_, i) => i % 8 === 0)) {
      const words = [...new Set(text.match(new RegExp(W, "gu")) ?? [])];
      if (words.length === 0) continue;
      found += agree(text, words, words);
      const some = words.filter((_, i) => i % 2 === 1);
      if (some.length > 0)
        found += agree(
          text,
          some,
          words.filter((_, i) => i % 3 !== 0),
        );
    }
    expect(found).toBeGreaterThan(50);
  }, 60_000);

  it("refuses a question of more than one line", () => {
    expect(() => findParty(REGEXPS.get(SLOTS[0]!)!.finder, "a\nb", ["a"], [])).toThrow();
  });
});
