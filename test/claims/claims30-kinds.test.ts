// claims30's kinds: a polite frame around a claim (polite-frame.ts), a deed's contrary in words of its own
// (knowledge/contrary-deeds.json read by contrary-deed.ts, stems compared by sameHead), a narrator's sentence
// reworded in a speaker's mouth (speaker-moved.ts). Claims written for this test.
import { describe, expect, it } from "vitest";
import { withoutPoliteFrame } from "../../src/claims/polite-frame.js";
import { expectVerdict } from "../helpers/claims.js";

describe("a polite frame is not the claim", () => {
  it.each([
    [
      "Hello! Could you please confirm whether Putin criticizes Washington? Thank you",
      "Putin criticizes Washington",
    ],
    ["Hi there, can you check if Moscow has ties with Hamas? Thanks a lot!", "Moscow has ties with Hamas"],
    [
      "Good evening. Please verify: the Kremlin seeks a settlement. Many thanks",
      "the Kremlin seeks a settlement",
    ],
    [
      "Добрый день! Проверьте, пожалуйста: Кремль ищет урегулирования. Спасибо!",
      "Кремль ищет урегулирования",
    ],
  ])("%s -> %s", (typed, claim) => {
    expect(withoutPoliteFrame(typed)).toBe(claim);
  });

  it.each([
    // No frame, or a frame with hardly anything after it: kept as typed.
    "History shows Russia backs the Palestinians",
    "Thank you",
    "Hello! Thanks",
    "Could you check this?",
  ])("%s: kept as typed", (typed) => {
    expect(withoutPoliteFrame(typed)).toBe(typed);
  });

  it.each([
    [
      "Hey! Can you confirm that Putin emphasized the urgent need for an immediate ceasefire? Thanks",
      "verbatim",
    ],
    [
      "Hello, could you check whether Putin is deeply worried about civilian deaths in Israel and Gaza? Thank you",
      "paraphrase",
    ],
    [
      "Hi! Could you please confirm whether Putin praised the US policy in the Middle East? Thanks",
      "altered",
    ],
  ] as const)("%s: %s", (claim, verdict) => {
    expectVerdict(claim, verdict);
  });
});

describe("a deed's contrary in words that share little with it", () => {
  it.each([
    "Moscow does not even attempt to look impartial",
    "the piece argues that one-sided approaches are needed",
    "a stopgap is enough to end the conflict",
    "Peskov said the Kremlin wants to dictate a settlement to the Palestinians",
    "Peskov said Russia has already secured a settlement",
    "the Kremlin keeps contact with only one side",
    "Россия сблизилась с Израилем благодаря торговле газом",
  ])("%s: altered, not 'not in the article'", (claim) => {
    const v = expectVerdict(claim, "altered");
    expect(v.changes.some((c) => c.kind === "opposite")).toBe(true);
  });

  it.each([
    // A new event with a cause of its own, nothing of the deed: still not in the article.
    "fifty thousand Russians moved to Israel because of the economy",
    "Putin and Erdogan will talk again next month",
  ])("%s: not in the article", (claim) => {
    expectVerdict(claim, "not-in-article");
  });
});

describe("a narrator's sentence reworded in a speaker's mouth", () => {
  it.each([
    "Putin said there are growing fears the crisis could spread beyond the Arab-Israeli conflict zone",
    "Peskov said worries are growing that the crisis may extend beyond the Arab-Israeli conflict zone",
  ])("%s: misattributed, shown against the narrator's sentence", (claim) => {
    const v = expectVerdict(claim, "misattributed");
    expect(v.span?.paragraph).toBe(6);
  });

  it.each([
    // The named speaker's own passage, reworded: a paraphrase, not moved.
    ["Putin said he is deeply worried about civilian deaths in Israel and Gaza", "paraphrase"],
    // A pronoun standing for the frame's name: no other voice's sentence.
    ["The Foreign Ministry said it is evacuating Russians from Gaza", "not-in-article"],
  ] as const)("%s: %s", (claim, verdict) => {
    expectVerdict(claim, verdict);
  });
});
