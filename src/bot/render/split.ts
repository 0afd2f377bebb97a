// Long Telegram HTML cut into messages Telegram accepts: each part at most `limit` visible UTF-16 units (what
// Telegram counts, after parsing), cut at a paragraph, else a line, else a word, never inside a tag, an entity or
// a surrogate pair; tags open at a cut are closed at the end of one part and reopened at the start of the next.
import { MAX_MESSAGE_LENGTH } from "./html.js";

type Token =
  | { kind: "open"; name: string; raw: string }
  | { kind: "close"; name: string; raw: string }
  /** One visible character: a char, a surrogate pair or an entity; `units` is its UTF-16 length once parsed. */
  | { kind: "char"; raw: string; units: number; text: string };

const ENTITY = /^&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});$/;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };
/** The longest entity ("&#x10FFFF;" or "&#1114111;") is 10 characters. */
const MAX_ENTITY_LENGTH = 10;

/** Reads HTML one visible character or tag at a time, in linear time whatever the input (no backtracking). */
export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === "<") {
      const tag = readTag(html, i);
      if (tag) {
        tokens.push(tag.token);
        i = tag.end;
        continue;
      }
    } else if (ch === "&") {
      const semi = html.indexOf(";", i);
      if (semi > i && semi - i < MAX_ENTITY_LENGTH) {
        const raw = html.slice(i, semi + 1);
        if (ENTITY.test(raw)) {
          const text = decodeEntity(raw);
          tokens.push({ kind: "char", raw, units: text.length, text });
          i = semi + 1;
          continue;
        }
      }
    } else if (isHighSurrogate(ch) && isLowSurrogate(html[i + 1])) {
      const raw = html.slice(i, i + 2);
      tokens.push({ kind: "char", raw, units: 2, text: raw });
      i += 2;
      continue;
    }
    tokens.push({ kind: "char", raw: ch, units: 1, text: ch });
    i++;
  }
  return tokens;
}

/** A tag starting at `start`: `<name …>` or `</name>`, with no `<` inside; null when `<` opens no tag. */
function readTag(html: string, start: number): { token: Token; end: number } | null {
  let j = start + 1;
  const closing = html[j] === "/";
  if (closing) j++;
  const nameStart = j;
  while (j < html.length && /[A-Za-z0-9-]/.test(html[j]!)) j++;
  if (j === nameStart || !/[A-Za-z]/.test(html[nameStart]!)) return null;
  const name = html.slice(nameStart, j).toLowerCase();
  // Stops at the first < or >: each scan covers characters no other scan will, so the whole pass stays linear.
  while (j < html.length && html[j] !== ">" && html[j] !== "<") j++;
  if (html[j] !== ">") return null;
  const raw = html.slice(start, j + 1);
  return { token: { kind: closing ? "close" : "open", name, raw }, end: j + 1 };
}

const isHighSurrogate = (ch: string | undefined) => ch !== undefined && ch >= "\ud800" && ch <= "\udbff";
const isLowSurrogate = (ch: string | undefined) => ch !== undefined && ch >= "\udc00" && ch <= "\udfff";

function decodeEntity(raw: string): string {
  const name = raw.slice(1, -1);
  if (!name.startsWith("#")) return NAMED[name]!;
  const code =
    name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  // An out-of-range code point is something Telegram would refuse; as plain text it shows as U+FFFD.
  return code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
}

/** The length Telegram counts for a message: its text once tags are gone and entities decoded, in UTF-16 units. */
export function visibleLength(html: string): number {
  return tokenize(html).reduce((sum, t) => sum + (t.kind === "char" ? t.units : 0), 0);
}

/** What a user would see of `html`: tags removed, entities decoded. For resending as plain text. */
export function htmlToPlainText(html: string): string {
  return tokenize(html)
    .map((t) => (t.kind === "char" ? t.text : ""))
    .join("");
}

/** Where a part may end, best first: before a blank line, a line break, a space; or anywhere (hard). */
enum Cut {
  Paragraph = 0,
  Line = 1,
  Word = 2,
}

