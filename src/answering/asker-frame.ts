// Who set the question and the asker's plea around it, taken off before the question is read: "my teacher asked
// us (to find out) who putin phoned …, what do I write?", "our prof wants me to explain … . can u help?". The
// teacher, the "us" (read as the United States) and "write" are not the topic; left in, they diluted the question
// until it was refused as ambiguous ("my teacher says X" is a claim to check, word-rewrites.ts). First of the English question rewrites (readers.ts), on the text as typed.

const SETTER =
  "(?:teacher|prof|professor|lecturer|tutor|instructor|class|homework|assignment|worksheet|textbook)";
/** "my teacher asked us (to find out)", "the worksheet sets", "our tutor wants me to explain": up to the question. */
const SET_BY = new RegExp(
  `^\\s*(?:(?:ok|okay|so|hi|hey|um|well)[\\s,.!]+)*(?:my|our|the)\\s+${SETTER}\\s+(?:asked|asks|wants|wanted|told|tells|gave|gives|set|sets)\\s+(?:(?:us|me|the class)\\s+)?(?:(?:a|this)\\s+question\\s*)?(?:to\\s+(?:find out|figure out|explain|answer|work out|look up|say|write(?:\\s+down)?|describe|check)\\s+)?(?:about\\s+)?[:,-]?\\s*`,
  "i",
);
/** "…, what do I write?", "…. can u help?", "pls help": the plea after the question asks nothing more. */
const PLEA =
  /[\s,.;:!?-]+(?:(?:so\s+)?what\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:write|put|say|answer)(?:\s+(?:down|there|here))?|(?:can|could)\s+(?:u|you)\s+(?:pls\s+|please\s+)?help(?:\s+(?:me|us))?(?:\s+(?:out|pls|please))?|(?:pls|please|plz)\s+help(?:\s+(?:me|us))?|help\s+(?:(?:me|us)\s+)?(?:pls|please|plz))\s*[?!.]*\s*$/i;

const NAMES_SETTER = new RegExp(`\\b${SETTER}\\b`, "i");
/**
 * The chat "u" of a request to tell or explain ("can u tell me what this story is about"): the "you" it is; read as a
 * word of its own it kept a request for the story from being one (wave AN). Only before a verb of telling.
 */
const CHAT_YOU =
  /\b(can|could|would|will)\s+u\s+(?=(?:pls\s+|please\s+|plz\s+)?(?:tell|explain|say|show|give)\b)/gi;

/** The question without who set it and the plea after it; as it came when it has neither. */
export function withoutAskerFrame(text: string): string {
  let out = /\bu\b/i.test(text) ? text.replace(CHAT_YOU, "$1 you ") : text;
  if (NAMES_SETTER.test(out)) out = out.replace(SET_BY, "");
  if (/help|\b(?:write|put|say|answer)\b/i.test(out)) out = out.replace(PLEA, "?");
  return out.trim().length > 0 ? out : text;
}
