// "is that true?", «это правда?» right after a yes/no answer: the bot knows only the article, so the verdict is the
// one it just gave (a "doesn't say" stays one, d98-36#2), not a Yes for having a card to show again.
import type { DialogueContext, YesNo } from "./types.js";

export function carriedVerdict(context: DialogueContext, answered: boolean): YesNo {
  if (!answered) return "not-said";
  return context.verdict ?? "yes";
}
