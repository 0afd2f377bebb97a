// Kind: a question about the article itself that names a topic to check, in the shapes topic-brief.ts's plain
// "is this article about X" misses: "is this the story about russia and syria?", "so this article is about china,
// right?", "which war is this article about? ukraine?", "what conflict does this text cover? the one in sudan?",
// "am I reading the right one - is this the article on north korea?", «это текст про армению?». The English engine
// reads each as "what is this article about" (the summary answers it; the Russian engine refuses them as before: read
// as the summary, «а эта статья про выборы в америке?» lost its No, America being known); the dialogue checks the topic named against the
// article and says No with what the article is about when the article does not cover it (dialogue/topic-denied.ts).
// Read as typed, the named topic was an unknown name beside "article" and the whole question was refused.

import { lean } from "../lib/lean-regexp.js";

const TEXT = "(?:article|story|piece|text|report|news(?:\\s+story)?|write-?up|one)";
const LEAD = "(?:(?:so|wait|and|but|ok|okay|hey|hmm|um|just\\s+checking)[,\\s]+)*";
/** The topic checked: up to ~80 characters, a tag ("right?", "correct?", "or what") after it left off. */
const TOPIC = "([^?!.]{2,80}?)";
const TAG =
  "(?:\\s*,?\\s*(?:right|correct|yes|yeah|no|or\\s+(?:what|not)|is\\s+it|isn'?t\\s+it|innit|then|too))?\\s*[?!.]*\\s*$";

const SHAPES = [
  // "is this the story about X", "was that the article on X", "is this the one about X" (a lead-in before a
  // dash, a full stop or a question mark may come first: "am I reading the right one - is this …").
  lean(
    new RegExp(
      `(?:^|[-–—.?!:;,]\\s*)${LEAD}(?:is|was)\\s+(?:this|that)\\s+(?:(?:the|an?)\\s+)?(?:whole\\s+)?${TEXT}\\s+(?:even\\s+|actually\\s+|really\\s+|mainly\\s+|mostly\\s+|all\\s+)?(?:about|on|regarding|covering|re)\\s+${TOPIC}${TAG}`,
      "iu",
    ),
  ),
  // "is the article about X" with a lead-in before it.
  lean(
    new RegExp(
      `(?:^|[-–—.?!:;]\\s*)${LEAD}(?:is|was)\\s+the\\s+${TEXT}\\s+(?:even\\s+|actually\\s+|really\\s+|mainly\\s+|mostly\\s+)?(?:about|on|regarding|covering)\\s+${TOPIC}${TAG}`,
      "iu",
    ),
  ),
  // "so this article is about X, right?", "the story's about X?"
  lean(
    new RegExp(
      `^\\s*${LEAD}(?:this|the)\\s+${TEXT}(?:\\s+is|'s)\\s+(?:(?:all|mainly|mostly|really|actually)\\s+)?(?:about|on|covering)\\s+${TOPIC}${TAG}`,
      "iu",
    ),
  ),
  // "which war is this article about? ukraine?", "what conflict does this text cover? the one in sudan?",
  // "what is this article about, syria?": the guess after the question is the topic checked.
  lean(
    new RegExp(
      `^\\s*${LEAD}(?:which|what)(?:\\s+(?:war|conflict|crisis|fight(?:ing)?|topic|country|region|dispute|part\\s+of\\s+the\\s+world)\\s+(?:is|does|did)|'s|\\s+is|\\s+does)\\s+(?:this|the|that)\\s+${TEXT}\\s+(?:about|on|cover|covering|discuss|deal\\s+with|talk\\s+about)\\s*[?,:-]+\\s*(?:(?:is\\s+it|was\\s+it|like|maybe|perhaps)\\s+)?(?:the\\s+one\\s+(?:in|about|with|on|between)\\s+)?${TOPIC}${TAG}`,
      "iu",
    ),
  ),
];

/** «это текст про армению?», «статья про украину, да?», «эта новость о сирии?». */
const ABOUT_RU = lean(
  /^(?:(?:а|и|так|ну|то есть|стоп)[, ]+)*(?:(?:эта|этот|это|данная|данный)\s+)?(?:статья|текст|новость|заметка|материал|статейка)\s+(?:(?:вообще|вообще-то|в основном|именно|разве|точно)\s+)?(?:про|о|об|насчёт|насчет)\s+(?!ч[её]м|кого|что|как)([^?!.]{2,80}?)(?:\s*,?\s*(?:да|нет|верно|правильно|или нет|так ведь|же))?\s*[?!.]*\s*$/iu,
);

/** What is not a topic but the article's own frame ("is this the article about this?", "…about what?"). */
const NO_TOPIC = /^(?:it|this|that|what|which|who|how|why|when|where|the\s+(?:article|story|text))\b/i;

/** Runs of white space (made once: a regexp literal in a function is a new object at each call). */
const SPACES = /\s+/g;
/** White space SPACES would change: two together, or one that is not a plain space. */
const ODD_SPACE = /\s\s|[^\S ]/;

/**
 * The first English shape's match, or null: a loop that stops there (SHAPES.map(exec).find ran every shape and built
 * an array per call; the shapes are not global, so running the later ones changed nothing — perf-r2-33).
 */
function firstMatch(text: string): RegExpExecArray | null {
  for (let i = 0; i < SHAPES.length; i++) {
    const m = SHAPES[i]!.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/** The topic a question checks the article against, or null when the question is no such check. */
export function articleTopicAsked(question: string, lang: "en" | "ru"): string | null {
  // A turn asks this of one text up to four times (topic-brief, plain-turns, topic-denied): the last reading is kept.
  if (question === last.question && lang === last.lang) return last.topic;
  const topic = topicAsked(question, lang);
  last.question = question;
  last.lang = lang;
  last.topic = topic;
  return topic;
}

/** The last text read, its language and its topic (a pure function of the two). */
const last: { question: string | null; lang: string; topic: string | null } = {
  question: null,
  lang: "",
  topic: null,
};

function topicAsked(question: string, lang: "en" | "ru"): string | null {
  // Text with single plain spaces only (most) is its own collapsed form: no new string for it.
  const text = (ODD_SPACE.test(question) ? question.replace(SPACES, " ") : question).trim();
  if (text.length > 240) return null;
  const m = lang === "ru" ? ABOUT_RU.exec(text) : firstMatch(text);
  const topic = m?.[1]?.trim();
  if (!topic || NO_TOPIC.test(topic)) return null;
  return topic;
}
