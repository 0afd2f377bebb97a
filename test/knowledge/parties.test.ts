// knowledge/parties.json, the one table of the article's parties: every speaker of the knowledge base is in a
// party, whether a party speaks comes from the speakers' quoted flag, and a broken row is named clearly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeBaseError } from "../../src/knowledge/index.js";
import { partyMentions } from "../../src/knowledge/parties.js";
import { parseParties } from "../../src/knowledge/parties-check.js";
import { realKb, realParties } from "../helpers/engine.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const raw = () => JSON.parse(readFileSync(join(REAL_KB_DIR, "parties.json"), "utf8"));
const speakers = realKb.speakers.map((s) => ({ id: s.id, quoted: s.quoted }));
const problemsOf = (edit: (data: { parties: Record<string, unknown>[] }) => void) => {
  const data = raw();
  edit(data);
  try {
    parseParties(data, speakers);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    return (error as Error).message;
  }
  throw new Error("expected the table to be refused");
};

describe("the parties table", () => {
  it("has every speaker of the knowledge base (but the article's own voice) in exactly one party", () => {
    const owners = new Map<string, string[]>();
    for (const p of realParties)
      for (const person of p.people)
        if (person.speaker) owners.set(person.speaker, [...(owners.get(person.speaker) ?? []), p.id]);
    for (const s of realKb.speakers.filter((s) => s.id !== "article"))
      expect(owners.get(s.id)).toHaveLength(1);
  });

  it("knows who speaks from the speakers' quoted flag: Russia's voices do, Erdogan's Turkey and the rest not", () => {
    const speaking = realParties.filter((p) => p.speaks).map((p) => p.id);
    expect(speaking).toEqual(["russia"]);
    const flipped = speakers.map((s) => (s.id === "erdogan" ? { ...s, quoted: true } : s));
    expect(parseParties(raw(), flipped).find((p) => p.id === "turkey")?.speaks).toBe(true);
  });

  it("finds each party by its names, its other words and its people, in either language", () => {
    expect(partyMentions(realParties, "did peskov say the us blamed hamas?").map((m) => m.id)).toEqual([
      "russia",
      "us",
      "hamas",
    ]);
    expect(partyMentions(realParties, "эрдоган и израильтяне").map((m) => m.id)).toEqual([
      "turkey",
      "israel",
    ]);
    expect(partyMentions(realParties, "мид россии").map((m) => [m.id, m.end])).toEqual([["russia", 10]]);
  });

  it("names a broken row, its field and the fix", () => {
    expect(
      problemsOf((d) => {
        d.parties[0]!.names = { en: ["Israel"], ru: [] };
      }),
    ).toMatch(/parties\.json: parties\[0\] \("israel"\), names\.en\.0: use lower-case words.*Fix:/);
    expect(
      problemsOf((d) => {
        d.parties[0]!.people = [{ speaker: "netanyahu", en: ["netanyahu"], ru: ["нетаньях*"] }];
      }),
    ).toMatch(/"netanyahu" is not a speaker id\. Fix: use an id of knowledge\/speakers\.json/);
    expect(
      problemsOf((d) => {
        const turkey = d.parties.find((p) => p.id === "turkey")!;
        turkey.people = [];
      }),
    ).toMatch(/speaker "erdogan": belongs to no party\. Fix: add it to a party's people/);
    expect(
      problemsOf((d) => {
        d.parties.push({ ...d.parties[0]! });
      }),
    ).toMatch(/"israel" is used twice|"israel" is in party "israel" already/);
  });
});
