// quality40's engine kinds, in phrasings of our own (wave BQ's misses and session 39's list of learners' requests):
// plain words asked for around a question are taken off before reading (answer-manner.ts withoutPlainWords); the
// Quartet's other members with Russia set aside (other-members.ts); the side the US overlooked asked by "which side"
// (overlooked-side.ts); "yanks" as the US (synonyms); the engine's own Yes on Washington's monopoly asked of Putin
// and on his concern for the civilians on both sides (owned-points-more.ts). Probes pinned at their figures after.
import { describe, expect, it } from "vitest";
import { withoutPlainWords } from "../../src/answering/answer-manner.js";
import { asOtherMembers } from "../../src/answering/other-members.js";
import { asOverlookedSide } from "../../src/answering/overlooked-side.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";
import { itHoldsProbeFloors, opening } from "../helpers/probe-floors.js";

describe("plain words asked for", () => {
  it("takes a learner's preamble and the reader's level off a question", () => {
    expectRows(withoutPlainWords, [
      [
        "Hi! I'm learning English. Could you tell me in easy words what Peskov said?",
        "Could you tell me what Peskov said?",
      ],
      [
        "explain to me like I'm 9 why russia has ties with israel",
        "explain to me why russia has ties with israel",
      ],
      ["ELI5: who is in the quartet", "who is in the quartet"],
      ["for beginners please, what does the kremlin want?", "what does the kremlin want?"],
      ["sorry for my bad english, what putin want from america?", "what putin want from america?"],
      ["using plain language, who did putin call?", "who did putin call?"],
      ["what does the foreign ministry propose, in layman's terms", "what does the foreign ministry propose"],
      ["what is russia's role in simple terms?", "what is russia's role?"],
    ]);
  });
  it("keeps a request for the story in brief and words of the question itself", () => {
    expectUnchanged(withoutPlainWords, [
      "explain it like I'm five",
      "explain like im 5",
      "tell me the story like I'm a kid",
      "eli5 this article pls, what's going on",
      "ELI5",
      "explain the article in simple words",
      "what does russia want for children?",
      "is russia acting like a mediator for both sides?",
      "is the english version of the article different?",
      // The words themselves asked about: no request of the bot, the phrase after a verb of saying or writing.
      "is the article written in simple words?",
      "does putin speak in plain language?",
      "did putin explain simply why he blames the us?",
    ]);
  });
  it("answers learners' questions from the right card", () => {
    expectEntries([
      [
        "Hello! I study English. With simple words, please: what did Putin tell the Turkish leader?",
        "putin-erdogan-call",
      ],
      ["explain like I'm ten, who does putin blame?", "putin-blames-us"],
      ["my english is not so good. what is the kremlin's role, in easy words?", "kremlin-settlement-role"],
      ["In simple words, what is the weather in Moscow today?", null],
    ]);
  });
});

describe("the Quartet's other members and the side the US overlooked", () => {
  it("reads Russia set aside beside a group as the Quartet's members", () => {
    expectRows(asOtherMembers, [
      ["apart from moscow, which organisations made up the quartet?", "who is in the quartet"],
      ["who were moscow's partners in the quartet", "who is in the quartet"],
      [
        "besides the russians, what bodies were in the group formed for the peace talks",
        "who is in the quartet",
      ],
    ]);
    expectUnchanged(asOtherMembers, [
      "besides russia, who wants a ceasefire?",
      "apart from russia which countries have ties with hamas",
      "is russia in a group on climate change?",
    ]);
  });
  it("reads which side the US neglected as whose aspirations it overlooked", () => {
    expectRows(asOverlookedSide, [
      ["which side did washington neglect, in putin's view", "whose aspirations did the us overlook"],
      ["what group of people did the yanks leave out, per putin", "whose aspirations did the us overlook"],
    ]);
    expectUnchanged(asOverlookedSide, [
      "which side does russia support?",
      "which side does putin blame, the us or israel?",
      "who ignored the ceasefire call?",
      "was it the turkish leader who said US policy failed?",
      // "us" the pronoun: the asker's teacher gave "us" the piece, and what was forgot is the asker's own.
      "my professor gave us this piece and asked who putin rang up. i already forgot, who was it?",
    ]);
  });
  it("answers them from the right card, and the yanks are the US", () => {
    expectEntries([
      ["which side does putin think the united states overlooked?", "us-ignores-palestinian-interests"],
      ["other than the kremlin, who sat in the quartet?", "quartet-members"],
      ["why is putin angry with the yanks?", "putin-on-us"],
    ]);
  });
});

describe("the engine's own Yes", () => {
  it("on Washington's monopoly and on the civilians on both sides", () => {
    expect(opening("Does Putin say America monopolized the peace process?")).toBe("Yes.");
    expect(opening("is putin of the view that washington hogged the peace efforts?")).toBe("Yes.");
    expect(opening("did putin voice concern for the civilian deaths on both sides?")).toBe("Yes.");
    expect(opening("is putin worried about casualties on each side of the conflict?")).toBe("Yes.");
    // Another monopolist, or only one side, is not the card's point.
    expect(opening("Does Putin say Russia monopolized the peace process?")).not.toBe("Yes.");
    expect(opening("is putin only worried about civilians on one side?")).not.toBe("Yes.");
  });
});

describe("the probes of the kind (first run on base 9df1e01d: en81 68.8% / 100%, through ask 75.0% / 100%)", () => {
  itHoldsProbeFloors([["probes-en81.jsonl", 0.97, 0.96, 1]]);
});

describe("quality40's readers stay linear on long input", () => {
  it("the English readers", () => {
    expectLinearOnLongInput(
      (s) => {
        withoutPlainWords(s);
        asOtherMembers(s);
        asOverlookedSide(s);
      },
      [
        "hello! ",
        "in simple words ",
        "like i'm ",
        "for a kid ",
        "besides russia ",
        "which side ",
        "ignored ",
      ],
    );
  });
});
