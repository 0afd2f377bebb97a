// quality47's kinds (wave BX's blind97 misses and dialogues115's English context misses), in phrasings of our own:
// a question closed by the asker's guess (guessed-topic.ts, read without it when the whole is refused); the asker's
// "migrants", "diaspora" for the former Russian citizens (migrant-words.ts); a thing placed in a country asked of its
// state, no member of a list (dialogue's elliptical.ts); Putin's remedy asked yes/no (remedy-proposed.ts, the owned
// point, dialogue's generic-remedy.ts); a process pointed at by a demonstrative noun (dialogue's part-in-pronoun.ts).
// Probe sets (first run on 65a5a1b2 before the change → after): probes-en92 33.3% / 100% → 100% / 100% engine, 50.0% /
// 71.4% → 100% / 100% through ask; dialogues-own120 in context 46.2% → 100%, yes/no 40.0% → 100%.
import { describe, expect, it } from "vitest";
import { withoutGuessedTopic } from "../../src/answering/guessed-topic.js";
import { withMigrantsAsFormerCitizens } from "../../src/answering/migrant-words.js";
import { asRemedyProposed } from "../../src/answering/remedy-proposed.js";
import { membershipOf } from "../../src/dialogue/elliptical.js";
import { asksGenericRemedy } from "../../src/dialogue/generic-remedy.js";
import { askOnce, lastAnswer } from "../helpers/dialogue.js";
import { expectChatRows, expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors } from "../helpers/probe-floors.js";

const CEASEFIRE = "does putin call for a ceasefire?";

describe("quality47's readers", () => {
  it("takes the asker's guess off the end of a question", () => {
    expectRows(withoutGuessedTopic, [
      ["what links moscow and israel, something to do with refugees?", "what links moscow and israel?"],
      ["why does putin blame the us? something about gas?", "why does putin blame the us?"],
      ["how is russia tied to israel - money or something?", "how is russia tied to israel?"],
      ["who did putin ring, someone from france?", "who did putin ring?"],
      ["is russia close to israel, because of oil?", "is russia close to israel?"],
    ]);
    expectRows(withoutGuessedTopic, [
      ["what did putin say about oil?", null],
      ["something about migrants?", null],
      ["putin, something about gaza?", null],
    ]);
  });
  it("reads the asker's migrants as the former Russian citizens only beside Israel or Russia", () => {
    expectRows(withMigrantsAsFormerCitizens, [
      ["how do migrants tie russia to israel?", "how do former russian citizens tie russia to israel?"],
      [
        "why does the article bring up the russian diaspora?",
        "why does the article bring up former russian citizens?",
      ],
      [
        "are there emigrants from the soviet union in israel?",
        "are there former russian citizens in israel?",
      ],
    ]);
    expectUnchanged(withMigrantsAsFormerCitizens, [
      "what does the article say about migrants?",
      "did putin talk about migrants in europe?",
      "are syrian migrants in russia mentioned?",
      "does israel take in migrants from ukraine?",
      "what about israeli settlers and russia?",
    ]);
  });
  it("reads Putin's remedy asked yes/no as his ceasefire call, and a kind of remedy not", () => {
    expectRows(asRemedyProposed, [
      ["did putin propose a remedy?", CEASEFIRE],
      ["does the russian leader offer any solution to the crisis?", CEASEFIRE],
      ["has vladimir putin come up with a way out?", CEASEFIRE],
      ["did putin suggest a fix on that call?", CEASEFIRE],
    ]);
    expectUnchanged(asRemedyProposed, [
      "did putin propose a military solution?",
      "did putin propose a peace plan?",
      "did peskov propose a solution?",
      "what solution does putin propose?",
      "did putin reject a solution?",
    ]);
    expectRows(asksGenericRemedy, [
      ["a solution", true],
      ["any remedy for it", true],
      ["a way out of the crisis on that call", true],
      ["a two-state solution", false],
      ["sending troops", false],
    ]);
  });
  it("reads a thing placed in a country, asked of its state, as no member of a list", () => {
    expectRows(
      (q: string) => membershipOf(q, "en"),
      [
        // "in turkey" places the thing; what follows asks its state.
        ["is the akkuyu nuclear plant in turkey finished yet", null],
        ["is the new airport in israel open yet", null],
      ],
    );
    expect(membershipOf("is china in the quartet", "en")).toEqual({ party: "china", group: "quartet" });
  });
  it("answers them through the engine", () => {
    expectEntries([
      ["what connects russia and israel, something about migrants?", "russia-israel-ties"],
      ["why does putin fault washington, something about oil?", "putin-blames-us"],
      ["who did putin call, somebody from the UN?", "putin-erdogan-call"],
      ["what role do migrants play in moscow's ties with israel?", "russia-israel-ties"],
      ["did the russian president propose a solution?", "ceasefire-call"],
      // Off the story before the guess: refused with it or without it.
      ["what did putin say about inflation, something about prices?", null],
      ["did putin talk about migrants in europe?", null],
    ]);
  });
  it("refuses a thing the article never names asked of a country it does, through the dialogue", () => {
    for (const q of [
      "Is the Akkuyu reactor in Turkey finished yet?",
      "is the bosphorus bridge in turkey open yet?",
    ]) {
      const reply = askOnce(q);
      expect(reply.answer.answered, q).toBe(false);
      expect(reply.answer.answer, q).not.toMatch(/Erdogan/);
    }
    // A party asked of the Quartet keeps its reading.
    expect(askOnce("is china in the quartet?").answer.answer).toMatch(/does not mention china/i);
  });
  it("gives Putin's remedy its Yes, and the process pointed at by a demonstrative noun", () => {
    expectChatRows(
      (chat) => lastAnswer(chat).verdict,
      [
        [["what does putin make of the violence?", "did he propose a remedy?"], "yes"],
        [["who did putin call?", "did he suggest a way out on that call?"], "yes"],
        [["did putin propose a two-state solution?"], "not-said"],
        [
          [
            "what did putin accuse the us of?",
            "monopolizing what?",
            "is moscow itself part of those efforts?",
          ],
          "yes",
        ],
        [
          ["what is washington accused of monopolizing?", "is russia part of these peace efforts too?"],
          "yes",
        ],
      ],
    );
  });
  itHoldsProbeFloors([["probes-en92.jsonl", 1, 1, 1]]);
});

describe("quality47's readers stay linear on long input", () => {
  it("the shapes", () => {
    expectLinearOnLongInput(
      (s) => {
        withoutGuessedTopic(s);
        withMigrantsAsFormerCitizens(s);
        asRemedyProposed(s);
        asksGenericRemedy(s);
      },
      ["what links russia, something about ", "migrants israel ", "did putin propose a ", "a solution "],
    );
  });
});
