// claims38's kind (party-doer.ts): another party put in the place of the passage's speaker as the doer of its
// deed ("The Israeli government maintains open communication with both warring sides …": the Kremlin does). Never
// confirmed, with the doer found past a comma aside ("The Kremlin, meanwhile, maintains"), past a verb of the
// claim's own ("keeps channels open": "open"), behind the passage's "he", in a Russian body before its party
// («Правительство Израиля …») and in a frame naming its speaker by another party ("The Turkish foreign ministry
// stresses …"). And "incl" read as "including" (chat-typos.ts). Claims written for this test.
import { describe, it } from "vitest";
import { expectConfirmed, expectVerdict } from "../helpers/claims.js";

describe("another party as the doer of a speaker's deed", () => {
  it.each([
    // Each of these was confirmed as a paraphrase before; misattributed, the passage's doer being a speaker.
    [
      "The Israeli government maintains open communication with both warring sides and is ready to help reach a settlement",
      "misattributed",
    ],
    [
      "Israel keeps channels open to both sides of the war and says it is willing to help find a settlement",
      "misattributed",
    ],
    ["Israel blames the United States for its failed policy in the Middle East", "misattributed"],
    ["Hamas voiced deep concern over the rising civilian death toll in Israel and Gaza", "misattributed"],
    [
      "The Turkish foreign ministry stresses the importance of coordinating regional players to stabilize the situation",
      "misattributed",
    ],
    ["Правительство Израиля поддерживает открытую связь с обеими воюющими сторонами", "misattributed"],
  ])("%s -> %s", (claim, verdict) => {
    expectVerdict(claim, verdict);
  });

  it.each([
    // The passage's own doer keeps its verdict; "he" is not read for a deed the passage gives to a party.
    "The Kremlin maintains open communication with both warring sides",
    "The Russian Foreign Ministry stresses the importance of coordinating regional players",
    "The US failed to address the interests of the Palestinians",
    "Кремль поддерживает открытую связь с обеими воюющими сторонами",
    "russia has had ties with the palestinians incl hamas for years",
  ])("%s: confirmed", (claim) => {
    expectConfirmed(claim);
  });
});
