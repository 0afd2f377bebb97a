// Requests that are not about one entry: a summary of the story, or who said what.

import { lean } from "../lib/lean-regexp.js";
import { type Analysis, speakerTerm } from "./lexicon.js";
import { aboutOnlyStory, isStoryTopic } from "./roster-topic.js";
import { topicWordsOf, withoutArticleTopics, withoutBrevityChatter } from "./summary-chatter.js";
import { isSummaryIdiom } from "./summary-idioms.js";

const ARTICLE_TERM = speakerTerm("article");

/** `speakerIds` empty: every quoted speaker. */
export type Intent = { kind: "summary" } | { kind: "quotes"; speakerIds: string[] } | null;

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
  lean(
    /^what is (?:this|the) (?:news )?(?:story|article|news|piece|text) (?:basically |actually |really |even )?(?:saying|telling (?:me|us)|about|on about)$/,
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
  /\b(?:eli ?5|explain (?:it |this |that |the )?(?:whole )?(?:story |article |news |piece |thing )?(?:to me )?(?:like|as if) i am (?:\d+|five|six|seven|eight|nine|ten|eleven|twelve|a (?:kid|child|baby|toddler|beginner|\d+ year old))(?: years? old)?|like i am (?:\d+|five|six|seven|eight|nine|ten|eleven|twelve)(?: years? old)?|tl ?dr|too long did not read|cliff'?s? ?notes|big picture|gist|highlights|(?:short|quick|brief|fast|abridged|condensed) (?:version|take)|long story short|key takeaways?|takeaways?|(?:main|key|basic) (?:points|facts)|the essentials|quick recap|recap|overview|rundown|summary|summari[sz]e|synopsis|(?:sum|boil|break|dumb|wrap) (?:it |this |that |things |everything |(?:the |this )?(?:whole |entire )?(?:news )?(?:article|story|news|piece|text|thing) )?(?:all )?(?:up|down)|condense (?:it|this|that|(?:the |this )?(?:whole |entire )?(?:news )?(?:article|story|news|piece|text|thing))|in (?:plain|simple|simpler|normal|everyday|layman|laymans|layman s) (?:english|words|terms|language)|short and sweet|(?:in |as |into )?(?:(?:a )?(?:\d+|one|two|three|four|five|few|couple|handful|some|several) (?:of )?)?(?:bullet ?points?|bullets|bulleted list|point form|dot points)|what is (?:this|the) (?:news )?(?:story|article|news|piece|text|report) (?:all |basically |actually |really |even )?(?:about|saying)|simply put|in a nutshell|explain (?:the|this) (?:whole |entire )?(?:news )?(?:article|story|piece|text|news)(?: to me)?|what (?:does|do) (?:this|the|it)(?: whole| entire)?(?: news)?(?: article| story| piece| text| thing| report)? (?:all |really |basically )?(?:come|boil) down to)\b/g,
);
/** The story's point named beside a brief request ("the bottom line … in a nutshell"): the same request. */
const POINT_WORDS = lean(/\b(?:net net|bottom line|upshot|crux|takeaway|main point|point)\b/g);
const BRIEF_FILLERS = new Set(
  `please pls plz can could would will you u ya me us for to give tell just the a an this that it its article
  story news piece text whole all here there quick quickly real really simple simply plain english words terms
  version of in so ok okay hey hi bot mate bro lol what whats is are was happened happening going on about i my
  want need get me show deal explain main key points story whole summary summarise summarize report news then
  anyway fine alright thing yo sup hiya with gimme gimmie lemme write up put together like id d would provide
  prepare draft produce have may`.split(/\s+/),
);

/**
 * A summary noun, with the size or register words that make it one ("the executive digest", "a potted synopsis",
 * "a brief recap", "an abstract of this report"): a request for the story in brief like BRIEF_REQUESTS.
 */
const NOUN_BRIEF = lean(
  /\b(?:(?:executive|potted|condensed|abridged|short|quick|brief|concise|compact) )?(?:digest|recap|synopsis|precis|summary|overview|rundown)\b|\b(?:an|the) abstract\b/g,
);

/**
 * Whether the whole message is a slang or chat request for the story in brief (see BRIEF_REQUESTS); `topics`: the
 * story's names and concepts in it, allowed where the message names the article by them (summary-chatter.ts).
 */
export function isBriefRequest(rawWords: string, topics: ReadonlySet<string> = new Set()): boolean {
  const words = withoutBrevityChatter(rawWords);
  // The story's topics beside an idiom only where the message names the text itself ("this putin gaza article").
  const topicsAllowed = /\b(?:article|story|piece|text|news|report)\b/.test(words);
  if (isSummaryIdiom(words, (w) => BRIEF_FILLERS.has(w) || (topicsAllowed && topics.has(w)))) return true;
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

/** Talking with someone: a partner asked, not words ("who did Putin speak with", "who did he talk to"). */
const TALKED_WITH = lean(
  /\b(?:talk|talks|talked|talking|speak|speaks|spoke|speaking|spoken)\s+(?:with|to)\b/,
);

/** "What did Putin not mention?" asks what he left out, not his words. */
const NOT_SAID = lean(/\bnot (?:\w+ ){0,3}?(?:say|mention|talk|speak|comment|bring up|address|discuss)\b/);

/** Question words asking for a time: never a request for the words themselves. */
const WHEN_WORDS = new Set(["when", "когда"]);

/** Who-nouns beside a saying word ask for the roster: "which officials are quoted", "what people speak". */
const PEOPLE_WORDS = new Set(
  "official officials people person persons speaker speakers voice voices figure figures leader leaders politician politicians".split(
    " ",
  ),
);

/**
 * A who-noun, alone or closing a speaker's alias in the plural ("russian officials" is one alias of Moscow, yet
 * "which russian officials get mentioned" asks for the officials, every one of them).
 */
function isPeopleToken(surface: string): boolean {
  if (PEOPLE_WORDS.has(surface)) return true;
  // A plural only: "turkey leader" is one person's alias (Erdogan), "russian officials" a class.
  const last = surface.split(" ").at(-1)!;
  return surface.includes(" ") && last.endsWith("s") && PEOPLE_WORDS.has(last);
}

/** The article naming people, not anyone saying something: "every person the article names", "the people it features". */
const NAMES_ROSTER = lean(
  /\b(?:names|named|naming|feature|features|featured|cited|appear|appears|involved)\b/,
);
const NAMING_WORDS = new Set(
  "name names named naming feature features featured cited appear appears involved u".split(" "),
);
/** A count of the people the piece names or quotes: "how many people does the article name". */
const HOW_MANY_NAMED = lean(
  /\bhow many (?:people|persons|individuals|officials|leaders|politicians|figures|names|speakers|voices)\b.*\b(?:name|names|named|mention|mentions|mentioned|feature|features|featured|quote|quotes|quoted|cite|cites|cited)\b/,
);
/** How much a person counts, beside a who-noun: "the key figures", "the main people". */
const RANK_WORDS = new Set(["key", "main", "important", "major", "principal", "central"]);

/** "who else besides Putin speaks": the speakers named after it are left out of the question, not asked. */
const BESIDES = lean(/\b(?:else|besides|except|apart from|other than|aside from)\b/);
const BESIDES_WORDS = new Set(["besides", "except", "apart", "aside"]);

/** Verbs of asking that say nothing of the topic: "show me the quotes", "list the statements". */
const REQUEST_WORDS = new Set("show list display send see read print want need break".split(" "));

/** The voices themselves asked for ("break down each voice in the article", "the speakers?"): the roster. */
const VOICE_WORDS = new Set(["voice", "voices", "speaker", "speakers"]);

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

/** The words of one language that ask for a summary or for quotes. */
export interface IntentWords {
  summaryWord(surface: string): boolean;
  quoteWord(surface: string): boolean;
  /** Frame words about saying ("said", "заявил"). */
  sayingFrame(surface: string): boolean;
  requestWord(surface: string): boolean;
  /** Word sequences inside a question that ask for brevity: their words count as summary words. */
  summaryCues: RegExp[];
  /** Whole questions that ask for the story in brief, as normalised words. */
  summaryPhrases: RegExp[];
  /** A whole message asking for the story in brief in slang or chat ("eli5", "tldr pls"); absent: none. */
  briefRequest?: (words: string, topics: ReadonlySet<string>) => boolean;
  /** The question word "who" (its canonical form). */
  who: string;
  /** Nouns for people in office beside the English ones ("чиновник", "представитель"); absent: English only. */
  peopleWord?: (surface: string) => boolean;
  /** Being mentioned or quoted ("упоминается", "фигурирует"): a roster word beside a people noun. */
  mentionWord?: (surface: string) => boolean;
}

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

/**
 * Which non-entry request a question is, if any. `quotedSpeakers` are the ids of speakers the article quotes
 * (a request for what Erdogan said is not one: the article never quotes him).
 */
export function detectIntent(
  a: Analysis,
  words: string,
  quotedSpeakers: ReadonlySet<string>,
  vocabulary: IntentWords = ENGLISH_INTENT_WORDS,
): Intent {
  const { summaryWord, quoteWord: isQuoteWord, sayingFrame, requestWord } = vocabulary;
  const isPeople = (s: string) => PEOPLE_WORDS.has(s) || (vocabulary.peopleWord?.(s) ?? false);
  if (vocabulary.briefRequest?.(words, topicWordsOf(a))) return { kind: "summary" };
  if (a.unknown.length > 0 && a.unknown.some((t) => !isSummaryOrQuoteWord(a, t, words, vocabulary)))
    return null;
  const cueWords = new Set<string>();
  for (const cue of vocabulary.summaryCues)
    for (const m of words.matchAll(cue)) for (const w of m[0].split(" ")) cueWords.add(w);
  // "the article", "the story" name the whole story here, not a speaker.
  const content = a.tokens.filter(
    (t) =>
      t.role === "content" && t.term !== ARTICLE_TERM && !requestWord(t.surface) && !cueWords.has(t.surface),
  );
  const contentSurfaces = content.map((t) => t.surface);
  const asksSummary = cueWords.size > 0 || contentSurfaces.some(summaryWord) || a.frames.some(summaryWord);
  const onlySummary = contentSurfaces.every(summaryWord);
  if (onlySummary && (asksSummary || vocabulary.summaryPhrases.some((p) => p.test(words))))
    return { kind: "summary" };

  // "когда песков это заявил", "when did Peskov say that": a date asked, not the words (the entries say none).
  if (a.questionWords.some((w) => WHEN_WORDS.has(w))) return null;
  const quoteWord = contentSurfaces.some(isQuoteWord);
  // "who is speaking in this piece": a saying word the lexicon keeps as content is still a saying word.
  const sayingContent = contentSurfaces.some(sayingFrame);
  // "Who did Putin speak with?" asks whom he talked to, not his words.
  // "кто из российских чиновников упоминается", "перечисли российских спикеров": people in office beside a word
  // of being mentioned, or a request to list them, ask for them.
  const mentionsPeople =
    a.tokens.some((t) => t.surface.split(" ").some(isPeople)) &&
    a.tokens.some((t) => (vocabulary.mentionWord?.(t.surface) ?? false) || requestWord(t.surface));
  const saying =
    quoteWord ||
    mentionsPeople ||
    ((a.frames.some(sayingFrame) || sayingContent) && !TALKED_WITH.test(words) && !NOT_SAID.test(words));
  const others = content.filter(
    (t) =>
      !isQuoteWord(t.surface) &&
      !summaryWord(t.surface) &&
      !sayingFrame(t.surface) &&
      !(vocabulary.mentionWord?.(t.surface) ?? false) &&
      !requestWord(t.surface) &&
      !BESIDES_WORDS.has(t.surface),
  );
  if (!saying) {
    // "the speakers?", "who are all the russian voices in the piece", "every person the article names": the roster.
    // "who are the key figures in this story", "which officials does the article feature": people of the piece.
    const asksWhoOfPiece =
      a.questionWords.some((w) => w === vocabulary.who || w === "which") &&
      (NAMES_ROSTER.test(words) || /\b(?:article|story|piece|text|report)\b/.test(words));
    // "who is featured in the story", "who appears in the article", "who is named": whoever the piece names.
    // Without a word for the piece, "who is involved" asks for the warring parties, not the roster.
    const namesPiece = /\b(?:article|story|piece|text|report)\b/.test(words);
    if (
      a.questionWords.includes(vocabulary.who) &&
      NAMES_ROSTER.test(words) &&
      (namesPiece || !/\binvolved\b/.test(words)) &&
      others.every((t) => NAMING_WORDS.has(t.surface))
    )
      return { kind: "quotes", speakerIds: [] };
    // "how many people does the article name": the roster is the count.
    if (HOW_MANY_NAMED.test(words) && others.every((t) => isPeople(t.surface) || NAMING_WORDS.has(t.surface)))
      return { kind: "quotes", speakerIds: [] };
    const rosterWords = others.filter(
      (t) =>
        VOICE_WORDS.has(t.surface) ||
        ((NAMES_ROSTER.test(words) || asksWhoOfPiece) &&
          isPeopleToken(t.surface) &&
          // "which figures does the article give" asks for numbers; "who are the key figures" for people.
          (!/\bfigures?$/.test(t.surface) || a.questionWords.includes(vocabulary.who))),
    );
    const voices =
      rosterWords.length > 0 &&
      others.every(
        (t) =>
          rosterWords.includes(t) ||
          t.term.startsWith("@") ||
          NAMING_WORDS.has(t.surface) ||
          (asksWhoOfPiece && RANK_WORDS.has(t.surface)),
      );
    return voices ? { kind: "quotes", speakerIds: [] } : null;
  }
  const asksWho = quoteWord || a.questionWords.includes(vocabulary.who);
  if (others.length === 0) return asksWho ? { kind: "quotes", speakerIds: [] } : null;
  // "who else besides Putin speaks": the speakers named after it are left out, every other one asked.
  const besides = asksWho && BESIDES.test(words);
  // "What did Peskov and the Foreign Ministry say": every other word names a speaker the article quotes.
  const speakerIds = [...new Set(a.speakers)];
  const allNamed = (tokens: typeof others) => tokens.every((t) => t.term.startsWith("@"));
  // "кто от России что заявил", "кто из Кремля высказывается": who from Russia or the Kremlin asks for its voices.
  const whoFromRussia =
    asksWho && speakerIds.length > 0 && speakerIds.every((id) => id === "russia" || id === "kremlin");
  if (!besides && !whoFromRussia && allNamed(others) && speakerIds.every((id) => quotedSpeakers.has(id))) {
    return { kind: "quotes", speakerIds };
  }
  // "which (Russian) officials are quoted", "who from Moscow is quoted": every quoted speaker ("what people does
  // Putin speak about" asks whom he mentions; "which Erdogan quotes…" asks his, by the rule above or the ranker).
  const isRosterPeople = (s: string) => isPeopleToken(s) || (vocabulary.peopleWord?.(s) ?? false);
  const people = others.filter((t) => isRosterPeople(t.surface));
  const asksWhoIsQuoted =
    contentSurfaces.includes("quoted") && a.questionWords.some((w) => w === vocabulary.who || w === "which");
  const asksRoster =
    (people.length > 0 && (!/\b(?:about|о|об|про)\b/.test(words) || aboutOnlyStory(a))) ||
    besides ||
    asksWhoIsQuoted ||
    whoFromRussia;
  // "…высказываются по конфликту": the whole story as the topic narrows nothing.
  if (asksRoster && allNamed(others.filter((t) => !isRosterPeople(t.surface) && !isStoryTopic(a, t))))
    return { kind: "quotes", speakerIds: [] };
  return null;
}

function isSummaryOrQuoteWord(a: Analysis, term: string, words: string, vocabulary: IntentWords): boolean {
  return a.tokens.some(
    (t) =>
      t.term === term &&
      (vocabulary.summaryWord(t.surface) ||
        vocabulary.quoteWord(t.surface) ||
        PEOPLE_WORDS.has(t.surface) ||
        (vocabulary.peopleWord?.(t.surface) ?? false) ||
        (vocabulary.mentionWord?.(t.surface) ?? false) ||
        vocabulary.requestWord(t.surface) ||
        NAMING_WORDS.has(t.surface) ||
        vocabulary.summaryCues.some((cue) =>
          [...words.matchAll(cue)].some((m) => m[0].split(" ").includes(t.surface)),
        )),
  );
}
