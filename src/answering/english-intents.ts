// The English words that ask for a summary or for quotes (ENGLISH_INTENT_WORDS, read by intents.ts), and
// the slang or chat requests for the story in brief ("eli5", "tldr pls", "the executive digest"): isBriefRequest.
// russian/intents.ts is the Russian counterpart.

import { lean } from "../lib/lean-regexp.js";
import type { IntentWords } from "./intents.js";
import { withoutArticleTopics, withoutBrevityChatter } from "./summary-chatter.js";
import { isSummaryIdiom } from "./summary-idioms.js";
import { withoutSummaryStyle } from "./summary-style.js";

/** Words that ask for the story in brief. */
const SUMMARY_WORDS = new Set([
  "summary",
  "summaries",
  "summarize",
  "summarise",
  "summarized",
  "summarised",
  "summarizing",
  "summarising",
  "summarization",
  "tldr",
  "tl",
  "dr",
  "overview",
  "recap",
  "gist",
  "synopsis",
  "rundown",
  "digest",
  "brief",
  "briefly",
  "briefing",
  "nutshell",
  "highlights",
  "outline",
  "short",
  "shortly",
  "main",
  "key",
  "sum",
  "explainer",
  "background",
  "condense",
  "condensed",
  "headline",
  "headlines",
  "shorten",
  "shortened",
  // Everyday words for the story's point: "what's the upshot of this article", "the crux of it".
  "upshot",
  "crux",
  "essence",
  "lowdown",
  "nub",
  "precis",
  // Slang for the same: "what's the skinny on it", "the scoop on this story".
  "skinny",
  "scoop",
]);

/** Word sequences inside a question that ask for brevity: their words count as summary words. */
const SUMMARY_CUES = [
  lean(
    /\bin (?:one|a|two|three|few|a few|a couple of|couple of|a couple|\d+) (?:line|lines|sentence|sentences|words?|paragraphs?)(?: or (?:two|three|so))?\b/g,
  ),
  lean(/\b(?:main|key|big) (?:points?|takeaways?|facts?|ideas?|story)\b/g),
  lean(/\bshort version\b/g),
];

/** Whole questions that ask for the story in brief, as normalised words. */
const SUMMARY_PHRASES = [
  lean(/^(?:so )?what (?:is|has) (?:happening|happened|going on)\b/),
  lean(/^what happened\b/),
  lean(/^what is (?:this|the|it) (?:story |article |news |piece )?(?:all )?about(?: then| anyway)?$/),
  lean(/^what is (?:this|the) (?:story|article|news|piece)$/),
  // "then what news do you have", "what's the story you've got": the bot's one story asked for (dialog-r2-29b).
  lean(
    /^(?:(?:so|then|ok|okay|fine|alright) )*what (?:news|story|stories|article)(?: (?:do|have|did|can) you (?:have|got|get|know|cover|know about)| you (?:have|got|cover)| is there)(?: then| for me| today)?$/,
  ),
  lean(
    /^(?:(?:so|then|ok|okay|fine|alright) )*what is the (?:story|news|article) you (?:have|have got|got|cover)(?: then)?$/,
  ),
  lean(
    /^what is (?:this|the) (?:news )?(?:story|article|news|piece|text) (?:basically |actually |really |even )?(?:saying|telling (?:me|us)|about|on about)$/,
  ),
  // Asked inside a request: "can you tell me what this story is about", "explain what the article is about" (wave AN).
  lean(
    /^(?:(?:can|could|would|will) (?:you|u) )?(?:(?:please|pls|plz) )?(?:(?:tell|explain to|show) (?:me|us) |explain |say )?(?:(?:please|pls|plz) )?what (?:this|the) (?:story|article|news|piece|text|report) is (?:all |even |actually |basically )?about(?: then| anyway| please| pls| plz)?$/,
  ),
  lean(/\bsum (?:it )?up\b/),
  lean(/\bin (?:a )?nutshell\b/),
  lean(/^(?:the )?(?:main|key) (?:points|takeaways|facts)\b/),
];

