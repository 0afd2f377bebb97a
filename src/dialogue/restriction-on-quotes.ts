// Kind (dialog48): a bare restriction after an answer made only of a voice's quotes — "what did putin say about
// them?" (his quotes) → "in gaza only?", «только в газе?». Such an answer leaves no entry in the context, so
// against-last-answer.ts had no evidence and the message went to the engine alone (no verdict). The last question
// is asked again for its quotes; only a No is taken from them (a quote names the place beside more: "in Israel and
// the Gaza Strip") — a voice's quotes are not all the article says, so their silence is no "doesn't say".

import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { DialogueContext } from "./types.js";

/** The last answer's quotes again, where that answer was a voice's quotes (no entry); null otherwise. */
export function lastQuotesEvidence(kit: DialogueKit, context: DialogueContext, lang: Lang): Answer | null {
  if (context.entryId || context.refused || !context.speakerId) return null;
  const again = kit.findAnswer(context.question, lang);
  return again.answered && again.kind === "quotes" && again.quotes.length > 0 ? again : null;
}
