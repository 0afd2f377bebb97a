// A deed asked "between" two parties (a truce between Israel and Hamas): the parties say where the deed is, so the
// Yes stays on the entry that backs the deed — evidence-naming.ts had moved it to the sentence naming both sides
// ("who is fighting"), a Yes shown above the wrong passage (quality-r2-31b's probe, session 31). Our own wordings.
import { describe, expect, it } from "vitest";
import { lastEntry, lastVerdict } from "../helpers/dialogue.js";

describe("parties after 'between' / «между» are the deed's setting", () => {
  it.each([
    ["путин хочет перемирия между израилем и хамасом?", "ru"],
    ["путин добивается прекращения огня между израилем и хамасом?", "ru"],
  ] as const)("%s → the ceasefire call's Yes", (q, lang) => {
    expect(lastEntry([q], lang)).toBe("ceasefire-call");
    expect(lastVerdict([q], lang)).toBe("yes");
  });
  it("English: the engine and the verdict read the ceasefire without its setting", () => {
    expect(lastEntry(["does putin want a ceasefire between israel and hamas?"])).toBe("ceasefire-call");
    expect(lastVerdict(["does putin want a ceasefire between israel and hamas?"])).toBe("yes");
    // the guards: another voice is still misattributed, a deadline still a detail the article does not give
    expect(lastVerdict(["did peskov call for a ceasefire between israel and hamas?"])).toBe("no");
    expect(lastVerdict(["does hamas want a ceasefire?"])).not.toBe("yes");
  });
  // verdict48: contact with one side is shown on the contact card (with the line naming the warring sides), not on
  // the ties card evidence-naming.ts moved it to (contact-evidence.ts).
  it("a party asked outside 'between' leaves the evidence to the readers after it (contact: the contact card)", () => {
    expect(lastEntry(["is moscow in touch with hamas?"])).toBe("kremlin-contact-both-sides");
  });
});
