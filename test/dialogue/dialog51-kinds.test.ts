// dialog51: kinds wave AB's dialogues missed — follow-ups carried on from the last entry (carried-asks.ts): an
// attribute added ("an independent one?"), "both sides or just X?", the remedy asked passively or in Russian,
// «и X тоже?» after Putin's wants, Putin offering Russia as mediator, "did X come up…?", "and hamas?" after the
// Kremlin's contacts; the article's topic asked mid-dialogue (follow-up.ts); a mention "on that call"
// (mentioned-by.ts). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, visibleText } from "../helpers/harness.js";

describe("an attribute added to the last question", () => {
  it("'an independent one?' after the Palestinian state is Yes with 'independent'; Russian too", () => {
    const a = lastAnswer(["what's putin's view of palestinian statehood?", "an independent one?"]);
    expect(a.verdict).toBe("yes");
    expect(a.answer.answer).toMatch(/independent/i);
    expect(lastVerdict(["путин за палестинское государство?", "а независимое?"], "ru")).toBe("yes");
  });
});

describe("both sides or one", () => {
  it("'on both sides or just gaza?' after the casualties names Israel and Gaza, with no yes/no", () => {
    const a = lastAnswer(["is putin bothered by the civilian deaths?", "on both sides or just gaza?"]);
    expect(a.answer.answer).toMatch(/Israel/);
    expect(a.answer.answer).toMatch(/Gaza/);
    expect(a.verdict ?? null).toBeNull();
  });
});

describe("the remedy and the wants carried on", () => {
  it("the remedy after the feared spread, asked passively and in Russian, is the Foreign Ministry's", () => {
    const en = lastAnswer([
      "could this spread to the wider region?",
      "what's being proposed to deal with that?",
    ]);
    expect(en.answer.answer).toMatch(/regional/i);
    const ru = lastAnswer(
      ["кризис может выйти за пределы региона?", "и что с этим предлагают делать?"],
      "ru",
    );
    expect(ru.answer.answer).toMatch(/регион/i);
  });

  it("«и переговоры возобновить тоже?» after what Putin wants is Да", () => {
    expect(lastVerdict(["чего хочет путин?", "и переговоры возобновить тоже?"], "ru")).toBe("yes");
  });
});

describe("Putin asked to have offered Russia as the mediator", () => {
  it("is No: he makes no mention of Russia's own role", () => {
    const en = lastAnswer(["did putin offer russia as a mediator?"]);
    expect(en.verdict).toBe("no");
    expect(en.answer.answer).toMatch(/no mention/i);
    expect(
      lastVerdict(["кого винит путин?", "это правда что он предлагал россию как посредника?"], "ru"),
    ).toBe("no");
  });
});

describe("a side after the Kremlin's contacts", () => {
  it("'and hamas?' after 'did the kremlin cut contact with israel? — No' is No naming Hamas", () => {
    const a = lastAnswer(["has the kremlin broken off contact with israel?", "and hamas?"]);
    expect(a.verdict).toBe("no");
    expect(a.answer.answer).toMatch(/Hamas/);
  });
});

describe("a mention on the call", () => {
  it("what the call's quote holds is Yes; the US, said beside the call, is doesn't say — never an empty Yes", () => {
    expect(lastVerdict(["who did putin phone?", "did he bring up a ceasefire on that call?"])).toBe("yes");
    const us = lastAnswer(["who did putin phone?", "did he bring up the us on that call?"]);
    expect(us.verdict).toBe("not-said");
    expect(us.answer.answer).toMatch(/US/);
  });
});

describe("the article's topic asked mid-dialogue", () => {
  it("«а статья вообще про сирию?» after the Quartet is Нет through the bot", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine });
    await t.send("кто входит в квартет?");
    await t.send("а статья вообще про сирию?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Нет\. Статья не об этом/m);
  });
});
