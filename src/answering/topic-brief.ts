// Two English shapes that ask for the story in brief about one thing, read as the plainer question they ask
// (readers.ts; the knowledge base's own phrasings are not rewritten):
// - a brevity request beside a topic ("summarise putin's position in two sentences", "tl;dr of the Quartet part",
//   "recap of what the foreign ministry said", "gist of the kremlin's role pls"): what the article says of that
//   topic. Alone or with the article named ("summarise the article") it stays the summary the intents read; left
//   as typed, "tldr" and "summarise" were read as unknown names beside the topic and the question was refused;
// - whether the article is about something ("is this article about Ukraine?", "is the story about gaza"): what it
//   is about, the summary, which answers yes or no by itself. An unknown name there is checked, not asked about;
// - what the article says of something ("what does the article say about the US", "what is said about erdogan in
//   the piece", "how does the story describe israel", "tell me about the quartet"): what about it. Read as typed,
//   "say" made it a question about that party's own words, and a party the article reports no words of (the US,
//   Erdogan, Israel's government) was refused as not in the article although the article says much about it.

import { latin1Viewer, replaceOnView } from "../lib/latin1-view.js";
import { lean, leanRegExp } from "../lib/lean-regexp.js";
import { singleSpaced } from "../lib/single-spaced.js";
import { articleTopicAsked } from "./article-topic-check.js";
import { withoutHurry } from "./summary-chatter.js";
import { withoutSummaryStyle } from "./summary-style.js";

/** Asks for brevity: a verb or a noun of summing up, with its plea ("give me", "gimme", "lemme have": quality43). */
const BRIEF =
  "(?:summari[sz]e|sum\\s+up|recap|tl\\s*;?\\s*dr|(?:(?:give\\s+(?:me|us)|gimme|lemme\\s+(?:have|get)|let\\s+me\\s+(?:have|get))\\s+|quick\\s+|short\\s+)?(?:the\\s+|a\\s+)?(?:gist|rundown|recap|summary|tl\\s*;?\\s*dr|short\\s+version|cliff\\s*notes)(?:\\s+(?:of|on|about|for))?)";
/** What is asked about: a few words (a size, a part's name or a plea after it is dropped). */
const TOPIC = "(.{3,80}?)";
/** What may follow the topic: the part it names, the answer's size, a plea. */
const AFTER =
  "(?:\\s+(?:part|bit|section|paragraph|stuff|thing|angle|side\\s+of\\s+things))?(?:\\s*,?\\s*(?:in\\s+)?(?:one|a|two|three|(?:a\\s+)?couple\\s+of|a\\s+few|\\d+)\\s+(?:sentences?|lines?|words?|bullet\\s+points?)(?:\\s+or\\s+(?:two|three|so))?(?:\\s+(?:max|maximum|tops|at\\s+most|or\\s+less|only))?)?(?:\\s*,?\\s*(?:pls|please|plz|thx|thanks))?";
const BRIEF_ON_TOPIC = leanRegExp(
  `^\\s*(?:(?:can|could)\\s+(?:you|u)\\s+)?${BRIEF}\\s+${TOPIC}${AFTER}\\s*[?!.]*\\s*$`,
  "id",
);
const TOPIC_BRIEF = leanRegExp(
  `^\\s*${TOPIC}${AFTER}\\s*[,:-]?\\s*(?:tl\\s*;?\\s*dr|summary|recap|in\\s+short|in\\s+brief|briefly|in\\s+a\\s+nutshell)\\s*[?!.]*\\s*$`,
  "id",
);

/** A topic that is the article itself (or nothing): the summary the intents read, not a question about one thing. */
const THE_ARTICLE = lean(
  /^(?:(?:the|this|that)\s+)?(?:whole|entire|news|thing|situation|conflict|war|events|it|everything|all)\b|\b(?:article|story|piece|text|report|news)\b/i,
);

