// quality-en44's English single questions through bot.handleUpdate: the reported call asked as had with another
// party (No, naming Erdogan), a meeting in person with Erdogan (No: a phone call), an official the article never
// names as the speaker with the words typed out (No, with the real voice), Russia's relations asked inside "does the
// article say anything about who…" (both, no yes/no line); what an off-story party said stays refused.
import { describe, expect, it } from "vitest";
import { firstReplyTo as replyTo } from "../helpers/real-chat.js";

describe("quality-en44's English single questions in the chat", () => {
  it("answers No to the call had with another leader, naming Erdogan", async () => {
    const text = await replyTo("did putin have that conversation with scholz?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/Erdogan/);
  });

  it("answers No to a meeting in person with Erdogan: it was a phone call", async () => {
    const text = await replyTo("did putin see erdogan face-to-face?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/phone call/);
  });

  it("answers No to an official the article never names as the speaker, with Peskov's words", async () => {
    const text = await replyTo("was it Zakharova who said Russia wants to help find a settlement?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/Peskov/);
  });

  it("answers whom Russia has relations with, both sides and no yes/no line", async () => {
    const text = await replyTo("does the article say anything about who russia is friends with?");
    expect(text).not.toMatch(/^(?:Yes|No|The article doesn't say)\b/m);
    expect(text).toMatch(/Palestinians/);
    expect(text).toMatch(/Israel/);
  });

  it("still refuses what an off-story leader said", async () => {
    expect(await replyTo("What did Macron tell reporters about the ceasefire?")).toMatch(/doesn't cover/);
  });
});
