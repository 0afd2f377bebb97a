import { MemorySessionStorage } from "grammy";
import { describe, expect, it } from "vitest";
import { encodeButton } from "../../src/bot/keyboards/callback-data.js";
import type { SessionData } from "../../src/bot/session.js";
import { ASK } from "../helpers/fake-engine.js";
import {
  buttonsOf,
  createTestBot,
  expectValidOutput,
  GROUP,
  PRIVATE,
  visibleText,
} from "../helpers/harness.js";
import { EN } from "../helpers/texts.js";

const OTHER_USER = {
  chat: { id: 43, type: "private" as const, first_name: "Bob" },
  user: { id: 43, is_bot: false, first_name: "Bob" },
};

const sentMessageId = (t: ReturnType<typeof createTestBot>) =>
  (t.api.of("sendMessage").at(-1)!.result as { message_id: number }).message_id;

describe("/summary in sizes", () => {
  it("shows the short summary first, with One line / Short / 3 bullets / Full, the shown size marked", async () => {
    const t = createTestBot();
    await t.send("/summary");
    const reply = t.api.lastReply();
    expect(visibleText(reply)).toBe(`Summary\n${t.kb.summaries.short}`);
    expect(buttonsOf(reply)).toEqual([
      { text: "One line", data: "v1:sz:line" },
      { text: "• Short", data: "v1:sz:short" },
      { text: "3 bullets", data: "v1:sz:bullets" },
      { text: "Full", data: "v1:sz:full" },
    ]);
    expectValidOutput(t.api);
  });

  it("resizes the same message with each button (editMessageText), marking the size shown", async () => {
    const t = createTestBot();
    await t.send("/summary");
    const sentId = sentMessageId(t);
    const { summaries } = t.kb;
    const expected = {
      line: summaries.oneLine,
      bullets: summaries.bullets.map((b) => `• ${b}`).join("\n"),
      full: summaries.long,
      short: summaries.short,
    };
    const labels = { line: "One line", short: "Short", bullets: "3 bullets", full: "Full" };
    for (const [size, text] of Object.entries(expected) as [keyof typeof expected, string][]) {
      await t.press(`v1:sz:${size}`);
      const edit = t.api.lastReply();
      expect(edit.method).toBe("editMessageText");
      expect(edit.payload.message_id).toBe(sentId);
      expect(visibleText(edit)).toBe(`Summary\n${text}`);
      const marked = buttonsOf(edit).filter((b) => b.text.startsWith("• "));
      expect(marked).toEqual([{ text: `• ${labels[size]}`, data: `v1:sz:${size}` }]);
    }
    expect(t.api.of("sendMessage")).toHaveLength(1);
    expectValidOutput(t.api);
  });

  it("answers a summary asked for in words in the size the person picked", async () => {
    const t = createTestBot();
    await t.send(ASK.summary);
    expect(visibleText(t.api.lastReply())).toBe(`Summary\n${t.kb.summaries.short}`);
    await t.send("/summary");
    await t.press("v1:sz:line");
    await t.send(ASK.summary);
    expect(visibleText(t.api.lastReply())).toBe(`Summary\n${t.kb.summaries.oneLine}`);
    expectValidOutput(t.api);
  });

  it("remembers a person's size for their next /summary, in any chat, but not for somebody else", async () => {
    const t = createTestBot();
    await t.send("/summary");
    await t.press("v1:sz:bullets");
    await t.send("/summary");
    expect(visibleText(t.api.lastReply())).toBe(`Summary\n• ${t.kb.summaries.bullets.join("\n• ")}`);
    expect(buttonsOf(t.api.lastReply())[2]).toEqual({ text: "• 3 bullets", data: "v1:sz:bullets" });

    await t.send("/summary", OTHER_USER);
    expect(visibleText(t.api.lastReply())).toBe(`Summary\n${t.kb.summaries.short}`);

    // Ann in a group (user id 42 there too) gets her own choice back.
    await t.send("/summary", { ...GROUP, user: PRIVATE.user });
    expect(visibleText(t.api.lastReply())).toContain(`• ${t.kb.summaries.bullets[0]}`);
    // Ben, in the same group, does not.
    await t.send("/summary", GROUP);
    expect(visibleText(t.api.lastReply())).toBe(`Summary\n${t.kb.summaries.short}`);
  });

  it("uses the remembered size for the 📰 Summary button of /start, as a new message", async () => {
    const t = createTestBot();
    await t.send("/summary");
    await t.press("v1:sz:line");
    await t.send("/start");
    await t.press(encodeButton({ kind: "summary" }));
    const reply = t.api.lastReply();
    expect(reply.method).toBe("sendMessage");
    expect(visibleText(reply)).toBe(`Summary\n${t.kb.summaries.oneLine}`);
  });

  it("keeps the old Read more / Show less buttons of earlier messages working, as Full and Short", async () => {
    const t = createTestBot();
    await t.send("/summary");
    await t.press("v1:sum:long");
    expect(visibleText(t.api.lastReply())).toBe(`Summary\n${t.kb.summaries.long}`);
    await t.press("v1:sum:short");
    expect(visibleText(t.api.lastReply())).toBe(`Summary\n${t.kb.summaries.short}`);
    await t.send("/summary");
    expect(buttonsOf(t.api.lastReply())[1]!.text).toBe("• Short");
  });

  it.each(["v1:sz:huge", "v1:sz:", "v2:sz:line", "v1:sz:line:extra"])(
    "answers stale or unknown size data %j with 'expired' and changes nothing",
    async (data) => {
      const t = createTestBot();
      await t.send("/summary");
      t.api.clear();
      await t.press(data);
      expect(t.api.replies()).toEqual([]);
      expect(t.api.of("answerCallbackQuery")[0]!.payload.text).toBe(EN("button-expired"));
    },
  );

  it("treats 'message is not modified' (the size already shown) as done, without an apology", async () => {
    const t = createTestBot();
    await t.send("/summary");
    t.api.failNext("editMessageText", {
      error_code: 400,
      description: "Bad Request: message is not modified",
    });
    await t.press("v1:sz:short");
    expect(t.api.of("sendMessage")).toHaveLength(1);
    expect(t.logs.entries().filter((e) => e.level === "error")).toEqual([]);
  });
});

