// dialog49: kinds wave Z's dialogues missed — "yo who did putin call…?" read as a who-question, so "he" next is
// the answer's person (answered-person.ts); «а о чём тогда говорили?» after a call (follow-up-forms.ts); the
// Foreign Ministry's remedy and the feared spread asked against each other, "even hamas?" after the contacts
// (spread-remedy.ts); "was the call with erdogan in person?" (contact-mode.ts); "did he give a death toll?"
// (figures-asked.ts). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, visibleText } from "../helpers/harness.js";

describe("'he' after a who-question with a chat lead-in", () => {
  it("is the person the answer gave", () => {
    const a = lastAnswer(["hey who did putin phone about the fighting?", "which country is he from?"]);
    expect(a.answer.answer).toMatch(/turkish/i);
  });
});

describe("a Russian talk verb with «тогда» and no subject", () => {
  it("asks what the call was about", () => {
    const a = lastAnswer(["путин говорил с байденом?", "а о чём же говорили?"], "ru");
    expect(a.answer.answer).toMatch(/прекращени\p{L}* огня/u);
  });
});

describe("the ministry's remedy and the feared spread", () => {
  it("reads a worry after the ministry as the spread, a remedy after the spread as the ministry", () => {
    expect(
      lastAnswer(["what is the foreign ministry calling for?", "why is it so concerned then?"]).answer.answer,
    ).toMatch(/extend beyond/i);
    expect(
      lastAnswer(["could the fighting spread further?", "so what does moscow suggest against it?"]).answer
        .answer,
    ).toMatch(/regional/i);
  });

  it("'even X?' after the Kremlin's contacts is the yes/no on Russia's ties with it", () => {
    expect(lastVerdict(["does the kremlin talk to both sides?", "including hamas?"])).toBe("yes");
  });

  it("the same through the bot", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine });
    await t.send("could the fighting spread further?");
    await t.send("so what does moscow suggest against it?");
    expect(visibleText(t.api.lastReply())).toMatch(/regional/i);
  });
});

describe("the call asked as in person, and a death toll", () => {
  it("the call named as a noun with one party is No; a toll asked is doesn't say", () => {
    expect(lastVerdict(["was that call with erdogan face to face?"])).toBe("no");
    expect(lastVerdict(["does putin mention civilian casualties?", "did he give a death toll?"])).toBe(
      "not-said",
    );
  });
});
