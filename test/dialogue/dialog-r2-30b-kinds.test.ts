// dialog-r2-30b (session 30): dialogues58's miss kinds in our own wordings. A yes/no question typed with slips is
// read by the verdict readers as the engine reads its spelling (verdict-respell.ts).
import { describe, expect, it } from "vitest";
import { asBodyMentioned } from "../../src/answering/body-mentioned.js";
import { respelledForVerdict } from "../../src/dialogue/verdict-respell.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";

const fixesOf = (lang: "en" | "ru") => {
  const lexicon = realEngine.lexicon(lang)!;
  return (t: string) => lexicon.typoFixes(t);
};
const isSpeaker = (w: string) => /^(путин|песков|эрдоган)$/u.test(w);

describe("a yes/no question typed with slips", () => {
  it("is respelled for the verdict readers, English and Russian, never a form or a negation", () => {
    expect(respelledForVerdict("did putn call for a ceasfire", "en", fixesOf("en"))).toBe(
      "did putin call for a ceasefire",
    );
    expect(respelledForVerdict("пескв говрил об этом?", "ru", fixesOf("ru"), isSpeaker)).toBe(
      "песков говорил об этом?",
    );
    // Another form of a word is no slip; a word spelled right is left alone.
    expect(respelledForVerdict("ранены ли мирные жители", "ru", fixesOf("ru"), isSpeaker)).toBe(
      "ранены ли мирные жители",
    );
    expect(respelledForVerdict("didnt putin blame the us", "en", fixesOf("en"))).toBe(
      "didnt putin blame the us",
    );
    expect(respelledForVerdict("did putn call", "en", null)).toBe("did putn call");
  });

  it("gets the answer's own verdict with slips in the subject, the verb or the object", () => {
    for (const q of [
      "did putn ask for an immediate truce",
      "did putin cal for an imediate ceasefire",
      "is putin worried about civillian casulties",
      "does the kremln keep contact with bth sides?",
      "did peskov sai russia wants to help find a setlement",
    ])
      expect(lastVerdict([q]), q).toBe("yes");
    for (const q of [
      "путн призвал к немедленому прекращению огня?",
      "пескв говорил, что кремль хочет помочь?",
    ])
      expect(lastVerdict([q], "ru"), q).toBe("yes");
  });

  it("keeps a No a No through the slips", () => {
    expect(lastVerdict(["did putn blame hamas for the violnce?"])).not.toBe("yes");
  });

  it("answers Yes through the bot", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine });
    await t.send("did putn say anythng about a ceasfire");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/^Yes\b/m);
    expectValidOutput(t.api);
  });
});

describe("a party asked as blamed for the flare-up, in the passive", () => {
  it("is a Yes where the evidence blames that party and gives the surge as the sign of its failure", () => {
    expect(lastVerdict(["are the americans being blamed for the recent flare up?"])).toBe("yes");
    expect(lastVerdict(["на америку возлагают вину за всплеск насилия?"], "ru")).toBe("yes");
  });

  it("is no Yes for a party the evidence does not blame", () => {
    expect(lastVerdict(["is hamas being blamed for the latest flare up?"])).not.toBe("yes");
    expect(lastVerdict(["на хамас возлагают вину за всплеск насилия?"], "ru")).not.toBe("yes");
  });
});

describe("a body's role asked as 'what role does X play'", () => {
  it("is read as the body's part in the Quartet", () => {
    expect(asBodyMentioned("what role does the UN play in all this")).toBe("is the UN in the quartet");
    expect(asBodyMentioned("so what part does the eu have here?")).toBe("is the eu in the quartet");
    expect(asBodyMentioned("what did the un say about the role of russia")).toBe(
      "what did the un say about the role of russia",
    );
  });

  it("answers with the Quartet through the bot", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine });
    await t.send("what role does the united nations play here?");
    expect(visibleText(t.api.lastReply())).toMatch(/Quartet/);
    expectValidOutput(t.api);
  });
});
