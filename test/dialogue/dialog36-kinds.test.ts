// dialog36: a said-by check after an answer led by the article's own narration (never a Yes for the speaker
// quoted beside it), "is that X saying it?" read as said-by, a side of the conflict alone after an answer on
// Russia's ties ("and with palestinians?"), and "orgs" as organisations. Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { narrationLed } from "../../src/dialogue/narration-led.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";

describe("whose words, after an answer led by the article's narration", () => {
  it("never confirms the speaker quoted beside the narration", () => {
    expect(lastVerdict(["is the fighting intensifying", "is that putin saying it?"])).toBe("not-said");
    expect(lastVerdict(["is the bloodshed increasing", "are these putin's words?"])).toBe("not-said");
  });
  it("keeps the plain No for narration alone, but not for concerns it gives no holder (dialog46b)", () => {
    // "there are growing concerns…": whose, the article does not say (unheld-concern.ts).
    expect(lastVerdict(["could the war spill over", "was that putin talking?"])).toBe("not-said");
  });
  it("lets the asked part decide when it is the speaker's quote", () => {
    const quotes = [{ speakerId: "article" }, { speakerId: "putin" }];
    expect(narrationLed(quotes, "putin", "putin")).toBe(false);
    expect(narrationLed(quotes, null, "putin")).toBe(true);
    expect(narrationLed([{ speakerId: "article" }], null, "putin")).toBe(false);
  });
});

describe("a side of the conflict alone after Russia's ties", () => {
  it("asks Russia's ties with that side", () => {
    const ties = (messages: string[]) => lastAnswer(messages).answer.entry?.id;
    expect(
      ties(["who are the former russian citizens the article mentions", "and with the palestinians?"]),
    ).toBe("russia-palestinian-ties");
    expect(ties(["how does moscow want to look in this conflict", "what about hamas?"])).toBe(
      "russia-palestinian-ties",
    );
  });
  it("leaves the switch after a yes/no alone", () => {
    expect(lastVerdict(["does russia have ties with hamas?", "and with israel then?"])).toBe("yes");
  });
});

describe("'orgs' as organisations", () => {
  it("finds the Quartet's members", () => {
    expect(lastAnswer(["what countries/orgs make up the quartet"]).answer.entry?.id).toBe("quartet-members");
  });
});