/** Words that say how to answer, not what about ("tl;dr pls", "the gist in like 2 sentences, no waffle"), and the
 * plea around it ("give me the tl;dr"). */
const HOW_TO_ANSWER = lean(
  /^(?:pls|please|plz|thx|thanks|ty|version|notes|cliffnotes|cliff|in|like|a|an|the|of|on|for|quick|quickly|short|brief|briefly|real|no|waffle|fluff|filler|padding|bs|one|two|three|\d+|lines?|sentences?|words?|bullet|points?|me|us|it|this|so|ok|okay|just|lol|bro|mate|rn|now|asap|version|form|max|tops|or|less|so|then|give|gimme|get|show|tell|can|could|would|you|u|ya|i|want|need|go|executive|potted|condensed|abridged|concise|compact|style)$/,
);

/** A verb that asks for the topic laid out, before it ("outline putin's position in short", "give me moscow's
 * stance in a nutshell"): how to answer, not part of the topic. */
const LAY_OUT = lean(
  /^(?:(?:just|please|pls)\s+)?(?:outline|describe|explain|state|lay\s+out|give(?:\s+(?:me|us))?|gimme|tell\s+(?:me|us)|show\s+(?:me|us))\s+/i,
);

/** "is this article about ukraine", "is the story about gaza", "is this news about the war in gaza". */
const ABOUT_CHECK = lean(
  /^\s*(?:so\s+|wait\s+|and\s+)?(?:is|was)\s+(?:this|the|that)\s+(?:whole\s+)?(?:news\s+)?(?:article|story|piece|text|report|news)\s+(?:even\s+|actually\s+|really\s+|also\s+)?(?:about|on|related\s+to|covering)\s+\S/i,
);

const THE_TEXT =
  "(?:the|this|that|ur|your)\\s+(?:article|story|piece|text|report|author|writer|news\\s+story)";
/** "what does the article say about X", "what is said about X in the piece", "how does the story describe X". */
const ARTICLE_ON_TOPIC = [
  leanRegExp(
    `^\\s*(?:so\\s+|ok\\s+|and\\s+)?(?:what|wat|wht)\\s+(?:does|did|do|dos|dose)\\s+(?:${THE_TEXT}|it)\\s+(?:say|mention|tell\\s+(?:us|me)|write|report|have\\s+to\\s+say)\\s+(?:about|abt|on|regarding|re)\\s+${TOPIC}\\s*[?!.]*\\s*$`,
    "id",
  ),
  leanRegExp(
    `^\\s*(?:what|wat|wht)(?:'s|s|\\s+is|\\s+was)\\s+(?:said|written|reported|mentioned)\\s+(?:about|abt|on|regarding)\\s+${TOPIC}(?:\\s+in\\s+${THE_TEXT})?\\s*[?!.]*\\s*$`,
    "id",
  ),
  leanRegExp(
    `^\\s*how\\s+(?:does|did)\\s+${THE_TEXT}\\s+(?:describe|portray|present|depict|show|characteri[sz]e)\\s+${TOPIC}\\s*[?!.]*\\s*$`,
    "id",
  ),
  leanRegExp(
    `^\\s*how\\s+(?:is|are|was|were)\\s+${TOPIC}\\s+(?:described|portrayed|presented|depicted|shown|characteri[sz]ed)(?:\\s+in\\s+${THE_TEXT})?\\s*[?!.]*\\s*$`,
    "id",
  ),
  leanRegExp(
    `^\\s*(?:(?:can|could)\\s+(?:you|u)\\s+)?tell\\s+(?:me|us)\\s+(?:more\\s+)?about\\s+${TOPIC}\\s*[?!.]*\\s*$`,
    "id",
  ),
];

/** A part of the article by its place: "the ending of the article", "the last paragraph of the story". */
const ARTICLE_PART = lean(
  /^(?:the\s+)?(?:ending|end|conclusion|close|last\s+(?:part|paragraph|bit|section)|final\s+(?:part|paragraph|bit|section))\s+(?:of|in)\s+(?:the|this|that)\s+(?:article|story|piece|text|report)$/i,
);

