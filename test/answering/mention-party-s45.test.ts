// A mention asked of the article owns its Yes only when the card holds every party the topic names: four words of
// five on the Foreign Ministry's card ("direct … between … israel") are not "direct talks between israel and hamas".
import { describe, expect, it } from "vitest";
import { mentionVerdict } from "../../src/answering/mention-asked.js";

const MINISTRY = {
  answer:
    "According to the article, the Russian Foreign Ministry stresses coordinating regional players to stabilize the situation and to establish direct dialogue between Palestinians and Israelis.",
  text: "According to the article, the Russian Foreign Ministry stresses coordinating regional players to stabilize the situation and to establish direct dialogue between Palestinians and Israelis. The Russian Foreign Ministry stresses the importance of coordinating regional players to stabilize the situation and establish direct Palestinian-Israeli dialogue.",
};
const ARTICLE = "The Russian Foreign Ministry stresses … establish direct Palestinian-Israeli dialogue.";

describe("a mention's Yes needs every named party on the card", () => {
  it.each([
    ["does the article mention direct dialogue between the palestinians and israel?", "yes"],
    ["does the article mention direct dialogue between israel and hamas?", null],
    ["does the article mention direct dialogue between israel and iran?", null],
    ["does the ministry mention direct dialogue between the palestinians and israel?", "yes"],
  ])("%s → %s", (question, verdict) => {
    expect(mentionVerdict(question, "en", MINISTRY, ARTICLE)).toBe(verdict);
  });
});