describe("session storage", () => {
  /** A store that counts its reads and writes, as a Redis adapter would see them. */
  function countingStorage() {
    const inner = new MemorySessionStorage<SessionData>();
    const counts = { read: 0, write: 0 };
    return {
      counts,
      inner,
      storage: {
        read: (key: string) => {
          counts.read++;
          return inner.read(key);
        },
        write: (key: string, value: SessionData) => {
          counts.write++;
          inner.write(key, value);
        },
        delete: (key: string) => inner.delete(key),
      },
    };
  }

  it("keeps the choice in a pluggable adapter, under user:<id>", async () => {
    const store = countingStorage();
    const t = createTestBot({ sessionStorage: store.storage });
    await t.send("/summary");
    await t.press("v1:sz:full");
    expect(store.inner.read("user:42")).toEqual({ summarySize: "full" });
  });

  it("reads storage at most once per update (the reply language and the chat's context share one read)", async () => {
    const store = countingStorage();
    const t = createTestBot({ sessionStorage: store.storage });
    await t.send(ASK.answered);
    await t.send("/quotes");
    await t.press("v1:q:putin");
    expect(store.counts.read).toBe(3);
    await t.send("/summary");
    expect(store.counts.read).toBe(4);
    // A Russian question's script decides its language; the read is for the chat's context (follow-ups).
    const writes = store.counts.write;
    await t.send("что сказал путин");
    expect(store.counts).toEqual({ read: 5, write: writes + 1 });
  });

  it("ignores a stored size this version does not know (an old or corrupt value)", async () => {
    const store = countingStorage();
    store.inner.write("user:42", { summarySize: "huge" as never });
    const t = createTestBot({ sessionStorage: store.storage });
    await t.send("/summary");
    expect(visibleText(t.api.lastReply())).toBe(`Summary\n${t.kb.summaries.short}`);
  });

  it("lives beside the /ask conversation: a resize mid-conversation, then the question is still answered", async () => {
    const t = createTestBot();
    await t.send("/ask");
    await t.send("/summary");
    await t.press("v1:sz:bullets");
    await t.send(ASK.answered);
    expect(visibleText(t.api.lastReply())).toContain("Did Putin call for a ceasefire?");
    await t.send("/summary");
    expect(buttonsOf(t.api.lastReply())[2]!.text).toBe("• 3 bullets");
    expectValidOutput(t.api);
  });
});
