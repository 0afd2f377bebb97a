// How long the reply should be, asked beside a real question ("what does putin want, one line", "in one sentence,
// what is putin hoping for?", "short answer pls", "briefly: who did he call?"): how to answer, not what. Left in,
// "line" read as the knowledge base's "policy" and "one"/"short" as content, so the question drifted to another
// entry or was refused. Only a message with a question word loses it: "the story in one line" has none, and stays
// a summary request (intents.ts reads its size words). The manner inside a request before the question word ("can
// you tell me briefly what the Russian President said …") goes too (quality46): left in, "briefly" set the question
// between entries and it was refused as ambiguous.
import { lean, leanRegExp } from "../lib/lean-regexp.js";

/** A question word or an auxiliary opening a yes/no: the message asks something besides the length. */
const ASKS = lean(
  /\b(?:what|whats|what's|who|whom|whose|why|how|where|which|when|does|did|do|is|are|was|were|can|could|will|would|has|have)\b/i,
);

const SIZE = "(?:one|1|a|single|two|2|a couple of|couple of|a few|few)";
const UNIT = "(?:line|lines|liner|sentence|sentences|word|words)";

/** The story itself asked for ("what's the deal with this news piece in a sentence or two"): a summary's size. */
const STORY_ASKED = lean(/\b(?:article|piece|story|news|text|report|deal)\b/i);

/** The length asked: "in one line", ", one line", "one-liner", "2-sentence answer", "short answer pls", "briefly:". */
const LENGTH = leanRegExp(
  [
    `(?:^|[,;:(\\s-]+)(?:in|as|with)?\\s*${SIZE}[ -]${UNIT}(?:\\s+(?:answer|reply|version|summary))?(?:\\s+(?:or\\s+(?:two|so|less)))?(?:\\s+(?:only|max|maximum|pls|please|plz))*\\)?(?=\\s*(?:[,;:?.!-]|$))`,
    `(?:^|[,;:(\\s-]+)(?:a\\s+)?(?:short|quick|brief)\\s+answer(?:\\s+(?:only|pls|please|plz))*(?=\\s*(?:[,;:?.!-]|$))`,
    // "a 2-sentence recap of …", "a one-line answer on …": the size before the noun
    `\\b${SIZE}[ -](?:line|liner|sentence|word|paragraph)(?=\\s+(?:recap|summary|answer|reply|version|overview|rundown|explanation|description|take)\\b)`,
    `^\\s*(?:briefly|in\\s+brief|in\\s+short|quickly)\\s*[,:;-]`,
    `(?:[,;:\\s-]+)(?:briefly|in\\s+brief|in\\s+short)(?=\\s*[?.!]?\\s*$)`,
    // (quality46) The manner inside a request before its question: "can you tell me briefly what …", "could you
    // quickly explain why …", "tell us in a nutshell who …".
    `(?<=\\b(?:tell|explain(?:\\s+to)?|remind|show)\\s+(?:me|us)\\s+)(?:briefly|quickly|in\\s+brief|in\\s+short|in\\s+a\\s+nutshell|real\\s+quick)(?=\\s+(?:what|who|whom|why|how|where|which|when|whether|if)\\b)`,
    `(?<=\\b(?:can|could|would|will)\\s+you\\s+)(?:briefly|quickly|just\\s+briefly|real\\s+quick)(?=\\s+(?:tell|explain|say|sum\\s+up|summari[sz]e)\\b)`,
  ].join("|"),
  "gi",
);

/** The question without the reply length asked beside it, or as it came. */
export function withoutReplyLength(text: string): string {
  if (text.length > 300 || !ASKS.test(text) || STORY_ASKED.test(text)) return text;
  const bare = text
    .replace(LENGTH, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
  return ASKS.test(bare) && /\p{L}{3,}/u.test(bare) ? bare : text;
}
