// quality44's engine kinds (wave BU's blind94 misses and session 41's English leftovers), in phrasings of our own:
// the call's partner asked with a clause placing the moment (call-partner-moment.ts); Russia's wish to help set
// against its blaming the US as an either-or, "throwing shade at" among its blaming words (help-or-blame.ts); the
// asker as a child of an age, read as "like I'm five" (child-audience.ts); which side Russia talks to as a choice of
// the two (which-side-contact.ts); a long message's last stretch, its "?" cut off with the break, asks
// (message-reading.ts: "did putin and erdogan | also talk about gas supplies during that call?" is refused).
// Probe set (engine, first run on 51b27fd4 before the change → after): probes-en87 43.8% → 100% (16 lines); through
// ask 56.3% → 100%.
import { describe, expect, it } from "vitest";
import { asCallPartnerAtMoment } from "../../src/answering/call-partner-moment.js";
import { withChildAudienceAsFive } from "../../src/answering/child-audience.js";
import { asHelpOrBlame } from "../../src/answering/help-or-blame.js";
import { asWhichSideContact } from "../../src/answering/which-side-contact.js";
import { realEngine as engine } from "../helpers/engine.js";
import { entryOf, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors } from "../helpers/probe-floors.js";

describe("quality44's readers", () => {
  it("reads the call's partner with a clause placing the moment as 'who did putin call?'", () => {
    expectRows(asCallPartnerAtMoment, [
      ["who was he on a call with while he was bashing the us?", "who did putin call?"],
      ["whom did putin speak to when he urged a ceasefire", "who did putin call?"],
      ["when putin said washington had failed, who was he talking to?", "who did putin call?"],
      ["who was on the other end of the phone as he slammed america", "who did putin call?"],
    ]);
    expectUnchanged(asCallPartnerAtMoment, [
      "who was putin talking to when he visited tehran?",
      "who did putin blame when he spoke to erdogan?",
      "who was putin on the phone with",
    ]);
  });
  it("reads Russia's help against its blaming the US as its role", () => {
    expectRows(asHelpOrBlame, [
      [
        "is the kremlin just dissing america or does it want to help?",
        "what role does the kremlin want to play",
      ],
      [
        "does moscow want to mediate or only take shots at the west?",
        "what role does the kremlin want to play",
      ],
    ]);
    expectUnchanged(asHelpOrBlame, [
      "does russia want to help or not?",
      "does putin blame the us or israel?",
      "does the us want to help or just blame russia's friends?",
    ]);
  });
  it("reads the asker as a child as 'like I'm five'", () => {
    expectRows(withChildAudienceAsFive, [
      ["sum it up as though I was a 7-year-old", "sum it up like I'm five"],
      ["explain the article as if i were a little kid please", "explain the article like I'm five please"],
      ["what's the story? pretend I'm a 5th grader", "what's the story? like I'm five"],
    ]);
    expectUnchanged(withChildAudienceAsFive, [
      "explain it like I'm five",
      "as if I were an expert, explain the Quartet",
      "was putin like 70 years old?",
    ]);
  });
  it("reads which side Russia talks to, named as a choice, as the contact with both", () => {
    expectRows(asWhichSideContact, [
      [
        "which side does moscow deal with, hamas or israel?",
        "which sides does the kremlin maintain communication with",
      ],
      [
        "does russia talk to israel or to the palestinians",
        "which sides does the kremlin maintain communication with",
      ],
    ]);
    expectUnchanged(asWhichSideContact, [
      "which side does russia blame, israel or the palestinians?",
      "which side does the us support, israel or the palestinians?",
    ]);
  });
  it("answers them through the engine", () => {
    expect(entryOf("who was putin chatting with while blaming washington")).toBe("putin-erdogan-call");
    expect(entryOf("is russia offering help or just throwing shade at america?")).toBe(
      "kremlin-settlement-role",
    );
    expect(engine.findAnswer("tell me about the article as if I were ten").kind).toBe("summary");
    expect(entryOf("who does moscow talk to, the israelis or the palestinians?")).toBe(
      "kremlin-contact-both-sides",
    );
  });
  it("refuses a matter the article never names, asked of the call in a long message", () => {
    for (const q of [
      "Did Putin and Erdogan also talk about oil prices during that phone call?",
      "did the two leaders also discuss the grain corridor on that call with each other?",
    ])
      expect(engine.findAnswer(q).answered, q).toBe(false);
    expect(
      engine.findAnswer("Did Putin and Erdogan also talk about a ceasefire during that call?").answered,
    ).toBe(true);
  });
  itHoldsProbeFloors([["probes-en87.jsonl", 1, 1, 1]]);
});

describe("quality44's readers stay linear on long input", () => {
  it("the shapes", () => {
    expectLinearOnLongInput(
      (s) => {
        asCallPartnerAtMoment(s);
        asHelpOrBlame(s);
        withChildAudienceAsFive(s);
        asWhichSideContact(s);
      },
      ["who was putin on the phone with when ", "as if i were ", "help or just blame the us "],
    );
  });
});
