// GET /healthz: 200 "ready" once registered and the store answers; 503 "not ready" with the reasons while
// starting, while stopping, or when the store does not answer within a second.
import type { ServerResponse } from "node:http";
import type { Bot } from "grammy";
import type { BotContext } from "../bot/index.js";
import type { Store } from "../storage/index.js";
import { sendJson } from "./webhook-http.js";
import type { WebhookServerState } from "./webhook-state.js";

const STORE_PING_TIMEOUT_MS = 1_000;

export async function answerHealth(
  res: ServerResponse,
  bot: Bot<BotContext>,
  state: WebhookServerState,
  store: Store | undefined,
): Promise<void> {
  const reasons: string[] = [];
  if (state.stopping) reasons.push("shutting down");
  else if (!state.ready) reasons.push("starting");
  if (store) {
    try {
      await withTimeout(store.ping(), STORE_PING_TIMEOUT_MS);
    } catch (error) {
      reasons.push(`the ${store.kind} store does not answer: ${(error as Error).message}`);
    }
  }
  const bot_ = bot.isInited() ? bot.botInfo.username : null;
  if (reasons.length === 0) sendJson(res, 200, { status: "ready", bot: bot_, store: store?.kind });
  else sendJson(res, 503, { status: "not ready", reasons, bot: bot_ });
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
