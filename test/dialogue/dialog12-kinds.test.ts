// dialog12: the kinds the tenth blind dialogues failed — a yes/no clause after "а" read as a topic switch (no
// verdict), "Interesting." before a yes/no question, "is he the Russian president?", "what else besides that?",
// "back to the article:", a thing the evidence names only under a negation. Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { topicSwitchOf } from "../../src/dialogue/chat-glue.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { lastAnswer, lastReply, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("a Russian clause after 'а' is a yes/no question of its own", () => {
  it("gets the verdict it gets alone", () => {
    expect(lastVerdict(["что говорит Путин?", "а Кремль общается с обеими воюющими сторонами?"], "ru")).toBe(
      "yes",
    );
    expect(lastVerdict(["кого винит Путин?", "а Кремль готов содействовать урегулированию?"], "ru")).toBe(
      "yes",
    );
  });
});

describe("chat glue and lead-ins", () => {
  it("'Interesting.' before a yes/no question keeps its verdict", () => {
    expect(
      lastVerdict(["who did putin call?", "Interesting. Is russia's role in the peace process disputed?"]),
    ).toBe("yes");
  });

  it("'back to the article:' drops the context", () => {
    expect(topicSwitchOf("Ok, back to the story: who is hurt?")).toBe("who is hurt?");
    expect(topicSwitchOf("вернёмся к статье: что говорит МИД?")).toBe("что говорит МИД?");
    expect(topicSwitchOf("back to basics?")).toBeNull();
    const a = lastAnswer([
      "what ties does russia have with israel?",
      "going back to the article: what did peskov say?",
    ]);
    expect(a.answer.answered).toBe(true);
    expect(a.answer.answer).toMatch(/Peskov/);
    expect(a.understood ?? "").not.toMatch(/israel/i);
  });

  it("'anything more besides that?' / 'что-нибудь ещё кроме этого?' go on", () => {
    const kinds = [
      lastReply(["what does putin say about the us?", "anything more besides that?"]).kind,
      lastReply(["what does putin say about the us?", "is there anything else apart from that?"]).kind,
      lastReply(["что говорит Путин о США?", "что-нибудь ещё кроме этого?"], "ru").kind,
    ];
    for (const kind of kinds) expect(["more", "answer"]).toContain(kind);
    const en = lastReply(["what does putin say about the us?", "anything more besides that?"]);
    if (en.kind === "answer") expect(en.answer.answered).toBe(true);
  });
});

describe("who a person is, asked yes/no", () => {
  it("is Yes for the role the article gives, No for a one-holder role it gives someone else", () => {
    expect(lastVerdict(["what did putin say?", "is he the president of russia?"])).toBe("yes");
    expect(lastVerdict(["what did peskov say?", "is he the russian president?"])).toBe("no");
    expect(lastVerdict(["is peskov a kremlin spokesman?"])).toBe("yes");
    expect(lastVerdict(["who did putin call?", "is he the turkish leader?"])).toBe("yes");
  });

  it("is 'doesn't say' for a role the article does not give", () => {
    // dialog30: a country's president asked of the one the article calls its leader is Yes ("Turkish leader").
    expect(lastVerdict(["is erdogan the turkish prime minister?"])).toBe("not-said");
    expect(lastVerdict(["is peskov the foreign minister?"])).not.toBe("yes");
  });
});

describe("a thing the evidence names only under a negation", () => {
  it("is No, never the entry's curated Yes", () => {
    expect(
      lastVerdict(
        ["за что Путин критикует США?", "а Вашингтон учитывал компромиссы для обеих сторон?"],
        "ru",
      ),
    ).not.toBe("yes");
    expect(lastVerdict(["США учитывали компромиссы, приемлемые для обеих сторон?"], "ru")).not.toBe("yes");
  });
});

describe("through the bot", () => {
  it("says the verdict line for a Russian clause after 'а'", async () => {
    const conversation = loadConversation(REAL_KB_DIR, realKb);
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("Что сказал Песков?");
    await t.send("А Кремль общается с обеими сторонами?");
    expect(visibleText(t.api.lastReply())).toMatch(/\nДа\./);
    expectValidOutput(t.api);
  });
});
