// Requests that are not about one entry: a summary of the story, or who said what.
import { type Analysis, speakerTerm } from "./lexicon.js";

const ARTICLE_TERM = speakerTerm("article");

export type Intent = { kind: "summary" } | { kind: "quotes"; speakerId: string | null } | null;

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
]);

/** Word sequences that ask for the story in brief, as normalised words. */
const SUMMARY_PHRASES = [
  /^(?:so )?what (?:is|has) (?:happening|happened|going on)\b/,
  /^what happened\b/,
  /^what is (?:this|the|it) (?:story |article |news |piece )?(?:all )?about$/,
  /^what is (?:this|the) (?:story|article|news|piece)$/,
  /\bsum (?:it )?up\b/,
  /\bin (?:a )?nutshell\b/,
  /^(?:the )?(?:main|key) (?:points|takeaways|facts)\b/,
];

/** Verbs of asking that say nothing of the topic: "show me the quotes", "list the statements". */
const REQUEST_WORDS = new Set(["show", "list", "display", "send", "see", "read", "print", "want", "need"]);

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
  "tell",
  "told",
  "mention",
  "mentioned",
  "talk",
  "talked",
  "speak",
  "spoke",
  "stated",
  "reported",
]);

/**
 * Which non-entry request a question is, if any. `quotedSpeakers` are the ids of speakers the article quotes
 * (a request for what Erdogan said is not one: the article never quotes him).
 */
export function detectIntent(a: Analysis, words: string, quotedSpeakers: ReadonlySet<string>): Intent {
  if (a.unknown.length > 0 && a.unknown.some((t) => !isSummaryOrQuoteWord(a, t))) return null;
  // "the article", "the story" name the whole story here, not a speaker.
  const content = a.tokens.filter(
    (t) => t.role === "content" && t.term !== ARTICLE_TERM && !REQUEST_WORDS.has(t.surface),
  );
  const contentSurfaces = content.map((t) => t.surface);
  const summaryWord =
    contentSurfaces.some((s) => SUMMARY_WORDS.has(s)) || a.frames.some((f) => SUMMARY_WORDS.has(f));
  const onlySummary = contentSurfaces.every((s) => SUMMARY_WORDS.has(s));
  if (onlySummary && (summaryWord || SUMMARY_PHRASES.some((p) => p.test(words)))) return { kind: "summary" };

  const quoteWord = contentSurfaces.some((s) => QUOTE_WORDS.has(s));
  const saying = quoteWord || a.frames.some((f) => SAYING_FRAMES.has(f));
  const others = content.filter((t) => !QUOTE_WORDS.has(t.surface) && !SUMMARY_WORDS.has(t.surface));
  if (!saying) return null;
  if (others.length === 0) {
    return quoteWord || a.questionWords.includes("who") ? { kind: "quotes", speakerId: null } : null;
  }
  const speakers = new Set(a.speakers);
  if (speakers.size === 1 && others.every((t) => t.term.startsWith("@"))) {
    const [id] = speakers;
    if (id !== undefined && quotedSpeakers.has(id)) return { kind: "quotes", speakerId: id };
  }
  return null;
}

function isSummaryOrQuoteWord(a: Analysis, term: string): boolean {
  return a.tokens.some(
    (t) => t.term === term && (SUMMARY_WORDS.has(t.surface) || QUOTE_WORDS.has(t.surface)),
  );
}
