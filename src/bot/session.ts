// What the bot remembers about a person between messages: the summary size they picked last. Keyed by user
// id, so the choice follows them from a private chat into groups. Lazy: storage is read only by the updates
// that ask for it (/summary and its buttons), so a Redis adapter costs nothing on every other message.
// Separate from the /ask conversation's state, which @grammyjs/conversations v2 keeps in its own storage.
import {
  type Context,
  type LazySessionFlavor,
  lazySession,
  MemorySessionStorage,
  type MiddlewareFn,
  type StorageAdapter,
} from "grammy";
import type { Lang } from "../answering/types.js";
import type { DialogueContext } from "../dialogue/index.js";
import { SUMMARY_SIZES, type SummarySize } from "./keyboards/index.js";
import { isLang } from "./languages.js";
import { DEFAULT_SUMMARY_SIZE } from "./render/summary.js";

/** Every field optional, so features can add theirs (language, dialogue context) and old records still load. */
export interface SessionData {
  summarySize?: SummarySize;
  /** The language picked with /language; absent until they pick one. */
  language?: Lang;
  /** What the last answer was about, for follow-ups ("why?", "and Peskov?"); forgotten after 15 min idle. */
  dialogue?: DialogueContext;
}

/** Any grammY storage adapter; createBot builds one over its Store, and falls back to memory without one. */
export type SessionStorage = StorageAdapter<SessionData>;

export type SessionContext = Context & LazySessionFlavor<SessionData>;

/** Namespaces the keys, so the same store can hold other data beside it. */
const KEY_PREFIX = "user:";

/** A person's choices are forgotten after 30 days unused, so the store cannot grow without bound. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function createSession(
  storage: SessionStorage = new MemorySessionStorage<SessionData>(SESSION_TTL_MS),
): MiddlewareFn<SessionContext> {
  return lazySession<SessionData, SessionContext>({
    storage,
    initial: () => ({}),
    getSessionKey: (ctx) => (ctx.from === undefined ? undefined : String(ctx.from.id)),
    prefix: KEY_PREFIX,
  });
}

/** The size this person picked last; the default for someone new, a channel post, or a value gone stale. */
export async function rememberedSummarySize(ctx: SessionContext): Promise<SummarySize> {
  if (ctx.from === undefined) return DEFAULT_SUMMARY_SIZE;
  const size = (await ctx.session).summarySize;
  return size !== undefined && (SUMMARY_SIZES as readonly string[]).includes(size)
    ? size
    : DEFAULT_SUMMARY_SIZE;
}

export async function rememberSummarySize(ctx: SessionContext, size: SummarySize): Promise<void> {
  if (ctx.from === undefined) return;
  const session = await ctx.session;
  ctx.session = { ...session, summarySize: size };
}

/** The language this person picked with /language, if any (a value gone stale reads as none). */
export async function rememberedLanguage(ctx: SessionContext): Promise<Lang | undefined> {
  if (ctx.from === undefined) return undefined;
  const language = (await ctx.session).language;
  return isLang(language) ? language : undefined;
}

export async function rememberLanguage(ctx: SessionContext, language: Lang): Promise<void> {
  if (ctx.from === undefined) return;
  const session = await ctx.session;
  ctx.session = { ...session, language };
}

/** The chat's context for follow-ups; null for someone new or a channel post. */
export async function rememberedDialogue(ctx: SessionContext): Promise<DialogueContext | null> {
  if (ctx.from === undefined) return null;
  return (await ctx.session).dialogue ?? null;
}

export async function rememberDialogue(ctx: SessionContext, dialogue: DialogueContext | null): Promise<void> {
  if (ctx.from === undefined) return;
  const { dialogue: _old, ...rest } = await ctx.session;
  ctx.session = dialogue ? { ...rest, dialogue } : rest;
}
