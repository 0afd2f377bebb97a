// A part of the article asked as a whole ("how does the article open?", "what's in the first paragraph?", "what does
// the opening line say", "how does the story end"): what that paragraph's lead sentence says, found as that sentence
// would find it. Read as typed, "open" drew the Kremlin's open communication and "begin"/"start" the missing start
// of the war. A part named beside a question of its own ("in the opening paragraph, who is fighting?") is that
// question's, and the engine's named-paragraph tie-break reads it (named-paragraph.ts).
import type { Article } from "../knowledge/index.js";
import { leanRegExp } from "../lib/lean-regexp.js";
import { ORDINALS } from "./named-paragraph.js";

const FIRST_WORDS = new Set([
  "opening",
  "introductory",
  "intro",
  "introduction",
  "lead",
  "open",
  "opens",
  "begin",
  "begins",
  "start",
  "starts",
]);
const LAST_WORDS = new Set([
  "last",
  "final",
  "closing",
  "concluding",
  "end",
  "ends",
  "finish",
  "finishes",
  "close",
  "closes",
  "conclude",
  "concludes",
  "ending",
  "wrap",
]);

const TEXT = "(?:article|story|piece|text|report|news story|news piece|news|write up|it)";
/** "how does the article open", "how does the story end". */
const HOW_IT_GOES = leanRegExp(
  `^(?:so |and |ok )?how (?:does|did|do) (?:the |this )?${TEXT} (open|opens|begin|begins|start|starts|kick off|end|ends|finish|finishes|close|closes|conclude|concludes|wrap up)$`,
);
/** A part of the text: "the first paragraph", "the opening line", "the article opening", "paragraph 3". */
const PART = `(?:the |this )?(?:${TEXT} )?(?:(?:(${ORDINALS.join("|")}|opening|introductory|intro|lead|last|final|closing|concluding) (?:paragraph|para|part|section|line|lines|sentence|sentences|bit))|(opening|intro|introduction|ending)|paragraph (\\d{1,2}))`;
/** "what does <part> say", "what is in <part>", "what is <part> about". */
const WHAT_PART = leanRegExp(
  `^(?:so |and |ok )?what (?:is|does|do|did|was) (?:in )?${PART}(?: (?:say|says|about|cover|covers|contain|contains|tell us|tell me|talk about|discuss|on about))?$`,
);

/** The paragraph (1-based) a question (normalised words) asks about as a whole, or null. */
export function paragraphAsked(words: string, count: number): number | null {
  const how = HOW_IT_GOES.exec(words);
  if (how) return LAST_WORDS.has(how[1]!.split(" ")[0]!) ? count : 1;
  const part = WHAT_PART.exec(words);
  if (!part) return null;
  const named = part[1] ?? part[2];
  const n =
    part[3] !== undefined
      ? Number(part[3])
      : named !== undefined && ORDINALS.includes(named)
        ? ORDINALS.indexOf(named) + 1
        : named !== undefined && LAST_WORDS.has(named)
          ? count
          : named !== undefined && FIRST_WORDS.has(named)
            ? 1
            : null;
  return n !== null && n >= 1 && n <= count ? n : null;
}

/** The first sentence of a paragraph (1-based). */
export function leadSentence(article: Article, paragraph: number): string {
  return article.sentences.find((s) => s.paragraph === paragraph)?.text ?? article.paragraphs[paragraph - 1]!;
}
