// Everyday messages through bot.handleUpdate with the real engine and knowledge base: slang asking for the
// summary, a question hidden in a long story, a yes/no in the words of an entry's opposite, and an unknown
// topic beside an on-topic name. Our own messages, written from the article.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("everyday messages", () => {
  it("'eli5' and 'tldr pls' get the story in brief", async () => {
    const t = realBot();
    for (const text of ["eli5", "tldr pls"]) {
      await t.send(text);
      const reply = visibleText(t.api.lastReply());
      expect(reply).toContain("Putin");
      expect(reply).not.toMatch(/doesn't cover/);
    }
    expectValidOutput(t.api);
  });

  it("finds the question at the end of a long story", async () => {
    const t = realBot();
    await t.send(
      "sorry if this is a dumb question, im not into politics at all and my english is not great, but i saw something about a phone call and i wonder who the russian president talked to",
    );
    expect(visibleText(t.api.lastReply())).toContain("Erdogan");
    expectValidOutput(t.api);
  });

  it("'does putin think the us did a good job in the region?' is answered No, with the failure", async () => {
    const t = realBot();
    await t.send("does putin think the us did a good job in the region?");
    const reply = visibleText(t.api.lastReply());
    expect(reply).toMatch(/^No\./m);
    expect(reply).toMatch(/fail/);
  });

  it("'did putin say anything about the us election' is refused, not answered with his view of the US", async () => {
    const t = realBot();
    await t.send("did putin say anything about the us election");
    const reply = visibleText(t.api.lastReply());
    expect(reply).toMatch(/doesn't cover|isn't in the article|not in the article/i);
    expect(reply).not.toMatch(/monopoliz/);
  });

  it("a report lead-in, the role of a body and a summary with chatter are answered, not refused", async () => {
    const t = realBot();
    await t.send(
      "hi so I'm working on a politics assignment and I need to know who Putin spoke with on the phone",
    );
    expect(visibleText(t.api.lastReply())).toContain("Erdogan");
    await t.send("Describe the role of the Russian Foreign Ministry in the article.");
    expect(visibleText(t.api.lastReply())).toMatch(/regional players/);
    await t.send("the short version pls, no waffle");
    const summary = visibleText(t.api.lastReply());
    expect(summary).toContain("Putin");
    expect(summary).not.toMatch(/doesn't cover/);
    expectValidOutput(t.api);
  });

  it("which country's leader Putin phoned is the other party, not Putin himself", async () => {
    const t = realBot();
    await t.send("which nation's president was on the phone with Putin?");
    const reply = visibleText(t.api.lastReply());
    expect(reply).toContain("Erdogan");
    expect(reply).not.toMatch(/identifies Vladimir Putin as the Russian President/);
  });
  it("trivia about a named country and a personal-advice ramble are refused, not answered by a shared name or word", async () => {
    const t = realBot();
    await t.send("roughly what population does turkey have?");
    const trivia = visibleText(t.api.lastReply());
    expect(trivia).toMatch(/Did you mean|doesn't give background facts|doesn't cover/);
    expect(trivia.split("\n")[0]).not.toBe("Who is Erdogan?");
    await t.send(
      "my flatmate and I have a conflict about the heating bill, how can I negotiate with her without a fight?",
    );
    const advice = visibleText(t.api.lastReply());
    expect(advice).toMatch(/doesn't cover/);
    expect(advice).not.toMatch(/negotiation process/);
    expectValidOutput(t.api);
  });
});
