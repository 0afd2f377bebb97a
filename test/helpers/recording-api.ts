// A Bot API fake injected as the client's fetch, so it also sees the calls of the Api objects the
// conversations plugin builds. It records every call and answers like Telegram would, refusals included: HTML
// it cannot parse, text over 4,096 characters or empty, and an edit that changes nothing.
import type { ApiClientOptions } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { parseTelegramHtml } from "./telegram-html.js";

export interface ApiCall {
  method: string;
  // biome-ignore lint/suspicious/noExplicitAny: payloads are whatever the bot sent; tests read fields by name.
  payload: Record<string, any>;
  /** What the fake answered (a sent message's id is in here). */
  result?: unknown;
}

export interface ApiFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

export class RecordingApi {
  readonly calls: ApiCall[] = [];
  private nextMessageId = 500;
  private readonly failures = new Map<string, ApiFailure[]>();
  private readonly networkFailures = new Set<string>();
  private readonly networkFailuresNext = new Map<string, number>();
  /** What each message shows now, by chat and message id, to refuse edits that change nothing. */
  private readonly shown = new Map<string, string>();
  /** Calls of these methods wait until release() (to test shutdown with an update in flight). */
  private readonly held = new Map<string, (() => void)[]>();
  private readonly holding = new Set<string>();

  private readonly pendingUpdates: Update[] = [];

  constructor(private readonly botInfo: UserFromGetMe) {}

  /** getUpdates hands these out (long polling); with none queued it answers [] after a short wait. */
  queueUpdate(update: Update): void {
    this.pendingUpdates.push(update);
  }

