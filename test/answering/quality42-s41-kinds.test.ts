// quality42's engine kinds (session 41, wave BS's English misses and two old leftovers), in phrasings of our own: a
// hearsay lead-in before the claim to check (hearsay-lead-in.ts), Russia "friends with everyone" as its ties with
// both sides (both-sides-relations.ts), one of the story's parties blamed for the violence as a wrong party
// (blamed-for-violence.ts, wrong-party-reading.ts), an office set aside like a name in the roster (intents.ts).
// Probes pinned at their figures after.
import { describe, expect, it } from "vitest";
import { blamedForViolence } from "../../src/answering/blamed-for-violence.js";
import { asBothSidesRelations } from "../../src/answering/both-sides-relations.js";
import { withoutHearsayLeadIn } from "../../src/answering/hearsay-lead-in.js";
import { realEngine as engine } from "../helpers/engine.js";
import { entryOf, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors } from "../helpers/probe-floors.js";

describe("a hearsay lead-in", () => {
  it("is taken off before the claim to check", () => {
    expectRows(withoutHearsayLeadIn, [
      [
        "I keep hearing on the news that Peskov wants a settlement. Is that true?",
        "Peskov wants a settlement. Is that true?",
      ],
      [
        "people online keep saying that russia backs hamas. did the article say so?",
        "russia backs hamas. did the article say so?",
      ],
      [
        "ok so my timeline is full of posts saying putin phoned erdogan, really?",
        "putin phoned erdogan, really?",
      ],
      [
        "We keep reading headlines that the Kremlin wants to mediate - why?",
        "the Kremlin wants to mediate - why?",
      ],
      ["everyone keeps claiming the quartet is dead?", "the quartet is dead?"],
    ]);
  });
  it("stays where nothing is asked, or the hearsay is one report or inside the question", () => {
    expectUnchanged(withoutHearsayLeadIn, [
      "I keep seeing headlines that Putin blames the US.",
      "I heard Putin blamed Hamas for everything, true?",
      "why do people keep saying putin blames the us?",
      "does the article keep saying the same thing?",
    ]);
  });
});

describe("Russia friends with everyone", () => {
  const BOTH = "which relationships does moscow highlight with both israelis and palestinians";
  it("is the relationships Moscow highlights with both sides", () => {
    expectRows(asBothSidesRelations, [
      ["so the kremlin is kind of friends with everybody there?", BOTH],
      ["Moscow claims it's on good terms with all sides?", BOTH],
      ["russia's pals with every side, huh?", BOTH],
      ["does russia get along with all the parties?", BOTH],
    ]);
  });
  it("not with a party named beside, nor friends with one side", () => {
    expectUnchanged(asBothSidesRelations, [
      "is russia friends with everyone, the us included?",
      "is russia friends with israel?",
      "who is friends with everyone?",
    ]);
  });
});

describe("a story party blamed for the violence", () => {
  it("is checked yes/no with the violence, the war or this as its matter", () => {
    expectRows(blamedForViolence, [
      ["Did Putin blame Hamas for the bloodshed?", true],
      ["is it true putin blames turkey for all of this?", true],
      ["Putin holds the Israelis responsible for the escalation, correct?", true],
      ["does putin blame the palestinians for everything?", true],
      ["does putin blame israel?", false],
      ["does putin blame israel for standing in the way of a settlement?", false],
      ["did putin blame the us for the war?", false],
      ["why does putin blame hamas for the violence?", false],
      ["does hamas blame putin for the war?", false],
      ["does putin blame israel for this policy?", false],
    ]);
  });
  it("answers with whom Putin blames, marked a wrong party (the yes/no layer's No)", () => {
    for (const q of [
      "did putin blame erdogan for the fighting?",
      "Is Putin blaming Israel for the war?",
      "putin pins everything on the palestinians for this, right?",
    ]) {
      const a = engine.findAnswer(q);
      expect([q, a.entry?.id, a.wrongParty]).toEqual([q, "putin-blames-us", "fact"]);
    }
    for (const q of ["does putin blame israel?", "does putin blame the us for the war?"])
      expect([q, engine.findAnswer(q).wrongParty]).toEqual([q, undefined]);
  });
});

describe("an office set aside in the roster", () => {
  it("is left out like a name", () => {
    for (const q of [
      "aside from the president, which russian officials get quoted?",
      "other than the spokesman, who from russia is quoted?",
      "besides the president, which russian officials does the story cite?",
    ])
      expect([q, engine.findAnswer(q).answer]).toEqual([q, expect.stringContaining("Peskov")]);
    expect(entryOf("apart from the president, what did russian officials say about the us?")).not.toBe(null);
  });
});

describe("the readers stay linear on long input", () => {
  it("all three", () => {
    expectLinearOnLongInput(
      (s) => {
        withoutHearsayLeadIn(`${s}?`);
        asBothSidesRelations(s);
        blamedForViolence(s);
      },
      [
        "i keep seeing ",
        "people online keep saying ",
        "russia is basically ",
        "putin blamed hamas for ",
        "this ",
      ],
    );
  });
});

describe("the probes of the kind (first run on base 45166ac9: en83 50.0% engine / 50.0% via ask; after 100% / 100%)", () => {
  itHoldsProbeFloors([["probes-en83.jsonl", 1, 1]]);
});
