// Idioms for the story in brief that the slang list in intents.ts does not hold ("the elevator pitch", "the long
// and short of it", "a one-liner", "the executive summary", "distil it into bullets"), and the words of shape and
// size around a brief request ("bullet-style", "into a few bullets", "as a list"), and the story asked at the size of
// one line ("a one-line version", "squeeze it into a single sentence"), the nutshell or a 30-second version, and a
// "go" urging it on ("elevator pitch of this story, go"), the story stripped, pared or whittled down to its bare
// bones, essentials or nuts and bolts: how to answer, not what.
import { lean } from "../lib/lean-regexp.js";

/** Whole idioms asking for the story in brief, as normalised words. */
export const SUMMARY_IDIOMS = lean(
  /\b(?:(?:the )?elevator (?:pitch|version|summary)|(?:the )?long and (?:the )?short of|(?:the )?short of it|net net|(?:the )?short and (?:the )?long of|one ?liner|(?:a |one |1 )?(?:single |one |1 )(?:line|sentence)(?: version| summary| recap| take)?|(?:the )?headline (?:version|summary|takeaway)|executive summary|(?:the )?cole?s? notes|in brief|(?:the )?(?:cliff )?notes version|(?:the )?(?:main|key|core|big) (?:takeaways|points|ideas|messages|lessons)|(?:the )?essentials|(?:the )?(?:bare )?basics|(?:the |a )?nutshell(?: version| form| take| summary)?|(?:the |a )?(?:\d+|ten|thirty|sixty|five|one)[ -]?(?:second|minute) (?:version|pitch|summary|take|recap)|(?:the )?short (?:n|and) sweet(?: version)?|(?:the |its |it s )?bare (?:bones|essentials|minimum)|(?:the )?nuts and bolts|(?:a |the )?sound ?bites?)\b/g,
);

/** A verb asking to make the story shorter: with only fillers and shape words left, the message asks for a summary. */
export const BRIEF_VERBS = lean(
  /\b(?:distil|distill|distils|distills|condense|shorten|squeeze|shrink|encapsulate|compress|simplify|boil|trim|cut|reduce|summari[sz]e|sum|break|strip|pare|whittle|outline)\b/g,
);

/** Shape, size and glue words beside a brief request ("bullet-style", "into a few bullets", "as a list"). */
export const BRIEF_SHAPE_WORDS = new Set(
  `bullet bullets bulleted style form format list point points into to down as few couple some short brief
  quick sentence sentences line lines word words version please pls do can could you me for us of on from
  give tell sum up what whats is are the a an this that it its story article piece news text whole entire
  thing stuff here there key main takeaways takeaway essentials basics core go shoot now`.split(/\s+/),
);

/**
 * Whether the message is a summary idiom, or a brief verb on the article, with nothing else but fillers and shape
 * words ("give me the elevator pitch of this article", "distil the key takeaways, bullet-style"); `allowed`: the other words
 * that may stand beside it.
 */
export function isSummaryIdiom(words: string, allowed: (word: string) => boolean): boolean {
  SUMMARY_IDIOMS.lastIndex = 0;
  BRIEF_VERBS.lastIndex = 0;
  const idiom = SUMMARY_IDIOMS.test(words);
  const verb = BRIEF_VERBS.test(words);
  if (!idiom && !verb) return false;
  const rest = words.replace(SUMMARY_IDIOMS, " ").replace(BRIEF_VERBS, " ").split(/\s+/);
  // A brief verb alone needs the text itself or a summary shape beside it: "cut the talk" is not a summary.
  if (
    !idiom &&
    !rest.some((w) => /^(?:article|story|piece|text|news|thing|takeaways?|essentials|bullets?)$/.test(w))
  )
    return false;
  return rest.every((w) => w === "" || allowed(w) || BRIEF_SHAPE_WORDS.has(w) || /^\d+$/.test(w));
}
