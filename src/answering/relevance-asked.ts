// Whether something in the story matters, asked of it ("russian speakers in israel, is that relevant somehow", "is
// the bit about former russian citizens relevant at all", "why is the quartet relevant here", "the ex-russians in
// israel, why does that even matter", "what's the significance of russia's ties with hamas"): what the article says
// of that thing, read as "what about <topic>" (topic-brief.ts reads the same for a brief asked of a topic). Left as
// typed, "relevant", "somehow", "matter" and "significance" are words the knowledge base never uses, and beside a
// short topic they pulled the best entry under the line: "not sure which" or a refusal (blind66). A topic the article
// never names stays refused by the gate ("is the weather in moscow relevant").
import { lean } from "../lib/lean-regexp.js";

/** What is asked about: a few words. */
const TOPIC = "(.{3,80}?)";
/** Whether it weighs: "relevant", "important", "significant", "of any relevance". */
const WEIGHS =
  "(?:relevant|important|significant|meaningful|of\\s+(?:any\\s+)?(?:relevance|importance|significance))";
/** The hedges and places a relevance ask trails: "somehow", "at all", "here", "to the story". */
const TRAIL =
  "(?:\\s+(?:somehow|at\\s+all|here|even|really|though|then|in\\s+(?:this|the\\s+(?:story|article))|to\\s+(?:this|anything|the\\s+(?:story|article|conflict))))*";
const END = "\\s*[?!.]*\\s*$";
const LEAD = "^\\s*(?:(?:so|and|but|ok|okay|wait|hmm|also)[\\s,]+)?";
const HEDGE = "(?:(?:even|really|actually|at\\s+all|in\\s+any\\s+way|somehow)\\s+)?";

const RELEVANCE_ASKED: readonly RegExp[] = [
  // "is the quartet relevant at all", "are the russian speakers in israel important here"
  new RegExp(`${LEAD}(?:is|are|was|were)\\s+${TOPIC}\\s+${HEDGE}${WEIGHS}${TRAIL}${END}`, "i"),
  // "why is the quartet relevant here", "how is russia's tie to hamas relevant", "why are they even mentioned"
  new RegExp(
    `${LEAD}(?:why|how)\\s+(?:is|are|was|were)\\s+${TOPIC}\\s+${HEDGE}(?:${WEIGHS}|mentioned|brought\\s+up)${TRAIL}${END}`,
    "i",
  ),
  // "russian speakers in israel is that relevant somehow", "the quartet - does that matter?"
  new RegExp(
    `${LEAD}${TOPIC}\\s*[,:;-]*\\s+(?:is|was)\\s+(?:that|this|it)\\s+${HEDGE}${WEIGHS}${TRAIL}${END}`,
    "i",
  ),
  new RegExp(
    `${LEAD}${TOPIC}\\s*[,:;-]*\\s+(?:why\\s+)?(?:does|would|should|do)\\s+(?:that|this|it)\\s+${HEDGE}matter${TRAIL}${END}`,
    "i",
  ),
  // "does the quartet even matter here", "why does the ex-citizens thing matter"
  new RegExp(`${LEAD}(?:why\\s+)?(?:does|do|did)\\s+${TOPIC}\\s+${HEDGE}matter${TRAIL}${END}`, "i"),
  // "what's the significance of russia's ties with hamas", "the relevance of the quartet?"
  new RegExp(
    `${LEAD}(?:(?:what(?:'s|\\s+is|\\s+was)|whats)\\s+)?(?:the\\s+)?(?:relevance|significance|importance)\\s+of\\s+${TOPIC}${TRAIL}${END}`,
    "i",
  ),
];

/** A topic that is the text itself or only a pronoun: nothing of the story named ("is this relevant"). */
const NO_TOPIC = lean(
  /^(?:(?:the|this|that|it|any|all|of|about)\s+)*(?:it|this|that|them|they|he|she|any\s+of\s+(?:it|this)|article|story|piece|text|news)$/i,
);
/** "the bit about …", "the mention of …", "the fact that …": the part word, not the topic. */
const PART_OF = lean(
  /^(?:the|that|this)\s+(?:bit|part|section|passage|mention|line|stuff|thing|point)\s+(?:about|on|of|regarding)\s+|^the\s+fact\s+that\s+/i,
);

/** Longer than this, a message is no relevance asked of one topic. */
const MAX_CHARS = 160;

/** The relevance of a topic asked, read as "what about <topic>"; else the question as it came. */
export function asRelevanceAsked(text: string): string {
  if (text.length > MAX_CHARS) return text;
  for (const re of RELEVANCE_ASKED) {
    const m = re.exec(text);
    if (!m?.[1]) continue;
    const topic = m[1].trim().replace(PART_OF, "").trim();
    if (topic.length < 3 || NO_TOPIC.test(topic)) return text;
    return `what about ${topic}`;
  }
  return text;
}
