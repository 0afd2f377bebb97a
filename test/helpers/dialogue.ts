// The dialogue layer as the bot runs it (the real knowledge base, conversation.json and claim checker), and chats
// played through it, for the dialogue tests.
import type { Lang } from "../../src/answering/types.js";
import { createClaimChecker } from "../../src/claims/index.js";
import {
  createDialogue,
  type DialogueContext,
  type DialogueReply,
  type DialogueTurn,
  loadConversation,
} from "../../src/dialogue/index.js";
import { realEngine as engine, realKb as kb } from "./engine.js";
import { REAL_KB_DIR } from "./knowledge.js";

export const realDialogue = createDialogue({
  engine,
  kb,
  conversation: loadConversation(REAL_KB_DIR, kb),
  claims: createClaimChecker(kb),
});

export interface ChatOptions {
  lang?: Lang;
  /** The context the first message is read against (none by default). */
  start?: DialogueContext | null;
  /** Time between messages (a minute by default). */
  gapMs?: number;
}

/** Plays messages one after another, carrying the context; returns each turn. */
export function playChat(messages: string[], options: ChatOptions = {}): DialogueTurn[] {
  let context = options.start ?? null;
  let now = Date.UTC(2026, 0, 1);
  return messages.map((text) => {
    const turn = realDialogue.respond(text, { lang: options.lang ?? "en", context, now });
    context = turn.context;
    now += options.gapMs ?? 60_000;
    return turn;
  });
}

export type AnswerReply = Extract<DialogueReply, { kind: "answer" }>;

export function answerOf(reply: DialogueReply): AnswerReply {
  if (reply.kind !== "answer") throw new Error(`expected an answer, got ${reply.kind}`);
  return reply;
}

/** One English message read with no context: its first reply, which must be an answer. */
export const askOnce = (text: string): AnswerReply => answerOf(playChat([text])[0]!.replies[0]!);

/** A chat's last turn, which must be one reply, of any kind (a test fails on any other reply count). */
export function lastReply(messages: string[], lang: Lang = "en"): DialogueReply {
  const replies = playChat(messages, { lang }).at(-1)!.replies;
  if (replies.length !== 1) throw new Error(`expected one reply, got ${replies.length}`);
  return replies[0]!;
}
/** A chat's last turn, which must be one reply and an answer (a test fails on any other reply). */
export const lastAnswer = (messages: string[], lang: Lang = "en"): AnswerReply =>
  answerOf(lastReply(messages, lang));
/** A chat's last reply in full JSON, for matching its wording (one reply, of any kind). */
export const lastText = (messages: string[], lang: Lang = "en") => JSON.stringify(lastReply(messages, lang));
/** The yes/no verdict of a chat's last answer. */
export const lastVerdict = (messages: string[], lang: Lang = "en") => lastAnswer(messages, lang).verdict;
/** The entry a chat's last answer comes from. */
export const lastEntry = (messages: string[], lang: Lang = "en") =>
  lastAnswer(messages, lang).answer.entry?.id;
