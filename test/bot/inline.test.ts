import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { languageOfScript } from "../../src/bot/i18n.js";
import { decodeStartPayload, encodeStartPayload, type StartLink } from "../../src/bot/keyboards/deep-link.js";
import { INLINE_CACHE_SECONDS, MAX_INLINE_RESULTS } from "../../src/bot/render/inline.js";
import { inlineQueryUpdate } from "../../src/transports/terminal-inline.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { buttonsOf, createTestBot, PRIVATE, visibleText } from "../helpers/harness.js";
import { parseTelegramHtml } from "../helpers/telegram-html.js";
import { EN } from "../helpers/texts.js";

const realBot = () => createTestBot({ kb: realKb, engine: realEngine });
let nextUpdateId = 10_000;

// biome-ignore lint/suspicious/noExplicitAny: results are whatever the bot sent; the checks read them by name.
type Result = Record<string, any>;

/** Types "@bot <query>" in some chat; returns the answerInlineQuery call's payload. */
async function inline(t: ReturnType<typeof createTestBot>, query: string) {
  t.api.clear();
  await t.bot.handleUpdate(inlineQueryUpdate(nextUpdateId++, PRIVATE.user, PRIVATE.chat, query));
  const calls = t.api.of("answerInlineQuery");
  expect(calls).toHaveLength(1);
  expect(t.api.replies()).toEqual([]);
  // Only a query whose script decides the language may be cached for everybody.
  expect(calls[0]!.payload.is_personal).toBe(languageOfScript(query) === null);
  return calls[0]!.payload as {
    results: Result[];
    cache_time: number;
    is_personal: boolean;
    button?: Result;
  };
}

/** Everything Telegram checks, and what a user would see, for each result. */
function expectValidResults(payload: { results: Result[]; cache_time: number; is_personal: boolean }): void {
  const { results } = payload;
  expect(results.length).toBeGreaterThan(0);
  expect(results.length).toBeLessThanOrEqual(MAX_INLINE_RESULTS);
  expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
  expect(payload.cache_time).toBe(INLINE_CACHE_SECONDS);
  for (const r of results) {
    expect(r.type).toBe("article");
    expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
    expect(r.title.trim()).not.toBe("");
    const content = r.input_message_content;
    expect(content.parse_mode).toBe("HTML");
    expect(parseTelegramHtml(content.message_text).problems, content.message_text).toEqual([]);
    const [[button]] = r.reply_markup.inline_keyboard;
    const url = new URL(button.url);
    expect(`${url.origin}${url.pathname}`).toBe("https://t.me/StoryQaBot");
    const payloadText = url.searchParams.get("start") ?? "";
    expect(payloadText).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(decodeStartPayload(payloadText)).not.toBeNull();
    expect(button.callback_data).toBeUndefined();
  }
}