/**
 * Text with its characters above U+00FF made one (lib/latin1-view.ts; rss29): the patterns here keep one-byte code
 * only. A topic is cut from the text itself at its capture's place (the d flag's indices; the view keeps positions).
 */
const view = latin1Viewer([
  ABOUT_CHECK,
  ...ARTICLE_ON_TOPIC,
  BRIEF_ON_TOPIC,
  TOPIC_BRIEF,
  LAY_OUT,
  THE_ARTICLE,
  ARTICLE_PART,
]);

/** The topic a match on the view of `text` captured (group 1), cut from `text` itself. */
function topicOf(text: string, m: RegExpExecArray): string {
  const at = m.indices?.[1];
  return at ? text.slice(at[0], at[1]) : (m[1] ?? "");
}

/** Longer than this, a message is no brief asked of one topic (the topic is at most 80 characters). */
const MAX_BRIEF_CHARS = 240;

/** The plainer question a brief-on-a-topic or an is-it-about check asks, or the question as it came. */
export function asTopicBrief(question: string): string {
  // "is this the story about syria?", "which war is this article about? ukraine?" (article-topic-check.ts).
  if (ABOUT_CHECK.test(view(question)) || articleTopicAsked(question, "en") !== null)
    return "what is this article about";
  // Read on the message with its white space runs made one space and a length bound: the two patterns' lazy topic
  // beside optional white space backtracks on long runs of spaces (seconds on 512 spaces), and a brief asked of a
  // topic is at most ~80 words of topic plus its frame.
  // The style it is asked in ("…, elevator-pitch style", "like a headline") is dropped first, so the size or the
  // idiom before it closes the request.
  const typed = singleSpaced(
    withoutSummaryStyle(singleSpaced(question)).replace(/\s*[,;:-]+\s*(?=[?!.]*\s*$)/, ""),
  ).trim();
  if (typed.length > MAX_BRIEF_CHARS) return question;
  const viewed = view(typed);
  const said = ARTICLE_ON_TOPIC.map((p) => p.exec(viewed)).find((m) => m !== null);
  if (said?.[1]) return onTopic(topicOf(typed, said).trim(), question);
  const m = BRIEF_ON_TOPIC.exec(viewed) ?? TOPIC_BRIEF.exec(viewed);
  if (!m) return question;
  // The style it is asked in is how to answer, not a topic ("tl;dr please, like a tweet"; summary-style.ts).
  const unstyled = withoutSummaryStyle(topicOf(typed, m).trim())
    .trim()
    .replace(/^(?:of|on|about|for)\s+/i, "");
  const topic = replaceOnView(unstyled, view(unstyled), LAY_OUT, "");
  // The asker's hurry is no topic either ("the gist in a hurry"; summary-chatter.ts).
  if (
    withoutHurry(topic)
      .split(/[^\w']+/)
      .every((w) => w === "" || HOW_TO_ANSWER.test(w))
  )
    return question;
  // "recap of what the foreign ministry said", "summarise what happened": the clause is the question.
  if (/^(?:what|who|why|how|where|which)\b/i.test(topic)) return topic;
  // "tl;dr the ending of the article pls": a part of the article is asked, read as that part (dialog53, d47-18).
  const topicViewed = view(topic);
  if (ARTICLE_PART.test(topicViewed)) return topic;
  return THE_ARTICLE.test(topicViewed) ? question : `what about ${topic}`;
}

/**
 * What the article says of a topic, asked: "what about <topic>"; a clause is the question itself ("what does the
 * article say about why russia…"); the article itself or nothing stays as typed.
 */
function onTopic(topic: string, question: string): string {
  if (/^(?:what|who|why|how|where|which|when|whether|if)\b/i.test(topic)) return topic;
  return THE_ARTICLE.test(view(topic)) ? question : `what about ${topic}`;
}
