// quality45's engine kinds (wave BV's blind95 misses and quality44's leftovers), in phrasings of our own: whom a
// deal must suit, the question word ending a statement (acceptable-to-whom.ts); Russia's blaming the US asked yes/no
// in a chat idiom (russia-blames-us.ts); a warring side's arms refused as trivia (party-arsenal.ts, trivia.ts).
// Probe set (engine, first run on 9114fda4 before the change → after): probes-en88 85.7% / 50.0% → 92.9% / 100%
// (18 lines); through ask 78.6% / 50.0% → 92.9% / 100% (the one left: the Kremlin talking to Israel, dialogue's
// evidence-naming.ts).
import { describe, expect, it } from "vitest";
import { asAcceptableToWhom } from "../../src/answering/acceptable-to-whom.js";
import { asksPartyArsenal } from "../../src/answering/party-arsenal.js";
import { asRussiaBlamesUs } from "../../src/answering/russia-blames-us.js";
import { realEngine as engine } from "../helpers/engine.js";
import { entryOf, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors } from "../helpers/probe-floors.js";

const COMPROMISES = "who should compromises be acceptable to according to putin";

describe("quality45's readers", () => {
  it("reads a deal asked as acceptable to whom as Putin's compromises", () => {
    expectRows(asAcceptableToWhom, [
      ["putin wants a settlement that is acceptable to who?", COMPROMISES],
      ["so the agreement has to suit whom, in putin's view", COMPROMISES],
      ["any peace plan must be acceptable for which sides?", COMPROMISES],
      ["whom should an accord be acceptable to?", COMPROMISES],
    ]);
    expectUnchanged(asAcceptableToWhom, [
      "peskov says a settlement should be acceptable to whom",
      "is a ceasefire acceptable to hamas?",
      "who did putin call?",
    ]);
  });
  it("reads Russia blaming the US in a chat idiom as 'does russia blame the us'", () => {
    expectRows(asRussiaBlamesUs, [
      ["is moscow dunking on washington?", "does russia blame the us"],
      ["are the russians pointing fingers at america", "does russia blame the us"],
      ["is the kremlin trashing the united states?", "does russia blame the us"],
    ]);
    expectUnchanged(asRussiaBlamesUs, [
      "is russia helping or just dissing the us?",
      "is the article dissing the us?",
      "is the us blaming russia?",
      "is russia dissing hamas?",
      "is moscow trying to look impartial while attacking the us?",
      "did moscow bash washington for running the peace talks alone",
    ]);
  });
  it("tells a warring side's arms from Russia's", () => {
    for (const q of [
      "which rockets does hamas launch",
      "what guns do the israeli forces carry",
      "does hamas have drones",
    ])
      expect(asksPartyArsenal(q), q).toBe(true);
    for (const q of ["does russia arm hamas", "who is fighting", "what does hamas want"])
      expect(asksPartyArsenal(q), q).toBe(false);
  });
  it("answers them through the engine", () => {
    expect(entryOf("putin thinks a deal should work for whom")).toBe("us-monopolizing-peace");
    expect(entryOf("is moscow bashing the americans?")).toBe("putin-blames-us");
    expect(engine.findAnswer("what artillery does the idf use").answered).toBe(false);
    expect(engine.findAnswer("where does hamas get its rockets").answered).toBe(false);
    // Russia's arms keep their own gap card.
    expect(engine.findAnswer("is russia sending weapons to hamas").entry?.id).toBe(
      "russia-military-involvement",
    );
  });
  itHoldsProbeFloors([["probes-en88.jsonl", 0.94, 0.92, 1]]);
});

describe("quality45's readers stay linear on long input", () => {
  it("the shapes", () => {
    expectLinearOnLongInput(
      (s) => {
        asAcceptableToWhom(s);
        asRussiaBlamesUs(s);
        asksPartyArsenal(s);
      },
      ["deal acceptable to ", "is russia dissing ", "what weapons does hamas "],
    );
  });
});
