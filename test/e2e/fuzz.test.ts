// Property-based fuzzing of the whole bot (real engine and knowledge base, rate limit on): 10,000 random updates
// of every kind Telegram sends (random text, entities, callback data, chat types, media, edits, channel posts).
// No update may fail, every reply must be valid Telegram HTML within its limits, every button press answered once.
import fc from "fast-check";
import type { Update, User } from "grammy/types";
import { describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMIT } from "../../src/bot/features/rate-limit.js";
import { decodeButton, MAX_CALLBACK_BYTES } from "../../src/bot/keyboards/callback-data.js";
import { textEntities } from "../../src/transports/local-updates.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { BOT_INFO, createTestBot, TEST_TOKEN } from "../helpers/harness.js";
import type { ApiCall } from "../helpers/recording-api.js";
import { parseTelegramHtml } from "../helpers/telegram-html.js";

const UPDATES = 10_000;

const COMMANDS = [
  "/start",
  "/help",
  "/summary",
  "/quotes",
  "/quotes putin",
  "/quotes <b>",
  "/ask",
  "/cancel",
];
const SPECIAL = [
  ...COMMANDS,
  "/nope",
  "/start@StoryQaBot",
  "/summary@OtherBot",
  "@StoryQaBot",
  "/ask did putin call?",
];
const QUESTIONS = realKb.entries.flatMap((e) => [e.question, ...e.phrasings.slice(0, 2)]);

const user = fc
  .oneof(
    // A few busy users, so the flood control is exercised too.
    { weight: 1, arbitrary: fc.constantFrom(1, 2, 3) },
    { weight: 4, arbitrary: fc.integer({ min: 10, max: 1_000_000 }) },
  )
  .map((id): User => ({ id, is_bot: false, first_name: `U${id}` }));

const chat = (u: User) =>
  fc.oneof(
    fc.constant({ id: u.id, type: "private" as const, first_name: u.first_name }),
    fc.integer({ min: 1, max: 50 }).map((n) => ({ id: -n, type: "group" as const, title: "g" })),
    fc
      .integer({ min: 1, max: 50 })
      .map((n) => ({ id: -1_000_000_000_000 - n, type: "supergroup" as const, title: "s" })),
  );

