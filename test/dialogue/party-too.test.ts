// "and iran too?" after an answer: the party asked is "iran", and the reply names it so — it said "The article does
// not mention iran too." (dialogues60, read at the thirtieth session's stop). Our own wordings.
import { describe, expect, it } from "vitest";
import { partyOf } from "../../src/dialogue/elliptical.js";
import { lastText } from "../helpers/dialogue.js";

describe("a party asked with 'too' / «тоже»", () => {
  it("drops the additive word from the party's name", () => {
    expect(partyOf("china too", "en")).toBe("china");
    expect(partyOf("saudi arabia as well", "en")).toBe("saudi arabia");
    expect(partyOf("китай тоже", "ru")).toBe("китай");
  });

  it.each([
    ["does the kremlin talk to both sides?", "and china too?", "china"],
    ["does the kremlin talk to both sides?", "and egypt also?", "egypt"],
  ])("%s → %s names %s alone", (first, second, name) => {
    const said = lastText([first, second]);
    expect(said).toContain(`does not mention ${name}.`);
    expect(said).not.toMatch(/does not mention \p{L}+ (?:too|also)/u);
  });
});
