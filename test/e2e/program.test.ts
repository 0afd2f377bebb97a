// The real program, started as `npm start` starts it (src/main.ts, here through tsx so no build is needed), against
// a fake Bot API HTTP server on 127.0.0.1 (BOT_API_ROOT): a whole conversation in polling and in webhook mode,
// then SIGTERM and a clean exit; the failures an operator must see (409, 401, a Bot API failing at start: one line
// a try, then one line saying what to do); and logs without the token.
import type { Message } from "grammy/types";
import { afterEach, describe, expect, it, vi } from "vitest";
import { callbackQueryUpdate, textMessageUpdate } from "../../src/transports/local-updates.js";
import { realKb } from "../helpers/engine.js";
import { type FakeBotApiServer, freePort, startFakeBotApiServer } from "../helpers/fake-bot-api-server.js";
import { BOT_INFO, buttonsOf, PRIVATE, TEST_TOKEN, visibleText } from "../helpers/harness.js";
import { logLines, type Program, startProgram, stopPrograms } from "../helpers/program.js";
import type { ApiCall } from "../helpers/recording-api.js";

const SECRET = "e2e_secret-value";
const QUESTION = realKb.entries[0]!.question;
// A child's start and two getMe retries took over 15 s at load 15: the wait guards against a hang, not a speed.
const WAIT = { timeout: 45_000, interval: 20 };
let fake: FakeBotApiServer | undefined;

afterEach(async () => {
  await stopPrograms();
  await fake?.close();
  fake = undefined;
});

/** The message a reply became, as the bot's button would sit on it. */
function sentMessage(call: ApiCall): Message {
  const id = (call.result as { message_id: number }).message_id;
  return {
    message_id: id,
    date: 0,
    chat: PRIVATE.chat,
    from: BOT_INFO,
    text: String(call.payload.text),
  } as Message;
}

/** Nothing secret or personal in the logs: no token, no update contents at info, and every line structured. */
function expectCleanLogs(program: Program): void {
  const all = program.out.stdout + program.out.stderr;
  expect(all).not.toContain(TEST_TOKEN);
  expect(all).not.toContain(TEST_TOKEN.split(":")[1]);
  expect(all).not.toContain(QUESTION);
  for (const line of logLines(program)) {
    expect(["trace", "debug", "info", "warn", "error", "fatal"]).toContain(line.level);
    expect(line).not.toHaveProperty("update.message");
  }
}

async function waitForReplies(count: number): Promise<ApiCall[]> {
  await vi.waitFor(() => expect(fake!.api.of("sendMessage").length).toBeGreaterThanOrEqual(count), WAIT);
  return fake!.api.of("sendMessage");
}

describe("npm start in polling mode", () => {
  it("greets on /start, answers a question, follows a button, and exits 0 on SIGTERM", async () => {
    fake = await startFakeBotApiServer();
    fake.api.queueUpdate(textMessageUpdate(1, 1, PRIVATE, "/start"));
    const program = startProgram({ BOT_API_ROOT: fake.root });

    const [greeting] = await waitForReplies(1);
    expect(visibleText(greeting!)).toContain(realKb.summaries.oneLine);

    fake.api.queueUpdate(textMessageUpdate(2, 2, PRIVATE, QUESTION));
    const answer = (await waitForReplies(2))[1]!;
    expect(visibleText(answer)).toContain(QUESTION);
    const button = buttonsOf(answer)[0]!;

    fake.api.queueUpdate(callbackQueryUpdate(3, PRIVATE, button.data, sentMessage(answer)));
    const followed = (await waitForReplies(3))[2]!;
    expect(fake.api.of("answerCallbackQuery").map((c) => c.payload.callback_query_id)).toEqual(["cq3"]);
    expect(visibleText(followed).length).toBeGreaterThan(0);

    program.child.kill("SIGTERM");
    expect(await program.exited).toBe(0);
    // The last getUpdates confirms the three updates, so Telegram would not send them again.
    expect(fake.api.of("getUpdates").at(-1)!.payload.offset).toBe(4);
    expect(fake.api.of("sendMessage")).toHaveLength(3);
    expect(program.out.stdout).toContain('"msg":"stopped"');
    expectCleanLogs(program);
  });

  it("exits 2 with a clear message when another instance polls with the same token (409)", async () => {
    fake = await startFakeBotApiServer();
    fake.api.failNext("getUpdates", {
      error_code: 409,
      description:
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    });
    const program = startProgram({ BOT_API_ROOT: fake.root });
    expect(await program.exited).toBe(2);
    const fatal = logLines(program).find((l) => l.level === "fatal");
    expect(fatal?.msg).toContain("another instance is polling with this token; stop it or use webhook mode");
    expect(fake.api.of("getUpdates")).toHaveLength(1);
    expectCleanLogs(program);
  });

  it("exits 1 with a clear message when Telegram stops accepting the token while polling (401)", async () => {
    fake = await startFakeBotApiServer();
    fake.api.failNext("getUpdates", { error_code: 401, description: "Unauthorized" });
    const program = startProgram({ BOT_API_ROOT: fake.root });
    expect(await program.exited).toBe(1);
    expect(logLines(program).find((l) => l.level === "fatal")?.msg).toContain("Telegram rejected BOT_TOKEN");
    expectCleanLogs(program);
  });
});

