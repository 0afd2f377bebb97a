// A long English message that tells the asker's own story first and asks at its end ("so my uncle was watching the
// news … and now we're arguing again. Anyway, settle it for us: who exactly does Putin blame in this piece?"). The
// story's own words (a coworker from Haifa, telegram at 3am, an uncle's TV) are off the story and the whole, or a
// stretch of the story that asks in passing ("turkey was involved i think?"), tripped the gate though the question
// itself is the article's. Its final question is read alone (message-reading.ts): it stands only when it names
// nothing the article does not know itself — a name or topic off the story in the question still refuses it.
import { singleSpaced } from "../lib/single-spaced.js";
import { letteredWordCount } from "../lib/word-count.js";

/** Fewer words than this is a question with a lead-in, read by the readers as it is: no story to set aside. */
const STORY_WORDS = 25;
/** A final question this short says too little to stand for the message ("why?"). */
const MIN_QUESTION_WORDS = 4;

/** Where the story ends and the question starts: a sentence's end, a colon, or a word turning to the question. */
const TURNS =
  /(?<=[.!?;:…])\s+|(?:^|[\s,])(?:anyway|anyways|so anyway|long story short|point is|my question is|question is|so my question)[,:]?\s+/iu;

/** A question's opening: a question word, or an auxiliary starting a yes/no question. */
const ASKS =
  /^(?:(?:so|and|but|ok|okay|then|now|well)[, ]+)*(?:according to (?:this|the) (?:article|piece|story|text),? )?(?:who|whom|whose|what|which|why|when|where|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|isn'?t|doesn'?t|didn'?t)(?!\p{L})/iu;

const wordsIn = letteredWordCount;

/**
 * The question that closes a long message, or null when the message is short or does not close on a question.
 * `minWords`: fewer where the question's "it" is filled from the story before it ("Who's in it?", story-referent.ts).
 */
export function finalQuestionOf(message: string, minWords = MIN_QUESTION_WORDS): string | null {
  const text = singleSpaced(message).trim();
  if (wordsIn(text) < STORY_WORDS) return null;
  const parts = text.split(TURNS).filter((p) => p !== undefined && p.trim().length > 0);
  const last = parts.at(-1)?.trim();
  if (last === undefined || parts.length < 2) return null;
  const asks = ASKS.test(last) || (last.endsWith("?") && wordsIn(last) >= minWords);
  if (!asks || wordsIn(last) < minWords || wordsIn(last) * 2 > wordsIn(text)) return null;
  return last;
}
