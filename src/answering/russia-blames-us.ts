// Russia's blaming the US asked yes/no in a chat idiom or a plain verb ("is russia throwing shade at the US?", "is
// moscow taking shots at america?", "is russia dissing washington", "is the kremlin criticizing the US?"): the
// article's answer is Putin's blame of the United States (putin-blames-us). Read as typed, "russia" with a word of
// blaming and the US found the author's own view of the blame (author-view-on-blame, whose phrasings say the
// article, the author and pro-Russian) or no entry at all (wave BV's leftover from quality44). Read as "does russia
// blame the us" only as a yes/no question opening on its auxiliary, naming Russia (not Putin, whose own wording the
// engine reads already) before a word of blaming before the US, without "or" (help-or-blame.ts reads the
// either-or) and without the article or its author; the blaming is what is asked (at most two words before it) and
// nothing follows the US but an adverb. Bounded patterns over at most 160 characters.
import { BLAME_WORDS, US_NAMES } from "./help-or-blame.js";

const MAX_LENGTH = 160;

const YES_NO_RUSSIA =
  /^(?:so\s+|and\s+|but\s+|wait\s+)?(?:is|are|was|were|does|do|did|has|have)\s+(?:the\s+)?(?:russia|russians|moscow|kremlin|russian\s+(?:government|side|leadership))\b/i;
const OR = /\bor\b/i;
/** The article or its writer asked of: author-view-on-blame's own question. */
const THE_TEXT = /\b(?:article|author|writer|journalist|story|text|report|reporter)\b/i;

/** What may follow the US: an adverb of time or degree, then the end. */
const ENDS = /^\s*(?:(?:now|too|again|here|at all|openly|lately|so much|a lot|much|then)\s*)?[?.!]*\s*$/i;

/** The yes/no of Russia blaming the US as "does russia blame the us", or the text as it came. */
export function asRussiaBlamesUs(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const lead = YES_NO_RUSSIA.exec(text.trim());
  if (!lead || OR.test(text) || THE_TEXT.test(text)) return text;
  const rest = text.trim().slice(lead[0].length);
  const blameAt = rest.search(BLAME_WORDS);
  // The blaming is what is asked: at most two words before it ("is russia trying to show it's neutral while blaming
  // the US?" asks of neutrality).
  if (blameAt < 0 || rest.slice(0, blameAt).trim().split(/\s+/).filter(Boolean).length > 2) return text;
  const us = US_NAMES.exec(rest.slice(blameAt));
  if (!us) return text;
  // Nothing asked after the US ("…slam the us for hogging the peace process" asks of the monopoly).
  const after = rest.slice(blameAt + us.index + us[0].length);
  return ENDS.test(after) ? "does russia blame the us" : text;
}
