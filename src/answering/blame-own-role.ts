// Putin's blame of the US set against Russia's own seat in the Quartet, asked as a rhetorical lead-in with or without
// the real question after it ("isn't it a bit rich for putin to lecture the US when russia sat in the quartet too?
// does the article even point that out", "putin blames washington although moscow is part of the quartet — does the
// piece mention that?", "kinda hypocritical of putin to bash america when russia was in the quartet as well"): the
// article's answer is its own remark that Putin makes no mention of Russia's own role in the peace process
// (putin-silent-on-russia-role). Read as typed, the lead-in's words (the US, the Quartet, lecturing) split between
// the blame entry and the Quartet's members and the question was refused as ambiguous. Read as "did putin mention
// russia's own role in the quartet" when the message names Putin or Russia, a word of blaming or lecturing, the US,
// Russia (or Moscow, the Kremlin) and the Quartet, and sets them against each other (when, while, though, but, yet,
// too, as well, despite, hypocritical, a bit rich). A question of the Quartet alone ("is russia in the quartet",
// "who is in the quartet") has no blaming and keeps its reading. Bounded patterns over at most 300 characters.
import { BLAME_WORDS, US_NAMES } from "./help-or-blame.js";

const MAX_LENGTH = 300;

const LECTURE =
  /\b(?:lectur(?:e|es|ed|ing)|preach(?:es|ed|ing)?|moraliz(?:e|es|ed|ing)|moralis(?:e|es|ed|ing)|scold(?:s|ed|ing)?|finger[- ]pointing|point(?:s|ing)?\s+(?:a\s+)?fingers?)\b/i;
const QUARTET = /\bquartet\b/i;
const RUSSIA = /\b(?:russia|russia's|moscow|moscow's|kremlin|kremlin's|russians)\b/i;
const PUTIN = /\bputin\b/i;
/** Russia's own part set against the blame. */
const AGAINST =
  /\b(?:when|while|whilst|though|although|but|yet|too|as\s+well|also|despite|even\s+though|hypocri\w*|double\s+standards?|a\s+bit\s+rich|pretty\s+rich|rich\s+of|ironic)\b/i;

/** The blame set against Russia's seat in the Quartet, as "did putin mention russia's own role in the quartet". */
export function asBlameOwnRole(text: string): string {
  if (text.length > MAX_LENGTH || !QUARTET.test(text) || !US_NAMES.test(text) || !AGAINST.test(text))
    return text;
  if (!(BLAME_WORDS.test(text) || LECTURE.test(text))) return text;
  if (!(PUTIN.test(text) || RUSSIA.test(text))) return text;
  // Russia named apart from the blamer: Putin blames, Russia sits in the Quartet (or "moscow … moscow").
  const russiaNamed = (text.match(new RegExp(RUSSIA.source, "gi")) ?? []).length;
  if (!(PUTIN.test(text) ? russiaNamed >= 1 : russiaNamed >= 2)) return text;
  return "did putin mention russia's own role in the quartet";
}
