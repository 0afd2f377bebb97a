// quality42's engine kinds (session 41, wave BS's English misses and two old leftovers), in phrasings of our own: a
// hearsay lead-in before the claim to check (hearsay-lead-in.ts), Russia "friends with everyone" as its ties with
// both sides (both-sides-relations.ts), an office set aside like a name in the roster (intents.ts); a story party
// blamed for the violence stays unmarked (the dialogue sets' "doesn't say").
// Probes pinned at their figures after.
import { describe, expect, it } from "vitest";
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
  // Not a wrong party: the dialogue sets label "did putin blame israel / hamas / turkey for the violence?" "doesn't
  // say" (the article reports whom he blames, not that he blames no one else); the engine answers whom he blames.
  it("is answered with whom Putin blames, with no wrong party marked", () => {
    for (const q of ["did putin blame erdogan for the fighting?", "Is Putin blaming Israel for the war?"]) {
      const a = engine.findAnswer(q);
      expect([q, a.entry?.id, a.wrongParty]).toEqual([q, "putin-blames-us", undefined]);
    }
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
  it("both", () => {
    expectLinearOnLongInput(
      (s) => {
        withoutHearsayLeadIn(`${s}?`);
        asBothSidesRelations(s);
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
