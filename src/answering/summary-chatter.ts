// Chat around a request for the story in brief: how short it should be ("no fluff", "no waffle", "real quick")
// and the article named by its topic ("this putin gaza article", "the whole article about russia and the middle
// east"). Neither asks about one thing: taken off, what is left decides whether the message asks for a summary.

import { latin1Viewer, replaceOnView } from "../lib/latin1-view.js";
import { lean, leanRegExp } from "../lib/lean-regexp.js";
import type { Analysis } from "./lexicon.js";
import { withoutSummaryStyle } from "./summary-style.js";

/** Brevity asked for in chat: how to answer, not what. */
const BREVITY = lean(
  /\b(?:no|without(?: the| any)?|minus(?: the)?|skip(?: the)?|cut(?: the)?) (?:fluff|waffle|waffling|filler|padding|bs|bullshit|nonsense|frills|extras|jargon|rambling|blah|spin|commentary)\b|\b(?:real |super |very )?quick(?:ly)?\b(?! version| take)|\bkeep it (?:short|brief|simple|tight)\b|\bas (?:short|brief) as (?:possible|you can)\b/g,
);

/** Amounts of time an asker says they have ("30 seconds", "a minute", "a couple of minutes"). */
const SPAN =
  "(?:like )?(?:\\d+|a|one|two|three|five|ten|fifteen|thirty|sixty|ninety|a few|a couple(?: of)?|few) (?:seconds?|secs?|minutes?|mins?)";
/** A place the asker must be at soon ("my meeting", "the bus", "class"). */
const ENGAGEMENT =
  "(?:(?:my|the|our|a) )?(?:bus|train|flight|plane|meeting|class|lecture|shift|taxi|cab|uber|ride|lunch break|break|exam|test|interview|call|appointment|date|boss|stop)";
/**
 * The asker's hurry ("I've got 30 seconds before my meeting", "my bus leaves in two minutes", "I'm about to board a
 * plane", "I've got a train to catch", "in a hurry"): why they want it short, not what — taken off like brevity.
 */
const HURRY = leanRegExp(
  [
    `(?:i (?:have |m |am )?|ive |im )?(?:only |just )?(?:got |have )?(?:only |just )?${SPAN}(?! (?:version|pitch|summary|take|recap|rundown|read|overview|brief|explainer))(?: (?:left|to spare|tops|max|at most))?(?: (?:before|until|till|til) ${ENGAGEMENT}(?: (?:starts?|begins?|leaves?|arrives?|ends?))?)?`,
    `${ENGAGEMENT} (?:leaves?|starts?|begins?|boards?|arrives?|ends?|is (?:leaving|starting|boarding|arriving|here|due|coming))(?: (?:in ${SPAN}|soon|now|any (?:minute|second)(?: now)?))?`,
    `(?:i m |im |i am )(?:about to|going to|gonna|off to|heading (?:to|for|into)|late for|running (?:late|to)) (?:board|catch|get on|hop on|jump on|run to|go to|leave for|walk into|head (?:into|to))?(?: ${ENGAGEMENT})?`,
    `(?:i (?:have |ve )?|ive )?(?:got )?${ENGAGEMENT} to (?:catch|make|get to|run to|attend)`,
    `before ${ENGAGEMENT}(?: (?:starts?|begins?|leaves?|ends?))?`,
    `(?:i m |im |i am )?(?:in a (?:rush|hurry)|rushing|short on time|pressed for time|running late)`,
    `(?:i (?:have |ve )?|ive )?(?:got )?(?:no|not much|little|zero) time(?: to spare| left)?`,
  ]
    .map((p) => `\\b${p}\\b`)
    .join("|"),
  "g",
);

/** Text with its characters above U+00FF made one (lib/latin1-view.ts): the two keep one-byte code only (rss29). */
const view = latin1Viewer([BREVITY, HURRY]);

/** The text without the asker's hurry ("the gist in a hurry" -> "the gist"); any case, apostrophes read as spaces. */
export function withoutHurry(text: string): string {
  const words = text.toLowerCase().replace(/['\u2019]/g, " ");
  return replaceOnView(words, view(words), HURRY, " ");
}

/** A noun naming the text itself. */
const ARTICLE_NOUN = lean(/\b(?:article|story|piece|text|news|report|thing|item|writeup)\b/);

/** The words of a question's known names and concepts ("putin", "gaza", "middle", "east"): the story's topics. */
export function topicWordsOf(a: Analysis): Set<string> {
  const topics = new Set<string>();
  for (const t of a.tokens)
    if (t.role === "content" && t.known && /^[@=]/.test(t.term)) {
      // A one-word surface is its own word: no array made for it (perf36b).
      if (!t.surface.includes(" ")) topics.add(t.surface);
      else for (const w of t.surface.split(" ")) topics.add(w);
    }
  return topics;
}

/** The words without brevity chatter ("give me the gist no waffle" -> "give me the gist"). */
export function withoutBrevityChatter(words: string): string {
  // …and the style it is asked in ("like a tweet", "in telegram style"; summary-style.ts).
  // …and the asker's hurry ("I've got 30 seconds before my meeting").
  const unhurried = replaceOnView(words, view(words), HURRY, " ");
  return withoutSummaryStyle(replaceOnView(unhurried, view(unhurried), BREVITY, " "));
}

/**
 * What is left of a summary request without the story's topics and the "and" between them, where the message names
 * the text itself ("article", "story"): "of this putin gaza article pls" -> "of this article pls".
 */
export function withoutArticleTopics(rest: string, words: string, topics: ReadonlySet<string>): string {
  if (!ARTICLE_NOUN.test(words)) return rest;
  return rest
    .split(" ")
    .filter((w) => !topics.has(w) && w !== "and")
    .join(" ");
}
