// dialog12: the kinds the tenth blind dialogues failed — a yes/no clause after "а" read as a topic switch (no
// verdict), "Interesting." before a yes/no question, "is he the Russian president?", "what else besides that?",
// "back to the article:", a thing the evidence names only under a negation. Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { topicSwitchOf } from "../../src/dialogue/chat-glue.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const replyOf = (messages: string[], lang: "en" | "ru" = "en") =>
  playChat(messages, { lang }).at(-1)!.replies[0]!;
const last = (messages: string[], lang: "en" | "ru" = "en") => answerOf(replyOf(messages, lang));

describe("a Russian clause after 'а' is a yes/no question of its own", () => {
  it("gets the verdict it gets alone", () => {
    expect(last(["что говорит Путин?", "а Кремль общается с обеими воюющими сторонами?"], "ru").verdict).toBe(
      "yes",
    );
    expect(last(["кого винит Путин?", "а Кремль готов содействовать урегулированию?"], "ru").verdict).toBe(
      "yes",
    );
  });
});

describe("chat glue and lead-ins", () => {
  it("'Interesting.' before a yes/no question keeps its verdict", () => {
    expect(
      last(["who did putin call?", "Interesting. Is russia's role in the peace process disputed?"]).verdict,
    ).toBe("yes");
  });

  it("'back to the article:' drops the context", () => {
    expect(topicSwitchOf("Ok, back to the story: who is hurt?")).toBe("who is hurt?");
    expect(topicSwitchOf("вернёмся к статье: что говорит МИД?")).toBe("что говорит МИД?");
    expect(topicSwitchOf("back to basics?")).toBeNull();
    const a = last([
      "what ties does russia have with israel?",
      "going back to the article: what did peskov say?",
    ]);
    expect(a.answer.answered).toBe(true);
    expect(a.answer.answer).toMatch(/Peskov/);
    expect(a.understood ?? "").not.toMatch(/israel/i);
  });

  it("'anything more besides that?' / 'что-нибудь ещё кроме этого?' go on", () => {
    const kinds = [
      replyOf(["what does putin say about the us?", "anything more besides that?"]).kind,
      replyOf(["what does putin say about the us?", "is there anything else apart from that?"]).kind,
      replyOf(["что говорит Путин о США?", "что-нибудь ещё кроме этого?"], "ru").kind,
    ];
    for (const kind of kinds) expect(["more", "answer"]).toContain(kind);
    const en = replyOf(["what does putin say about the us?", "anything more besides that?"]);
    if (en.kind === "answer") expect(en.answer.answered).toBe(true);
  });
});

describe("who a person is, asked yes/no", () => {
  it("is Yes for the role the article gives, No for a one-holder role it gives someone else", () => {
    expect(last(["what did putin say?", "is he the president of russia?"]).verdict).toBe("yes");
    expect(last(["what did peskov say?", "is he the russian president?"]).verdict).toBe("no");
    expect(last(["is peskov a kremlin spokesman?"]).verdict).toBe("yes");
    expect(last(["who did putin call?", "is he the turkish leader?"]).verdict).toBe("yes");
  });

  it("is 'doesn't say' for a role the article does not give", () => {
    expect(last(["is erdogan the turkish president?"]).verdict).toBe("not-said");
    expect(last(["is peskov the foreign minister?"]).verdict).not.toBe("yes");
  });
});

describe("a thing the evidence names only under a negation", () => {
  it("is No, never the entry's curated Yes", () => {
    expect(
      last(["за что Путин критикует США?", "а Вашингтон учитывал компромиссы для обеих сторон?"], "ru")
        .verdict,
    ).not.toBe("yes");
    expect(last(["США учитывали компромиссы, приемлемые для обеих сторон?"], "ru").verdict).not.toBe("yes");
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