/**
 * Slang and chat asking for the story in brief ("eli5", "tldr pls", "cliff notes", "dumb it down", "the big
 * picture"). One of these, with nothing else in the message but polite or filler words, is a summary request;
 * tested before the vocabulary, since most of these words are not the knowledge base's.
 */
const BRIEF_REQUESTS = lean(
  /\b(?:eli ?5|(?:narrate|retell|recount|relate|tell(?: me| us)?|go over|run (?:me |us )?through) (?:the |this )(?:whole |entire |full )?(?:news )?(?:article|story|piece|text|news|thing)(?! (?:of|about|on|behind|between|with) )|explain (?:it |this |that |the )?(?:whole )?(?:story |article |news |piece |thing )?(?:to me )?(?:like|as if) i am (?:\d+|five|six|seven|eight|nine|ten|eleven|twelve|a (?:kid|child|baby|toddler|beginner|\d+ year old))(?: years? old)?|like i am (?:\d+|five|six|seven|eight|nine|ten|eleven|twelve)(?: years? old)?|tl ?dr|too long did not read|cliff'?s? ?notes|big picture|gist|highlights|(?:short|quick|brief|fast|abridged|condensed) (?:version|take)|long story short|key takeaways?|takeaways?|(?:main|key|basic) (?:points|facts)|the essentials|quick recap|recap|overview|rundown|summary|summari[sz]e|synopsis|(?:sum|boil|break|dumb|wrap) (?:it |this |that |things |everything |(?:the |this )?(?:whole |entire )?(?:news )?(?:article|story|news|piece|text|thing) )?(?:all )?(?:up|down)|condense (?:it|this|that|(?:the |this )?(?:whole |entire )?(?:news )?(?:article|story|news|piece|text|thing))|in (?:plain|simple|simpler|normal|everyday|layman|laymans|layman s) (?:english|words|terms|language)|short and sweet|(?:in |as |into )?(?:(?:a )?(?:\d+|one|two|three|four|five|few|couple|handful|some|several) (?:of )?)?(?:bullet ?points?|bullets|bulleted list|point form|dot points)|what is (?:this|the) (?:news )?(?:story|article|news|piece|text|report) (?:all |basically |actually |really |even )?(?:about|saying)|simply put|in a nutshell|write (?:it |this |that |(?:the |this )?(?:article|story|piece|news) )?up|explain (?:the|this) (?:whole |entire )?(?:news )?(?:article|story|piece|text|news)(?: to me)?|what (?:does|do) (?:this|the|it)(?: whole| entire)?(?: news)?(?: article| story| piece| text| thing| report)? (?:all |really |basically )?(?:come|boil) down to|what (?:should|do|can|would|am) (?:i|we|one|you) (?:supposed to )?take away from (?:this|the|it)(?: whole| entire)?(?: news)?(?: article| story| piece| text| thing| report)?)\b/g,
);
/** The story's point named beside a brief request ("the bottom line … in a nutshell"): the same request. */
const POINT_WORDS = lean(/\b(?:net net|bottom line|upshot|crux|takeaway|main point|point)\b/g);
const BRIEF_FILLERS = new Set(
  `please pls plz can could would will you u ya me us for to give tell just the a an this that it its article
  story news piece text whole all here there quick quickly real really simple simply plain english words terms
  version of in so ok okay hey hi bot mate bro lol what whats is are was happened happening going on about i my
  want need get me show deal explain main key points story whole summary summarise summarize report news then
  anyway fine alright thing yo sup hiya with gimme gimmie lemme write up put together like id d would provide
  prepare draft produce have may how`.split(/\s+/),
);

/**
 * A summary noun, with the size or register words that make it one ("the executive digest", "a potted synopsis",
 * "a brief recap", "an abstract of this report"): a request for the story in brief like BRIEF_REQUESTS.
 */
const NOUN_BRIEF = lean(
  /\b(?:(?:executive|potted|condensed|abridged|short|quick|brief|concise|compact) )?(?:digest|recap|synopsis|precis|summary|overview|rundown)\b|\b(?:an|the) abstract\b/g,
);

/** The events a text covers, asked whole: "what events does the article cover" (quality-r2-33). */
const EVENTS_COVERED =
  /^(?:so )?what (?:events|happenings|developments) (?:does|do|did) (?:this|the) (?:story|article|news|piece|text|report) (?:cover|report(?: on)?|describe|deal with|talk about|discuss)$/;

/**
 * Whether the whole message is a slang or chat request for the story in brief (see BRIEF_REQUESTS); `topics`: the
 * story's names and concepts in it, allowed where the message names the article by them (summary-chatter.ts).
 */
export function isBriefRequest(rawWords: string, topics: ReadonlySet<string> = new Set()): boolean {
  if (EVENTS_COVERED.test(rawWords)) return true;
  const words = withoutBrevityChatter(rawWords);
  // The story's topics beside an idiom only where the message names the text itself ("this putin gaza article").
  const topicsAllowed = /\b(?:article|story|piece|text|news|report)\b/.test(words);
  if (isSummaryIdiom(words, (w) => BRIEF_FILLERS.has(w) || (topicsAllowed && topics.has(w)))) return true;
  // A form or reader asked of the text itself, with only fillers beside it ("put the story as a newspaper headline").
  // The words split only for a message with a form or reader in it (most have none).
  const typed = withoutSummaryStyle(rawWords) !== rawWords ? words.split(/\s+/).filter((w) => w !== "") : [];
  if (
    typed.length > 0 &&
    typed.some((w) => /^(?:article|story|piece|text|news)$/.test(w)) &&
    typed.every((w) => BRIEF_FILLERS.has(w))
  )
    return true;
  BRIEF_REQUESTS.lastIndex = 0;
  NOUN_BRIEF.lastIndex = 0;
  if (!BRIEF_REQUESTS.test(words) && !NOUN_BRIEF.test(words)) return false;
  // "…in a couple of sentences": a size asked for beside the request is part of it.
  const rest = SUMMARY_CUES.reduce(
    (left, cue) => left.replace(cue, " "),
    words.replace(NOUN_BRIEF, " ").replace(BRIEF_REQUESTS, " ").replace(POINT_WORDS, " "),
  );
  return withoutArticleTopics(rest, words, topics)
    .split(/\s+/)
    .every((w) => w === "" || BRIEF_FILLERS.has(w) || /^\d+$/.test(w));
}

/** Verbs of asking that say nothing of the topic: "show me the quotes", "list the statements". */
const REQUEST_WORDS = new Set("show list display send see read print want need break".split(" "));

/** Words that ask for quotes (content words; "say", "said" and the like are frame words). */
const QUOTE_WORDS = new Set([
  "quote",
  "quotes",
  "quoted",
  "quotation",
  "quotations",
  "quoting",
  "cite",
  "citation",
]);
const SAYING_FRAMES = new Set([
  "say",
  "says",
  "said",
  "saying",
  "statement",
  "statements",
  "remark",
  "remarks",
  "word",
  "words",
  "claim",
  "claims",
  "comment",
  "comments",
  // The past and the -ing form are as much a saying as "comment" (quality-r2-27: "who else … commented").
  "commented",
  "commenting",
  "remarked",
  "spoken",
  "tell",
  "told",
  "mention",
  "mentioned",
  "talk",
  "talks",
  "talked",
  "talking",
  "speak",
  "speaks",
  "speaking",
  "spoke",
  "stated",
  "reported",
]);

export const ENGLISH_INTENT_WORDS: IntentWords = {
  summaryWord: (s) => SUMMARY_WORDS.has(s),
  quoteWord: (s) => QUOTE_WORDS.has(s),
  sayingFrame: (s) => SAYING_FRAMES.has(s),
  requestWord: (s) => REQUEST_WORDS.has(s),
  summaryCues: SUMMARY_CUES,
  summaryPhrases: SUMMARY_PHRASES,
  briefRequest: isBriefRequest,
  who: "who",
};
