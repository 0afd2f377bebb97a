// quality51's kinds (wave CB, blind101's English misses), in phrasings of our own: Russia's formal part in the peace
// efforts read as the Quartet's card (formal-involvement.ts); a Russian party's pitch, angle, game plan or endgame on
// the conflict (party-game-plan.ts); slang openers and tails taken off (slang-tails.ts); a document or a vote the
// article never mentions refused (unmentioned-document.ts); "does the article mention a two-state solution?" not a
// Yes in the dialogue (mention-answer.ts with the curators' notInWords).
// Probe set probes-en99 (first run on 10b0689d before the change → after): 63.6% / 81.8% → 100% / 100% engine,
// 68.2% / 81.8% → 100% / 100% through ask.
import { describe, expect, it } from "vitest";
import { asFormalInvolvement } from "../../src/answering/formal-involvement.js";
import { asPartyGamePlan } from "../../src/answering/party-game-plan.js";
import { withoutSlangTails } from "../../src/answering/slang-tails.js";
import { asksUnmentionedDocument } from "../../src/answering/unmentioned-document.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";

describe("quality51's readers", () => {
  it("reads Russia's formal part in the peace efforts as the Quartet's card, not a war or the Quartet named", () => {
    expectRows(asFormalInvolvement, [
      ["was moscow ever officially part of the peace process?", "is russia part of the quartet?"],
      ["has the kremlin formally taken part in mediation?", "is russia part of the quartet?"],
      ["how is russia officially involved in the negotiations?", "Which group has Russia been part of?"],
    ]);
    expectUnchanged(asFormalInvolvement, [
      "is russia officially involved in the war?",
      "is russia formally part of the quartet's talks?",
      "is russia involved in the peace process?",
    ]);
  });
  it("reads a pitch or a game plan on the conflict, not an angle on a party or a peace plan", () => {
    expectRows(asPartyGamePlan, [
      ["what's the kremlin's pitch on the war?", "How does Moscow present itself in the conflict?"],
      ["whats moscow's endgame in all this", "What role does the Kremlin want to play?"],
      ["quick: russia's strategy here?", "quick: What role does the Kremlin want to play?"],
      ["what is putin's game plan for this conflict?", "What does Putin want?"],
    ]);
    expectUnchanged(asPartyGamePlan, [
      "putin's angle on the us?",
      "what's moscow's angle with hamas?",
      "what is russia's peace plan here?",
      "what's hamas's endgame here?",
    ]);
  });
  it("takes slang openers and tails off, not words of the question", () => {
    expectRows(withoutSlangTails, [
      ["yo whats the kremlin's game plan here fr", "whats the kremlin's game plan here"],
      ["ngl who does putin blame tbh?", "who does putin blame?"],
      ["does moscow talk to hamas no cap", "does moscow talk to hamas"],
    ]);
    expectUnchanged(withoutSlangTails, [
      "is the ceasefire for real?",
      "who is the man peskov speaks for?",
      "fr",
    ]);
  });
  it("refuses a document or a vote the article never mentions, not the article's own resolution", () => {
    expectRows(asksUnmentionedDocument, [
      ["what does the hamas charter say about israel", true],
      ["is there a security council resolution on gaza?", true],
      ["how did russia vote on the resolution?", true],
      ["what does the article say about a just resolution?", false],
      ["does the article say how russia voted at the un security council?", false],
      ["does the kremlin want to help reach a settlement or an agreement?", false],
    ]);
    expectEntries([
      ["what does israel's constitution say about gaza?", null],
      ["what is the quartet's charter?", null],
      ["has russia ever formally been involved in peace mediation?", "quartet-members"],
    ]);
  });
  it("gives no Yes to 'does the article mention a two-state solution?', a Yes to a Palestinian state", () => {
    expect(lastVerdict(["does the article mention a two-state solution?"])).toBe("not-said");
    expect(lastVerdict(["does the story talk about a two state solution"])).toBe("not-said");
    expect(lastVerdict(["does the article mention a palestinian state?"])).toBe("yes");
    expect(lastVerdict(["does the article mention iran?"])).toBe("no");
  });
});
