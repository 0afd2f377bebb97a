// dialog50: kinds wave AA's dialogues missed — the wrong caller of the reported call (wrong-caller.ts), "did he
// say that to X?" after the caller's words and «а X он это говорил?» (call-party.ts), "he … him" as the two on
// the call (pronoun-reading.ts), "at least" as a concession (yes-no.ts), "right, but"/"ok then." leads,
// "is the article about syria?" answered with the summary (topic-denied.ts), «а он разве не X?» (identity-ru.ts),
// "who's the … guy putin phoned" as a who-question (answered-person.ts), "where does the un come in?"
// (party-part.ts), "did he say it at the un?" (said-where.ts). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, visibleText } from "../helpers/harness.js";

describe("the reported call asked with another caller", () => {
  it("is No with the call quoted, in both languages; a plain talk stays doesn't say", () => {
    const en = lastAnswer(["did the foreign ministry phone erdogan?"]);
    expect(en.verdict).toBe("no");
    expect(en.answer.answer).toMatch(/putin/i);
    expect(lastVerdict(["песков звонил эрдогану?"], "ru")).toBe("no");
    expect(lastVerdict(["did putin call erdogan?"])).toBe("yes");
    expect(lastVerdict(["did peskov speak to erdogan?"])).toBe("not-said");
  });
});

describe("the wrong caller through the bot", () => {
  it("opens with No and names Putin", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine });
    await t.send("did peskov call erdogan?");
    expect(visibleText(t.api.lastReply())).toMatch(/\nNo\. [\s\S]*Putin/);
  });
});

describe("the caller's words said to someone else", () => {
  it("'he … him' is the two on the call, and 'did he say that to X?' is No", () => {
    const a = lastAnswer(["who did putin talk to on the phone?", "what did he tell him?"]);
    expect(a.answer.answer).toMatch(/cease-?fire/i);
    expect(
      lastVerdict([
        "who did putin talk to on the phone?",
        "what did he tell him?",
        "did he tell that to macron?",
      ]),
    ).toBe("no");
    expect(lastVerdict(["что путин сказал эрдогану?", "а макрону он это говорил?"], "ru")).toBe("no");
  });
});

describe("chat words around a yes/no", () => {
  it("'at least' and a 'right, but' lead leave the entry's Yes", () => {
    expect(
      lastVerdict(["how many people died?", "right, but is putin at least concerned for civilians?"]),
    ).toBe("yes");
  });

  it("'is the article about syria?' after a refusal is No with the summary", () => {
    expect(lastVerdict(["who won the last world cup?", "ok then. is the article about syria?"])).toBe("no");
    expect(lastVerdict(["is the article about israel?"])).not.toBe("no");
  });
});

describe("offices, parts and places", () => {
  it("«а он разве не X?» asks the office: No for another, Yes for his own", () => {
    expect(lastVerdict(["что говорит песков?", "а он разве не министр обороны?"], "ru")).toBe("no");
    expect(lastVerdict(["кто такой путин?", "он разве не президент россии?"], "ru")).toBe("yes");
  });

  it("'who's the … guy putin phoned' makes 'he' the answer's person", () => {
    const a = lastAnswer(["who's the leader putin rang?", "is he the king of jordan?"]);
    expect(a.verdict).toBe("no");
    expect(a.answer.answer).toMatch(/turkish/i);
  });

  it("'where does the eu come in?' is the EU's part: the Quartet", () => {
    expect(
      lastAnswer(["does the kremlin talk to both sides?", "where does the eu come in?"]).answer.answer,
    ).toMatch(/quartet/i);
  });

  it("'did he say it at the un?' is doesn't say: the article gives no place", () => {
    expect(
      lastVerdict([
        "who said the kremlin wants a constructive role?",
        "did he say it at a press conference?",
      ]),
    ).toBe("not-said");
  });
});
