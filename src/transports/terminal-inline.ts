// Inline mode in the terminal chat: "@inline <query>" asks the bot as Telegram would when someone types
// "@bot <query>" in a chat; the cards it offers are listed by number, and typing a number "sends" that card
// into the chat (printed as the message others would see, with its link button).
import type { Chat, Update, User } from "grammy/types";
import { renderHtmlForTerminal, type TerminalStyle } from "./terminal-render.js";

/** "@inline who did putin call"; "@inline" alone is the empty query (the most useful questions). */
export const INLINE_QUERY = /^@inline(?:\s+([\s\S]*))?$/i;

export interface OfferedCard {
  title: string;
  description: string;
  html: string;
  links: { text: string; url: string }[];
}

export function inlineQueryUpdate(updateId: number, user: User, chat: Chat, query: string): Update {
  return {
    update_id: updateId,
    inline_query: {
      id: `iq${updateId}`,
      from: user,
      query,
      offset: "",
      chat_type: chat.type === "private" ? "sender" : chat.type,
    },
  } as Update;
}

/** The article results of an answerInlineQuery call, as cards to list (other result types are not offered). */
export function offeredCards(results: unknown): OfferedCard[] {
  if (!Array.isArray(results)) return [];
  return results.flatMap((r) => {
    const content = r?.input_message_content;
    if (r?.type !== "article" || typeof content?.message_text !== "string") return [];
    const rows: { text?: string; url?: string }[][] = r.reply_markup?.inline_keyboard ?? [];
    return [
      {
        title: String(r.title ?? ""),
        description: String(r.description ?? ""),
        html: content.parse_mode === "HTML" ? content.message_text : escapeText(content.message_text),
        links: rows.flat().flatMap((b) => (b.text && b.url ? [{ text: b.text, url: b.url }] : [])),
      },
    ];
  });
}

/** "Inline results (type a number to send one into the chat):" and one numbered line per card; `t`: the texts. */
export function renderOffer(cards: OfferedCard[], t: (key: string) => string): string {
  if (cards.length === 0) return t("terminal-no-inline-results");
  const lines = cards.map((c, i) => `  [${i + 1}] ${c.title}${c.description ? ` — ${c.description}` : ""}`);
  return `${t("terminal-inline-results")}\n${lines.join("\n")}`;
}

/** The card as the chat would show it once sent: "via @bot", the message, its link buttons. */
export function renderSent(card: OfferedCard, botUsername: string, style: TerminalStyle): string {
  const links = card.links.map((l) => `  [${l.text}] ${l.url}`).join("\n");
  return `(you, via @${botUsername})\n${renderHtmlForTerminal(card.html, style)}${links ? `\n${links}` : ""}`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