const markup = fc.string({
  unit: fc.constantFrom("<", ">", "&", "a", " ", "\n", "😀", "/", "@", ";", "#", '"'),
  maxLength: 300,
});
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL, ...QUESTIONS) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 100 }) },
  { weight: 2, arbitrary: markup },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SPECIAL), markup).map(([a, b]) => `${a} ${b}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("a".repeat(4096), "😀".repeat(2048), "<".repeat(4000), "\u202e".repeat(4096)),
  },
);

const randomEntities = fc.array(
  fc.record({
    type: fc.constantFrom("bot_command", "mention", "bold", "url", "hashtag"),
    offset: fc.integer({ min: 0, max: 300 }),
    length: fc.integer({ min: 0, max: 300 }),
  }),
  { maxLength: 3 },
);

let nextId = 1;

const messageUpdate = fc
  .record({
    from: user,
    text,
    entities: fc.option(randomEntities, { freq: 5 }),
    replyToBot: fc.boolean(),
    kind: fc.constantFrom("message", "message", "message", "edited_message", "channel_post"),
  })
  .chain((m) => chat(m.from).map((c) => ({ ...m, chat: c })))
  .map(({ from, text, entities, replyToBot, kind, chat }): Update => {
    const id = nextId++;
    const message = {
      message_id: id,
      date: 0,
      chat: kind === "channel_post" ? { id: -1_001, type: "channel", title: "c" } : chat,
      ...(kind !== "channel_post" && { from }),
      text,
      entities: entities ?? textEntities(text),
      ...(replyToBot && { reply_to_message: { message_id: 1, date: 0, chat, from: BOT_INFO, text: "…" } }),
      ...(kind === "edited_message" && { edit_date: 1 }),
    };
    return { update_id: id, [kind]: message } as unknown as Update;
  });

const mediaUpdate = fc
  .record({ from: user, media: fc.constantFrom("sticker", "photo", "voice") })
  .chain(({ from, media }) =>
    chat(from).map((c): Update => {
      const id = nextId++;
      const file = { file_id: "f", file_unique_id: "f", width: 1, height: 1, duration: 1, type: "regular" };
      const body = media === "photo" ? { photo: [file], caption: "<b>what?" } : { [media]: file };
      return {
        update_id: id,
        message: { message_id: id, date: 0, chat: c, from, ...body },
      } as unknown as Update;
    }),
  );

/** Buttons the bot really sent (collected as it runs), plus forged and stale ones. */
const seenButtons = new Set<string>(realKb.entries.map((e) => `v1:a:${e.id}`));
const callbackData = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null).map(() => [...seenButtons][nextId % seenButtons.size]!) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "v0:a:ceasefire",
      "v1:",
      "v1:src:x:99",
      "v1:q:nobody",
      "v1:sum:huge",
      "x".repeat(65),
    ),
  },
);
const callbackUpdate = fc
  .record({
    from: user,
    data: fc.option(callbackData, { freq: 20 }),
    messageId: fc.integer({ min: 1, max: 600 }),
    inline: fc.boolean(),
  })
  .chain((q) => chat(q.from).map((c) => ({ ...q, chat: c })))
  .map(({ from, data, messageId, inline, chat }): Update => {
    const id = nextId++;
    const where =
      inline && data !== null && id % 10 === 0
        ? { inline_message_id: "im" }
        : { message: { message_id: messageId, date: 0, chat, from: BOT_INFO, text: "…" } };
    const payload = data === null ? { game_short_name: "g" } : { data };
    return {
      update_id: id,
      callback_query: { id: `cq${id}`, from, chat_instance: "ci", ...where, ...payload },
    } as Update;
  });

const membershipUpdate = user.map((from): Update => {
  const id = nextId++;
  const bot = { ...BOT_INFO };
  return {
    update_id: id,
    my_chat_member: {
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from,
      date: 0,
      old_chat_member: { status: "member", user: bot },
      new_chat_member: { status: "kicked", until_date: 0, user: bot },
    },
  } as Update;
});

const anyUpdate = fc.oneof(
  { weight: 10, arbitrary: messageUpdate },
  { weight: 5, arbitrary: callbackUpdate },
  { weight: 1, arbitrary: mediaUpdate },
  { weight: 1, arbitrary: membershipUpdate },
);

/** Why `call` would not be shown as sent, or null when Telegram would take it. */
function replyProblem(call: ApiCall): string | null {
  const raw = String(call.payload.text ?? "");
  const html = call.payload.parse_mode === "HTML";
  const visible = html ? parseTelegramHtml(raw) : { text: raw, problems: [] };
  if (visible.problems.length > 0) return visible.problems.join("; ");
  if (visible.text.trim() === "") return "empty text";
  if (visible.text.length > 4096) return `${visible.text.length} characters`;
  const rows: { callback_data?: string }[][] = call.payload.reply_markup?.inline_keyboard ?? [];
  for (const button of rows.flat()) {
    if (button.callback_data === undefined) continue;
    if (Buffer.byteLength(button.callback_data) > MAX_CALLBACK_BYTES || !decodeButton(button.callback_data)) {
      return `bad button ${button.callback_data}`;
    }
  }
  return null;
}

describe("the bot under 10,000 random updates", () => {
  it("never fails an update, sends only valid HTML within limits, and answers every button press once", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine, rateLimit: DEFAULT_RATE_LIMIT });
    let logLinesSeen = 0;
    let updates = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(anyUpdate, async (update) => {
        updates++;
        const firstCall = t.api.calls.length;
        await t.bot.handleUpdate(update);
        const calls = t.api.calls.slice(firstCall);

        for (const call of calls.filter(
          (c) => c.method === "sendMessage" || c.method === "editMessageText",
        )) {
          expect(replyProblem(call), JSON.stringify(call.payload).slice(0, 500)).toBeNull();
          const rows: { callback_data?: string }[][] = call.payload.reply_markup?.inline_keyboard ?? [];
          for (const b of rows.flat()) if (b.callback_data) seenButtons.add(b.callback_data);
        }
        if (update.callback_query) {
          const answers = calls.filter((c) => c.method === "answerCallbackQuery");
          expect(answers.map((c) => c.payload.callback_query_id)).toEqual([update.callback_query.id]);
        }
        const newLines = t.logs.lines.slice(logLinesSeen);
        logLinesSeen = t.logs.lines.length;
        for (const line of newLines) {
          expect(line).not.toContain(TEST_TOKEN);
          const entry = JSON.parse(line) as { level: string };
          expect(["error", "fatal"], line).not.toContain(entry.level);
        }
      }),
      { numRuns: UPDATES, seed: 20_241_124, endOnFailure: true },
    );
    expect(updates).toBeGreaterThanOrEqual(UPDATES);
    const seconds = (performance.now() - started) / 1000;
    console.info(`fuzz: ${updates} updates in ${seconds.toFixed(1)} s, ${t.api.calls.length} API calls`);
  }, 120_000);
});
