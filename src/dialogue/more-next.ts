// "Tell me more", then "anything else?", "а дальше?": each asks for what the chat has not shown yet — the long
// summary after the short one, the paragraphs the last answer quotes, then the paragraphs after them — never the
// same card twice. The context remembers what "more" already showed (`shown`; 0 stands for the long summary).
import type { DialogueContext, DialogueReply } from "./types.js";

/** The long summary in `DialogueContext.shown`. */
export const LONG_SUMMARY = 0;

/**
 * The paragraphs to show next: those the answer quotes that were not shown yet, else the ones after the last
 * shown (then before the first), in order; at most what fits the budget, at least one. Empty when all are shown.
 */
export function nextParagraphs(
  quoted: number[],
  shown: readonly number[],
  paragraphs: readonly string[],
  budget: number,
): { number: number; text: string }[] {
  const seen = new Set(shown);
  const fresh = [...new Set(quoted)].filter((n) => !seen.has(n)).sort((a, b) => a - b);
  const read = shown.filter((n) => n > 0);
  const after = read.length > 0 ? Math.max(...read) : 0;
  const order =
    fresh.length > 0
      ? fresh
      : [
          ...paragraphs.map((_, i) => i + 1).filter((n) => n > after && !seen.has(n)),
          ...paragraphs.map((_, i) => i + 1).filter((n) => n <= after && !seen.has(n)),
        ];
  const out: { number: number; text: string }[] = [];
  let used = 0;
  for (const n of order) {
    const text = paragraphs[n - 1] ?? "";
    if (out.length > 0 && used + text.length > budget) break;
    out.push({ number: n, text });
    used += text.length;
  }
  return out;
}

/** The context after a "more" reply: the same one, with what it showed added; null for any other reply. */
export function moreShown(reply: DialogueReply, context: DialogueContext | null): DialogueContext | null {
  if (!context) return null;
  const shown = context.shown ?? [];
  if (reply.kind === "more")
    return { ...context, shown: [...shown, ...reply.paragraphs.map((p) => p.number)] };
  if (reply.kind === "answer" && reply.followUp === "more" && reply.answer.kind === "summary")
    return { ...context, shown: [...shown, LONG_SUMMARY] };
  return null;
}