describe("a Bot API failing at start, as the operator reads it", () => {
  it("logs one line per failed getMe (the reason, no stack), then starts", async () => {
    fake = await startFakeBotApiServer();
    fake.api.failNext("getMe", { error_code: 502, description: "Bad Gateway" }, 2);
    fake.api.queueUpdate(textMessageUpdate(1, 1, PRIVATE, "/start"));
    const program = startProgram({ BOT_API_ROOT: fake.root });
    await waitForReplies(1);
    program.child.kill("SIGTERM");
    expect(await program.exited).toBe(0);
    const warnings = logLines(program).filter((l) => l.level === "warn");
    expect(warnings.map((l) => [l.msg, l.attempt, l.reason])).toEqual([
      ["getMe failed at start; retrying", 1, "502 Bad Gateway"],
      ["getMe failed at start; retrying", 2, "502 Bad Gateway"],
    ]);
    expect(program.out.stdout).not.toContain("stack");
    expect(fake.api.of("getMe")).toHaveLength(3);
    expectCleanLogs(program);
  });

  it("ends with one line that says what is wrong and what to do, without a stack (401 on getMe)", async () => {
    fake = await startFakeBotApiServer();
    fake.api.failNext("getMe", { error_code: 401, description: "Unauthorized" });
    const program = startProgram({ BOT_API_ROOT: fake.root });
    expect(await program.exited).toBe(1);
    const lines = logLines(program).filter((l) => l.level !== "info");
    expect(lines).toEqual([expect.objectContaining({ level: "fatal", exit_code: 1 })]);
    expect(lines[0]!.msg).toBe("Telegram rejected BOT_TOKEN (401 Unauthorized): check it with @BotFather");
    expect(lines[0]).not.toHaveProperty("err");
    expectCleanLogs(program);
  });
});

describe("npm start in webhook mode", () => {
  it("registers the webhook, answers /start, a question and a button once each, refuses strangers, exits 0 on SIGTERM", async () => {
    fake = await startFakeBotApiServer();
    const port = await freePort();
    const program = startProgram({
      BOT_MODE: "webhook",
      BOT_API_ROOT: fake.root,
      WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
    });
    await vi.waitFor(() => expect(fake!.api.of("setWebhook")).toHaveLength(1), WAIT);
    const deliver = (body: unknown, secret = SECRET) =>
      fetch(`http://127.0.0.1:${port}/hook`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
        body: JSON.stringify(body),
      }).then((r) => r.status);

    expect(await deliver(textMessageUpdate(1, 1, PRIVATE, "/start"), "not-the-secret")).toBe(401);
    expect(await deliver(textMessageUpdate(1, 1, PRIVATE, "/start"))).toBe(200);
    expect(visibleText((await waitForReplies(1))[0]!)).toContain(realKb.summaries.oneLine);

    expect(await deliver(textMessageUpdate(2, 2, PRIVATE, QUESTION))).toBe(200);
    // Telegram delivering the same update again (it did not hear our 200): handled once.
    expect(await deliver(textMessageUpdate(2, 2, PRIVATE, QUESTION))).toBe(200);
    const answer = (await waitForReplies(2))[1]!;
    expect(visibleText(answer)).toContain(QUESTION);

    const button = buttonsOf(answer)[0]!;
    expect(await deliver(callbackQueryUpdate(3, PRIVATE, button.data, sentMessage(answer)))).toBe(200);
    await waitForReplies(3);
    expect(fake.api.of("answerCallbackQuery")).toHaveLength(1);

    program.child.kill("SIGTERM");
    expect(await program.exited).toBe(0);
    expect(fake.api.of("sendMessage")).toHaveLength(3);
    expectCleanLogs(program);
  });
});

describe("a failing run's logs", () => {
  it("never contain the token, though grammY's network errors carry it in the request URL", async () => {
    // Nothing listens there: every call fails with ECONNREFUSED, and the error names the URL, token and all.
    const program = startProgram({ BOT_API_ROOT: `http://127.0.0.1:${await freePort()}` });
    await vi.waitFor(
      () =>
        expect(
          program.out.stdout.match(/getMe failed at start; retrying/g)?.length ?? 0,
        ).toBeGreaterThanOrEqual(2),
      WAIT,
    );
    program.child.kill("SIGTERM");
    await program.exited;
    // The URL was logged, with the token cut out of it.
    expect(program.out.stdout).toMatch(/bot\[REDACTED\]\/getMe/);
    expectCleanLogs(program);
  });
});
