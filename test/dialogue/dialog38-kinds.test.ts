// dialog38: a yes/no question after a lead of the person's own ("X - are they…?", "…: is moscow…?", "X. was it
// about…"), "yo,"/"sup," as chat glue, the matter of a blame named by the conflict's parties ("blaming the us for
// the hamas israel mess"), and the said-voice context set where the who-said-that reply is made. Our own phrasings.
import { describe, expect, it } from "vitest";
import { withoutChatGlue } from "../../src/dialogue/chat-glue.js";
import { conflictNamedOf } from "../../src/dialogue/conflict-named.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { ledYesNoOf } from "../../src/dialogue/led-yes-no.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const find = (q: string) => realEngine.findAnswer(q, "en");

describe("a yes/no question after a lead", () => {
  it("is the last clause, a topic lead in place of its pronoun", () => {
    expect(ledYesNoOf("the quartet and russia - are they linked?", "en", find)).toBe(
      "are the quartet and russia linked?",
    );
    expect(ledYesNoOf("one thing I wondered: does the kremlin talk to both sides?", "en", find)).toBe(
      "does the kremlin talk to both sides?",
    );
  });

  it("leaves reports, tags, questions and Russian alone", () => {
    expect(ledYesNoOf("I heard Putin blamed the US. is that true?", "en", find)).toBeNull();
    expect(ledYesNoOf("Putin blamed the US. Did he?", "en", find)).toBeNull();
    expect(ledYesNoOf("who did putin call? was it erdogan?", "en", find)).toBeNull();
    expect(ledYesNoOf("путин и эрдоган. они говорили?", "ru", find)).toBeNull();
  });

  it("gets its verdict in a chat", () => {
    expect(lastVerdict(["so, a question about the kremlin: does it talk to both sides?"])).toBe("yes");
    expect(lastVerdict(["I read the thing twice: does putin blame the united states?"])).toBe("yes");
  });
});

describe("chat glue and the conflict named by its parties", () => {
  it("drops 'yo,' and 'sup,'", () => {
    expect(withoutChatGlue("yo, does putin want a ceasefire?")).toBe("does putin want a ceasefire?");
    expect(withoutChatGlue("sup, who did putin call")).toBe("who did putin call");
  });

  it("reads the blame's matter as the violence, only in a blame question", () => {
    expect(conflictNamedOf("does russia blame the us for the israel-hamas war?")).toBe(
      "does russia blame the us for the violence?",
    );
    expect(conflictNamedOf("who is fighting the israel hamas war")).toBeNull();
    expect(lastVerdict(["is moscow blaming washington for the whole gaza israel situation?"])).toBe("yes");
    expect(lastVerdict(["does putin blame hamas for the israel gaza war?"])).not.toBe("yes");
  });
});

describe("through the bot", () => {
  const conversation = loadConversation(REAL_KB_DIR, realKb);
  it("answers a led yes/no question Yes and a blame of the conflict by its parties Yes", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("hi, quick one about the kremlin: does it keep in touch with both warring sides?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Yes\b|\nYes\b/);
    await t.send("yo, is putin blaming washington for the hamas israel conflict?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Yes\b|\nYes\b/);
    expectValidOutput(t.api);
  });
});
