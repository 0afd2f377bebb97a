// "and iran too?" after an answer: the party asked is "iran", and the reply names it so — it said "The article does
// not mention iran too." (dialogues60, read at the thirtieth session's stop). Our own wordings.
import { describe, expect, it } from "vitest";
import { partyOf } from "../../src/dialogue/elliptical.js";
import { lastText, lastVerdict } from "../helpers/dialogue.js";

describe("a party asked with 'too' / «тоже»", () => {
  it("drops the additive word from the party's name", () => {
    expect(partyOf("china too", "en")).toBe("china");
    expect(partyOf("saudi arabia as well", "en")).toBe("saudi arabia");
    expect(partyOf("китай тоже", "ru")).toBe("китай");
  });

  // Since dialog39 (session 39) a party asked as included in a card of relation and named nowhere in it is "The
  // article doesn't say." on that card (included-too.ts; fresh writers label "and iran too?" so, d60-24#2).
  it.each([
    ["does the kremlin talk to both sides?", "and china too?"],
    ["does the kremlin talk to both sides?", "and egypt also?"],
  ])("%s → %s: doesn't say, never the party's name with its additive word", (first, second) => {
    expect(lastVerdict([first, second])).toBe("not-said");
    expect(lastText([first, second])).not.toMatch(/does not mention \p{L}+ (?:too|also)/u);
  });
});
