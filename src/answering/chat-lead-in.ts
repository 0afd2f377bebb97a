// A chat lead-in before the question ("hey bot quick one, does the kremlin even want to help?", "Come on, is Russia
// really a neutral party here?", "ok real talk: is moscow neutral?", "seriously, who did putin call?"): words that
// only open the message. Left in, "quick", "one" and "come" were read as content and the question stayed unsure
// between its entries (wave BR, quality41). Taken off only at the start, and only when a question follows it
// (an auxiliary or a question word), so "come on" or "one" inside a question keep their meaning.

/** "hey bot", "hi there", "yo", "ok so": an address or opener, any number of them. */
const OPENER = String.raw`(?:(?:hey|hi|hello|yo|ok|okay|so|well|um|uh)(?:\s+(?:bot|there|buddy))?[\s,.!:;-]*)`;
/**
 * The lead-in itself: "quick one", "come on", "real talk", "honestly", "seriously", "tbh". "quick q(uestion)" is the dialogue's chat glue
 * (dialogue/chat-glue.ts), read there with what follows it; taken off here too it changed the next turn's context.
 */
const LEAD_IN = String.raw`(?:quick\s+one|one\s+quick\s+(?:one|thing)|come\s+on|c'?mon|real\s+talk|honestly|seriously|be\s+honest|tbh|just\s+curious|serious\s+question)`;
/** What must follow: a yes/no auxiliary or a question word. */
const QUESTION_START = String.raw`(?=(?:does|do|did|is|are|was|were|can|could|will|would|has|have|should|who|whom|what|which|why|how|when|where)\b)`;

const LEAD = new RegExp(`^\\s*${OPENER}*${LEAD_IN}[\\s,.!:;-]+(?:${OPENER}*)${QUESTION_START}`, "i");
/** The bot addressed alone ("hey bot did the russians…", quality49): "bot" was read as "boot" and the question unsure. */
const BOT_ADDRESSED = new RegExp(
  `^\\s*(?:hey|hi|hello|yo|ok|okay|so)\\s+bot[\\s,.!:;-]+${QUESTION_START}`,
  "i",
);

/** The question without a chat lead-in before it, or as it came. */
export function withoutChatLeadIn(text: string): string {
  if (text.length > 400) return text;
  const m = LEAD.exec(text) ?? BOT_ADDRESSED.exec(text);
  return m ? text.slice(m[0].length) : text;
}
