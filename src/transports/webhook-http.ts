// The HTTP side of the webhook server: reading a bounded body, checking the secret, answering JSON.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Update } from "grammy/types";

/** Telegram's updates are a few kB; 1 MB is far beyond any real one. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The request's path; null when the URL cannot be parsed (then it is no path of ours: 404). */
export function pathOf(req: IncomingMessage): string | null {
  try {
    return new URL(req.url ?? "/", "http://localhost").pathname;
  } catch {
    return null;
  }
}

/** Constant-time, so the secret cannot be guessed byte by byte from response times. */
export function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== "string") return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The body; "too-large" as soon as it is known to be over `max` bytes (the rest is not read). */
export function readBody(req: IncomingMessage, max: number): Promise<Buffer | "too-large" | "gone"> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve("too-large");
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | "too-large" | "gone") => {
      req.off("data", onData).off("end", onEnd).off("close", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else {
        req.pause();
        finish("too-large");
      }
    };
    const onEnd = () => finish(Buffer.concat(chunks));
    // The client hung up before sending the whole body: there is no one to answer.
    const onClose = () => finish("gone");
    req.on("data", onData).on("end", onEnd).on("close", onClose);
  });
}

export function parseUpdate(body: Buffer): Update | null {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
    const id = (value as { update_id?: unknown }).update_id;
    return Number.isSafeInteger(id) ? (value as Update) : null;
  } catch {
    return null;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

/**
 * Answers without reading the rest of the body, and closes the connection so Node does not read it either; a
 * client that is still sending may see the connection reset, which is what it deserves.
 */
export function refuseUnread(req: IncomingMessage, res: ServerResponse, status: number, error: string): void {
  if (req.complete) {
    sendJson(res, status, { error });
    return;
  }
  res.setHeader("Connection", "close");
  res.once("finish", () => req.destroy());
  sendJson(res, status, { error });
}
