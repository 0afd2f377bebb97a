// The bot's fixed words: greeting, help and the short notices, in one place so they read as one voice.
import { startKeyboard } from "../keyboards/index.js";
import type { Card, RenderDeps } from "./card.js";
import { bold, escapeHtml, italic } from "./html.js";

export const TEXT = {
  apology: "Sorry, something went wrong on my side. Please try again in a moment.",
  buttonExpired: "This button has expired. Send /start for fresh ones.",
  askPrompt: "What would you like to know about the story? Send your question, or /cancel to stop.",
  askTextOnly: "Please send your question as text, or /cancel to stop.",
  askCancelled: "Cancelled. Ask me anything about the story whenever you like.",
  nothingToCancel: "There is nothing to cancel. Just send me a question about the story.",
  unknownCommand: "I don’t know that command. Send /help to see what I can do.",
  textOnly: "I can only read text. Send me your question about the story as a message.",
  slowDown:
    "You’re sending messages faster than I can answer them. Please wait a few seconds, then ask again.",
} as const;

/** The commands in the Telegram menu (setMyCommands) and in /help. */
export const COMMANDS = [
  { command: "start", description: "What this bot knows and what to try" },
  { command: "summary", description: "The story in one line, three bullets or in full" },
  { command: "quotes", description: "Who said what; /quotes putin for one speaker" },
  { command: "check", description: "Did they really say that? /check <sentence>" },
  { command: "ask", description: "Ask a question step by step" },
  { command: "cancel", description: "Stop /ask" },
  { command: "help", description: "Commands and example questions" },
] as const;

export function greetingCard({ kb, engine }: RenderDeps, firstName: string | undefined): Card {
  const hello = firstName ? `Hi, ${escapeHtml(firstName)}!` : "Hi!";
  return {
    blocks: [
      `${hello} I answer questions about one news story:\n${italic(escapeHtml(kb.summaries.oneLine))}`,
      "Every answer quotes the article word for word and says who said it. Ask me anything about it, or try:",
    ],
    keyboard: startKeyboard(engine.popularQuestions(3)),
  };
}

export function helpCard({ kb, engine }: RenderDeps, botUsername: string): Card {
  const commands = COMMANDS.map((c) => `/${c.command} — ${escapeHtml(c.description)}`).join("\n");
  const examples = engine
    .popularQuestions(3)
    .map((s) => `• ${escapeHtml(s.question)}`)
    .join("\n");
  return {
    blocks: [
      `${bold("What I know")}\nOne news story: ${italic(escapeHtml(kb.summaries.oneLine))}`,
      `${bold("Commands")}\n${commands}`,
      ...(examples ? [`${bold("Try asking")}\n${examples}`] : []),
      `In a group, mention me (@${escapeHtml(botUsername)}) or reply to one of my messages.`,
      `In any chat, type @${escapeHtml(botUsername)} and a question to send an answer card there. Forward me a message to check it against the article.`,
    ],
    keyboard: startKeyboard([]),
  };
}