/**
 * Splits Telegram HTML into messages of at most `limit` visible UTF-16 units each (see the top of this file).
 * Text that fits is returned as it is, in one part.
 */
export function splitHtml(html: string, limit = MAX_MESSAGE_LENGTH): string[] {
  if (!Number.isInteger(limit) || limit < 2) throw new RangeError("splitHtml: limit must be an integer >= 2");
  // Tags count nothing and an entity counts less than it is long, so no text counts more than its length:
  // a card that short fits without reading it (most cards; reading one costs a token per character).
  if (html.length <= limit) return [html];
  const tokens = tokenize(html);
  const total = tokens.reduce((sum, t) => sum + (t.kind === "char" ? t.units : 0), 0);
  if (total <= limit) return [html];

  const parts: string[] = [];
  let open: Token[] = [];
  let start = 0;
  while (start < tokens.length) {
    let end = chooseEnd(tokens, start, limit);
    // The whitespace the cut falls on ends no part and starts none (Telegram would trim it anyway).
    while (end > start && isWhitespace(tokens[end - 1]!)) end--;
    const stackAtEnd = walkTags(open, tokens, start, end);
    const body = [...open, ...tokens.slice(start, end), ...[...stackAtEnd].reverse().map(closeOf)];
    if (hasVisibleText(body)) parts.push(render(dropEmptyElements(body)));
    open = stackAtEnd;
    start = end;
    while (start < tokens.length && isWhitespace(tokens[start]!)) start++;
  }
  return parts;
}

/** The token index the part starting at `start` ends before. */
function chooseEnd(tokens: Token[], start: number, limit: number): number {
  const best: (number | undefined)[] = [undefined, undefined, undefined];
  const bestInSecondHalf: (number | undefined)[] = [undefined, undefined, undefined];
  let units = 0;
  let i = start;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "char") continue;
    // Always take one character, so a limit smaller than one character cannot stall the loop.
    if (units + t.units > limit && units > 0) break;
    const cut = cutBefore(tokens, i);
    if (cut !== null && units > 0) {
      best[cut] = i;
      if (units >= limit / 2) bestInSecondHalf[cut] = i;
    }
    units += t.units;
  }
  if (i >= tokens.length) return tokens.length;
  for (const candidates of [bestInSecondHalf, best]) {
    const found = candidates.find((c) => c !== undefined);
    if (found !== undefined) return found;
  }
  return i;
}

/** The kind of cut a part ending before token `i` would be, or null when `i` is not whitespace. */
function cutBefore(tokens: Token[], i: number): Cut | null {
  const t = tokens[i]!;
  if (t.kind !== "char") return null;
  if (t.text === "\n") return nextChar(tokens, i)?.text === "\n" ? Cut.Paragraph : Cut.Line;
  return t.text === " " || t.text === "\t" ? Cut.Word : null;
}

function nextChar(tokens: Token[], i: number): Extract<Token, { kind: "char" }> | undefined {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === "char") return t;
  }
  return undefined;
}

const isWhitespace = (t: Token) => t.kind === "char" && t.text.trim() === "";

/** The open tags after tokens[from..to), starting with `open`. */
function walkTags(open: Token[], tokens: Token[], from: number, to: number): Token[] {
  const stack = [...open];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === "open") stack.push(t);
    else if (t.kind === "close") {
      const at = stack.map((s) => (s as { name: string }).name).lastIndexOf(t.name);
      if (at >= 0) stack.splice(at, 1);
    }
  }
  return stack;
}

function closeOf(t: Token): Token {
  const name = (t as { name: string }).name;
  return { kind: "close", name, raw: `</${name}>` };
}

/** Removes `<b></b>` and the like that a cut right next to a tag would leave (nested ones too). */
function dropEmptyElements(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (t.kind === "close" && last?.kind === "open" && last.name === t.name) out.pop();
    else out.push(t);
  }
  return out;
}

function hasVisibleText(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === "char" && t.text.trim() !== "");
}

function render(tokens: Token[]): string {
  return tokens.map((t) => t.raw).join("");
}
