// quality-en51's single questions through bot.handleUpdate: whether the article praises the US (No, with Putin's
// criticism), a wrong member of the Quartet with the article named after the group (No, with the real members, not
// "the article does not mention <the whole phrase>"), a story voice asked to have called for a ceasefire (No, with
// Putin's call), and a Russian negated statement the article bears out («путин не упомянул …?» — Да; a rhetorical
// «разве … не …?» keeps Нет; English "he didn't…, did he?" keeps "No, he didn't").
import { describe, expect, it } from "vitest";
import { firstReplyTo as replyTo } from "../helpers/real-chat.js";

describe("quality-en51's single questions in the chat", () => {
  it("says No to the article praising the US", async () => {
    const text = await replyTo("so is washington praised in the text or not");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/fail/);
  });
  it("says No to a wrong Quartet member, naming the members", async () => {
    const text = await replyTo("is india one of the members of the quartet mentioned in the article?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/European Union/);
    expect(text).not.toMatch(/does not mention india one of/i);
  });
  it("says No to Peskov pushing for a truce, with Putin's call", async () => {
    const text = await replyTo("did peskov push for a truce?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/Putin/);
  });
  it("agrees with a Russian negated statement the article bears out", async () => {
    const text = await replyTo("путин не упомянул роль россии в мирном процессе?");
    expect(text).toMatch(/^Да\./m);
  });
  it("keeps Нет for a rhetorical разве and No for an English tag", async () => {
    expect(await replyTo("разве путин не упомянул роль россии?")).toMatch(/^Нет\./m);
    expect(await replyTo("putin didn't mention russia's role, did he?")).toMatch(/^No\b/m);
  });
});
