// Questions typed without a question mark that the router sent to the claim checker (quality29): a yes/no after a
// fronted viewpoint ("in X's eyes, did …"), a wh-phrase inside the message with "did/does" after it, a closing
// echo wh-phrase, chat glue before a question word, a tag without its comma. Written for this test; the
// statements that hold the same words are still checked as claims.
import { describe, expect, it } from "vitest";
import { looksLikeClaim, looksLikeQuestion } from "../../src/routing/index.js";

describe("unmarked questions of quality29", () => {
  it.each([
    "in the kremlin's view, did washington weigh any compromise",
    "per peskov, is moscow ready to help find a settlement",
    "according to erdogan, was the call about a ceasefire",
    "the president of which country did putin phone",
    "from what side does the kremlin hear most",
    "the foreign ministry wants to coordinate which players",
    "ok so who did putin actually blame",
    "like what does the quartet even do",
    "putin is the turkish leader isnt he",
  ])("%j is a question", (q) => {
    expect(looksLikeQuestion(q)).toBe(true);
    expect(looksLikeClaim(q)).toBe(false);
  });

  it.each([
    "According to Putin, the US did not consider compromises acceptable to both sides.",
    "Per Peskov, the Kremlin aims to play a constructive role in resolving the conflict.",
    "Putin criticized a policy which did not address the interests of Palestinians.",
    "So Putin blamed the United States for its failed policy in the Middle East.",
  ])("%j is still a claim", (c) => {
    expect(looksLikeClaim(c)).toBe(true);
  });
});
