// Telegram HTML, built from escaped pieces only: every string that did not come from this file goes through
// escapeHtml, so no answer, quote or user text can open a tag.

/** Telegram's limit on a message's text (after entities are parsed). */
export const MAX_MESSAGE_LENGTH = 4096;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ESCAPES[ch]!);
}

/** Tags take HTML that is already safe (built here or escaped). */
export const bold = (html: string) => `<b>${html}</b>`;
export const italic = (html: string) => `<i>${html}</i>`;
export const blockquote = (html: string) => `<blockquote>${html}</blockquote>`;
export const code = (html: string) => `<code>${html}</code>`;

/** Escapes `text` and wraps the spans in bold; spans must not overlap (they are sorted here). */
export function boldSpans(text: string, spans: { start: number; end: number }[]): string {
  let out = "";
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    out += escapeHtml(text.slice(at, span.start)) + bold(escapeHtml(text.slice(span.start, span.end)));
    at = span.end;
  }
  return out + escapeHtml(text.slice(at));
}
