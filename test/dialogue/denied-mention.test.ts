import { describe, expect, it } from "vitest";
import { deniedMention } from "../../src/dialogue/denied-mention.js";
import { withPlainTag } from "../../src/dialogue/slang-tag.js";

const EVIDENCE =
  "The article notes that Putin makes no mention of Russia's own role in the peace process during his remarks.";

describe("deniedMention", () => {
  it("reads a claimed mention the evidence denies, in either order and in Russian", () => {
    expect(deniedMention("he discussed russia's own role, didn't he?", EVIDENCE)).toBe(true);
    expect(deniedMention("and russia's own role, he went into that, right?", EVIDENCE)).toBe(true);
    expect(
      deniedMention(
        "правда ли, что про роль самой россии он говорил?",
        "Путин не упомянул собственную роль России.",
      ),
    ).toBe(true);
  });
  it("leaves other objects, negated claims and evidence without a denial alone", () => {
    expect(deniedMention("he talked about the ceasefire, right?", EVIDENCE)).toBe(false);
    expect(deniedMention("he didn't talk about russia's role, right?", EVIDENCE)).toBe(false);
    expect(
      deniedMention("he talked about russia's own role, right?", "Putin talks about Russia's own role."),
    ).toBe(false);
    expect(deniedMention("peskov talked about russia's own role, right?", EVIDENCE)).toBe(false);
  });
});

describe("withPlainTag", () => {
  it("reads a slang 'or nah' tag as ', or not?'", () => {
    expect(withPlainTag("was he mad at the us or nah")).toBe("was he mad at the us, or not?");
    expect(withPlainTag("putin dunking on america or nope?")).toBe("putin dunking on america, or not?");
    expect(withPlainTag("is it the us or the eu?")).toBe("is it the us or the eu?");
  });
});
