// What a webhook server knows about its updates and readiness, shared by the server that fills it, runWebhook
// that holds it back until registered, and closeServer that drains it.
import type { Server } from "node:http";
import type { Logger } from "../logger.js";
import type { UpdateLedger } from "./update-ledger.js";

/** One update being handled; `answer` sends its HTTP response once. */
export interface InHand {
  work: Promise<void>;
  acknowledged: boolean;
  answer: (status: 200 | 503) => void;
}

export interface WebhookServerState {
  inHand: Map<number, InHand>;
  ready: boolean;
  stopping: boolean;
  ledger: UpdateLedger;
  logger: Logger;
}

const states = new WeakMap<Server, WebhookServerState>();

export function rememberServerState(server: Server, state: WebhookServerState): void {
  states.set(server, state);
}

/** The state of a server made by createWebhookServer; undefined for any other server. */
export function serverStateOf(server: Server): WebhookServerState | undefined {
  return states.get(server);
}
