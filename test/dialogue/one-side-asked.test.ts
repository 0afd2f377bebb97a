// Whether Russia is on one warring side, asked yes/no: the claim checker read "on … side" against the Kremlin's
// "both warring sides" and the reply was "Yes." — a false confirmation (dialogues64's kind, session 31's stop). It is
// now "The article doesn't say", with the article's impartial-mediator frame and its ties to both (the pinned sets'
// convention for "is russia taking israel's side?").
// Our own wordings.
import { describe, expect, it } from "vitest";
import { lastEntry, lastVerdict } from "../helpers/dialogue.js";

describe("is Russia on one side? gets no Yes", () => {
  it.each([
    ["is russia on israel's side?", "en"],
    ["so is moscow basically siding with hamas?", "en"],
    ["is the kremlin on the palestinians side?", "en"],
    ["россия на стороне израиля?", "ru"],
    ["а кремль поддерживает хамас?", "ru"],
  ] as const)("%s → doesn't say, on the neutrality entry", (q, lang) => {
    expect(lastVerdict([q], lang)).toBe("not-said");
    expect(lastEntry([q], lang)).toBe("is-russia-neutral");
  });
  it("as a follow-up with 'they' after Russia's ties", () => {
    const chat = ["does russia have ties with both sides?", "so theyre basically on israels side?"];
    expect(lastVerdict(chat)).toBe("not-said");
  });
  it("another party's side stays with the usual path", () => {
    expect(lastEntry(["is turkey on israels side?"])).not.toBe("is-russia-neutral");
  });
});