describe("inline mode", () => {
  it("offers the summary and the most useful questions for an empty query", async () => {
    const t = realBot();
    const payload = await inline(t, "");
    expectValidResults(payload);
    expect(payload.results[0]).toMatchObject({ id: "sum", title: "Summary of the story" });
    const popular = realEngine.popularQuestions(10).map((s) => `a:${s.entryId}`);
    expect(payload.results.slice(1).map((r) => r.id)).toEqual(popular);
    expect(payload.button).toMatchObject({ start_parameter: "v1_chk" });
  });

  it("answers 'who did putin call' with the answer card first, quote and attribution included, then follow-ups", async () => {
    const t = realBot();
    const payload = await inline(t, "who did putin call");
    expectValidResults(payload);
    const [first, ...rest] = payload.results;
    expect(first!.id).toBe("a:putin-erdogan-call");
    const shown = parseTelegramHtml(first!.input_message_content.message_text).text;
    expect(shown).toContain("Recep Tayyip Erdogan");
    expect(first!.input_message_content.message_text).toContain("<blockquote>");
    expect(shown).toContain("— Vladimir Putin, Russian President · as reported · paragraph 2");
    expect(first!.reply_markup.inline_keyboard[0][0].url).toBe(
      "https://t.me/StoryQaBot?start=v1_a_putin-erdogan-call",
    );
    expect(rest.length).toBeGreaterThan(0);
  });

  it("offers questions instead of a refusal card for something the article does not cover", async () => {
    const t = realBot();
    const payload = await inline(t, "best pizza in rome");
    expectValidResults(payload);
    expect(payload.results.every((r) => r.id.startsWith("a:"))).toBe(true);
  });

  it("checks a claim typed inline, the verdict first", async () => {
    const t = realBot();
    const payload = await inline(t, "Putin praised Washington for monopolizing peace efforts");
    expectValidResults(payload);
    expect(payload.results[0]).toMatchObject({ id: "check", title: "Check: altered" });
  });

  it("answers who said what and the summary as cards", async () => {
    const t = realBot();
    const peskov = (await inline(t, "what did peskov say")).results[0]!;
    expect(peskov).toMatchObject({ id: "q:peskov", title: "What Dmitry Peskov said" });
    expect(peskov.reply_markup.inline_keyboard[0][0].url).toBe("https://t.me/StoryQaBot?start=v1_q_peskov");
    expect((await inline(t, "summary")).results[0]!.id).toBe("sum");
  });

  it("keeps to Telegram's rules for any query", async () => {
    const t = realBot();
    const words = realKb.article.text.split(/\s+/).slice(0, 80);
    const query = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(fc.constantFrom(...words, "said", "?", "<b>", "&"), { maxLength: 12 }).map((w) => w.join(" ")),
    );
    await fc.assert(
      fc.asyncProperty(query, async (q) => expectValidResults(await inline(t, q))),
      { numRuns: 60 },
    );
  });
});

describe("deep links back into the bot (/start <payload>)", () => {
  const start = async (t: ReturnType<typeof createTestBot>, payload: string) => {
    await t.send(`/start ${payload}`);
    return visibleText(t.api.lastReply());
  };

  it("opens the entry, the summary (at the remembered size), a speaker's quotes, or how to check", async () => {
    const t = realBot();
    expect(await start(t, "v1_a_putin-erdogan-call")).toMatch(/^Who did Putin speak to on the phone/);
    await t.send("/summary");
    await t.press("v1:sz:line");
    expect(await start(t, "v1_sum")).toBe(`Summary\n${realKb.summaries.oneLine}`);
    expect(await start(t, "v1_q_peskov")).toMatch(/^What Dmitry Peskov said/);
    expect(await start(t, "v1_q_all")).toMatch(/^Who said what/);
    expect(await start(t, "v1_chk")).toBe(EN("check-usage"));
  });

  it.each(["v1_a_no-such-entry", "v1_q_lavrov", "v0_sum", "inline", "x".repeat(80)])(
    "greets for a stale or foreign payload %j",
    async (payload) => {
      const t = realBot();
      expect(await start(t, payload)).toMatch(/^Hi, Ann!/);
      expect(buttonsOf(t.api.lastReply()).length).toBeGreaterThan(0);
    },
  );
});

describe("start payloads", () => {
  const id = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/).filter((s) => s !== "all");
  const link: fc.Arbitrary<StartLink> = fc.oneof(
    id.map((entryId) => ({ kind: "answer" as const, entryId })),
    fc.constant({ kind: "summary" as const }),
    fc.constant({ kind: "check" as const }),
    fc.option(id, { nil: null }).map((speakerId) => ({ kind: "quotes" as const, speakerId })),
  );

  it("round-trip within Telegram's 64 characters of A-Z a-z 0-9 _ -", () => {
    fc.assert(
      fc.property(link, (l) => {
        const payload = encodeStartPayload(l);
        expect(payload).toMatch(/^v1_[A-Za-z0-9_-]{1,61}$/);
        expect(decodeStartPayload(payload)).toEqual(l);
      }),
    );
  });

  it("decode only what they made", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const decoded = decodeStartPayload(s);
        if (decoded !== null) expect(encodeStartPayload(decoded)).toBe(s);
      }),
    );
  });
});
