// Telegram HTML for a terminal: bold as ANSI bold (only on a TTY), blockquotes as "│ " lines, entities
// unescaped, links with their address; buttons as "[1] Summary  [2] …".
import type { InlineKeyboardButton } from "grammy/types";

export interface TerminalStyle {
  /** ANSI bold and italic; only when the output is a TTY. */
  color: boolean;
  /** Wrap blockquotes to this width (the terminal's), or Infinity in piped mode. */
  width: number;
}

const ANSI = { bold: ["\x1b[1m", "\x1b[22m"], italic: ["\x1b[3m", "\x1b[23m"] } as const;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };

export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Renders the subset of Telegram HTML the bot sends (b, i, blockquote, a, code) as terminal text. */
export function renderHtmlForTerminal(html: string, style: TerminalStyle): string {
  const out: string[] = [];
  let quote: string[] | null = null;
  let href: string | null = null;
  const emit = (s: string) => (quote ?? out).push(s);
  // [^<>]* (not [^>]*) stops each tag attempt at the next "<", so a run of "<a<a<a…" is linear, not quadratic.
  for (const m of html.matchAll(/<(\/?)([a-z-]+)([^<>]*)>|([^<]+)/gi)) {
    const [, closing, rawTag, attrs, text] = m;
    if (text !== undefined) {
      emit(unescapeHtml(text));
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === "blockquote") {
      if (!closing) quote = [];
      else if (quote) {
        out.push(quoteLines(quote.join(""), style.width));
        quote = null;
      }
    } else if (tag === "b" || tag === "strong" || tag === "i" || tag === "em") {
      const [on, off] = tag === "b" || tag === "strong" ? ANSI.bold : ANSI.italic;
      if (style.color) emit(closing ? off : on);
    } else if (tag === "a") {
      if (!closing) href = unescapeHtml(/href="([^"]*)"/.exec(attrs ?? "")?.[1] ?? "");
      else if (href) {
        emit(` (${href})`);
        href = null;
      }
    }
  }
  return out.join("");
}

function quoteLines(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => wrap(line, Math.max(20, width - 2)))
    .map((line) => `│ ${line}`)
    .join("\n");
}

function wrap(line: string, width: number): string[] {
  if (!Number.isFinite(width) || line.length <= width) return [line];
  const lines: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    if (current !== "" && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current === "" ? word : `${current} ${word}`;
  }
  return [...lines, current];
}

export interface NumberedButton {
  number: number;
  button: InlineKeyboardButton;
}

/** "  [1] Summary  [2] Who said what", one line per keyboard row. */
export function renderButtons(rows: NumberedButton[][]): string {
  return rows
    .map((row) => `  ${row.map(({ number, button }) => `[${number}] ${button.text}`).join("  ")}`)
    .join("\n");
}