  /** The next `times` calls of `method` get this error response. */
  failNext(method: string, failure: ApiFailure, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array(times).fill(failure)]);
  }

  /** The next `times` calls of `method` whose payload matches `when` (e.g. one chat's) get this error. */
  failNextWhen(
    method: string,
    when: (payload: ApiCall["payload"]) => boolean,
    failure: ApiFailure,
    times = 1,
  ) {
    this.conditionalFailures.push({ method, when, failure, left: times });
  }
  private readonly conditionalFailures: {
    method: string;
    when: (payload: ApiCall["payload"]) => boolean;
    failure: ApiFailure;
    left: number;
  }[] = [];

  private conditionalFailure(method: string, payload: Record<string, unknown>): ApiFailure | undefined {
    const match = this.conditionalFailures.find((f) => f.method === method && f.left > 0 && f.when(payload));
    if (!match) return undefined;
    match.left--;
    return match.failure;
  }

  /** Every call of `method` fails as if the network were down. */
  failNetwork(method: string): void {
    this.networkFailures.add(method);
  }

  /** The next `times` calls of `method` fail as if the connection were reset. */
  failNetworkNext(method: string, times = 1): void {
    this.networkFailuresNext.set(method, (this.networkFailuresNext.get(method) ?? 0) + times);
  }

  hold(method: string): void {
    this.holding.add(method);
  }

  /** New calls of `method` go through again; those already held stay held (their process is gone). */
  stopHolding(method: string): void {
    this.holding.delete(method);
  }

  release(method: string): void {
    this.holding.delete(method);
    for (const resume of this.held.get(method) ?? []) resume();
    this.held.delete(method);
  }

  of(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** sendMessage and editMessageText calls: what the user sees. */
  replies(): ApiCall[] {
    return this.calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText");
  }

  lastReply(): ApiCall {
    const reply = this.replies().at(-1);
    if (!reply) throw new Error(`no replies; calls: ${this.calls.map((c) => c.method).join(", ")}`);
    return reply;
  }

  clear(): void {
    this.calls.length = 0;
  }

  readonly fetch = (async (url: string | URL, init?: { body?: unknown }) => {
    const method = String(url).split("/").pop() ?? "";
    const payload = typeof init?.body === "string" ? JSON.parse(init.body) : {};
    const call: ApiCall = { method, payload };
    this.calls.push(call);
    if (this.holding.has(method)) {
      await new Promise<void>((resume) => this.held.set(method, [...(this.held.get(method) ?? []), resume]));
    }
    if (this.networkFailures.has(method)) throw new Error(`connect ECONNREFUSED (fake network for ${url})`);
    const resets = this.networkFailuresNext.get(method) ?? 0;
    if (resets > 0) {
      this.networkFailuresNext.set(method, resets - 1);
      throw Object.assign(new Error(`read ECONNRESET (fake network for ${url})`), { code: "ECONNRESET" });
    }
    const failure =
      this.conditionalFailure(method, payload) ??
      this.failures.get(method)?.shift() ??
      this.refusal(method, payload);
    if (method === "getUpdates" && this.pendingUpdates.length === 0)
      await new Promise((r) => setTimeout(r, 10));
    if (!failure) call.result = this.result(method, payload);
    const body = failure ? { ok: false, ...failure } : { ok: true, result: call.result };
    return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  }) as unknown as NonNullable<ApiClientOptions["fetch"]>;

  /** What Telegram itself would refuse. */
  // biome-ignore lint/suspicious/noExplicitAny: see ApiCall.payload.
  private refusal(method: string, payload: Record<string, any>): ApiFailure | undefined {
    if (method !== "sendMessage" && method !== "editMessageText") return undefined;
    const text = String(payload.text ?? "");
    if (payload.parse_mode === "HTML") {
      const problems = parseTelegramHtml(text).problems.filter(
        (p) => !/no visible text|Telegram allows/.test(p),
      );
      if (problems.length > 0) return badRequest(`can't parse entities: ${problems[0]}`);
    }
    const visible = payload.parse_mode === "HTML" ? parseTelegramHtml(text).text : text;
    if (visible.trim() === "") return badRequest("message text is empty");
    if (visible.length > 4096) return badRequest("message is too long");
    if (method === "editMessageText") {
      const now = JSON.stringify([visible, payload.reply_markup ?? null]);
      if (this.shown.get(`${payload.chat_id}/${payload.message_id}`) === now) {
        return badRequest(
          "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
        );
      }
    }
    return undefined;
  }

  // biome-ignore lint/suspicious/noExplicitAny: see ApiCall.payload.
  private remember(chatId: unknown, messageId: unknown, payload: Record<string, any>): void {
    const visible =
      payload.parse_mode === "HTML" ? parseTelegramHtml(String(payload.text)).text : payload.text;
    this.shown.set(`${chatId}/${messageId}`, JSON.stringify([visible, payload.reply_markup ?? null]));
  }

  // biome-ignore lint/suspicious/noExplicitAny: see ApiCall.payload.
  private result(method: string, payload: Record<string, any>): unknown {
    const now = Math.floor(Date.now() / 1000);
    switch (method) {
      case "getMe":
        return this.botInfo;
      case "getUpdates": {
        const offset = Number(payload.offset ?? 0);
        const ready = this.pendingUpdates.filter((u) => u.update_id >= offset);
        this.pendingUpdates.splice(0, this.pendingUpdates.length, ...ready);
        return ready.slice(0, Number(payload.limit ?? 100));
      }
      case "sendMessage":
        this.remember(payload.chat_id, this.nextMessageId, payload);
        return {
          message_id: this.nextMessageId++,
          date: now,
          chat: {
            id: payload.chat_id,
            type: Number(payload.chat_id) < 0 ? "supergroup" : "private",
            title: "Chat",
          },
          from: this.botInfo,
          text: payload.text,
          ...(payload.reply_markup && { reply_markup: payload.reply_markup }),
        };
      case "editMessageText":
        this.remember(payload.chat_id, payload.message_id, payload);
        return {
          message_id: payload.message_id,
          date: now,
          edit_date: now,
          chat: { id: payload.chat_id, type: "private", first_name: "User" },
          from: this.botInfo,
          text: payload.text,
        };
      default:
        return true;
    }
  }
}

const badRequest = (description: string): ApiFailure => ({
  error_code: 400,
  description: `Bad Request: ${description}`,
});
