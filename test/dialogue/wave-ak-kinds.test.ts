// dialog-r3-28: the kinds left in wave AJ's dialogues (dialogues53), in our own wordings. A yes/no question with
// the party fronted and no mark ("and with X are they …"), the spread asked as a possibility ("could this grow into
// a regional war?"), and the Foreign Ministry's remedy asked in the progressive after the feared spread.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import { ENGLISH } from "../../src/dialogue/words-en.js";
import { isYesNoQuestion, statementOf } from "../../src/dialogue/yes-no-question.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("a party fronted before a yes/no question", () => {
  it("is read as yes/no, the party put back after it", () => {
    const q = "and with israel are they on friendly terms";
    expect(isYesNoQuestion(q, q, ENGLISH, "en")).toBe(true);
    expect(statementOf(q, new SpeakerNames(realKb))).toBe("they are on friendly terms with israel");
    // A question word after the preposition is a wh-question.
    const wh = "with whom are they on friendly terms";
    expect(isYesNoQuestion(wh, wh, ENGLISH, "en")).toBe(false);
  });

  it("gets the article's verdict after a context", () => {
    expect(
      lastVerdict(["what ties does russia have with hamas", "and with israel are they on friendly terms"]),
    ).toBe("yes");
  });
});

describe("the spread asked as a possibility", () => {
  it("is Yes on the article's fears, in English and Russian", () => {
    expect(lastVerdict(["might this grow into a larger war in the region?"])).toBe("yes");
    expect(lastVerdict(["can it escalate into a regional war?"])).toBe("yes");
    expect(lastVerdict(["может ли конфликт перерасти в большую войну в регионе?"], "ru")).toBe("yes");
  });

  it("leaves a party's own deed to the usual path", () => {
    expect(lastVerdict(["could russia widen the war across the region?"])).not.toBe("yes");
  });
});

describe("the remedy asked in the progressive after the spread", () => {
  it("answers with the Foreign Ministry's call", () => {
    const a = lastAnswer(["are there fears of it spreading?", "what's moscow suggesting to prevent it"]);
    expect(a.answer.answered).toBe(true);
    expect(a.answer.answer).toMatch(/coordinat/i);
  });

  it("does so through the bot", async () => {
    const conversation = loadConversation(REAL_KB_DIR, realKb);
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("might the violence grow into a wider regional war?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Yes\b|\nYes\b/);
    await t.send("whats the kremlin proposing to stop it");
    expect(visibleText(t.api.lastReply())).toMatch(/coordinat/i);
    expectValidOutput(t.api);
  });
});
