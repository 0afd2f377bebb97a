// "Any quote from Erdogan?", "any words from him himself?", "and the UN? did it say anything", "the EU? any
// comment?": whether a party spoke on the story, asked without a verb of its own. Read as "did X say anything?",
// which the yes/no path settles from the article (a party it never quotes: the article doesn't say).
import { leanRegExp } from "../lib/lean-regexp.js";

const LEAD = "(?:(?:and|so|but|ok|okay|n|also|what about|how about|and what about)[, ]+)*";
const SAID = "(?:direct )?(?:quotes?|words?|statements?|comments?|remarks?|response|reaction|reply)";
const ANY_FROM = leanRegExp(
  String.raw`^${LEAD}(?:(?:is there|are there|got|do you have|does it (?:have|give|include|cite)|did it (?:give|include|cite)) )?(?:any|a) ${SAID} (?:at all )?(?:from|by) (.+?)(?: (?:himself|herself|itself|themselves|at all|in the article|in it|here))*\s*\??$`,
  "iu",
);
const PARTY_THEN_ASKED = leanRegExp(
  String.raw`^${LEAD}([^?]{2,40})\?\s*(?:(?:did|does|has|have) (?:it|he|she|they) (?:say|said|comment|comment on it|react|respond|reply)(?: anything)?(?: at all)?|any ${SAID}(?: at all)?)\s*[?!.]*$`,
  "iu",
);

/** The message read as "did X say anything?", or null when it is not that kind. */
export function saidAnythingOf(typed: string): string | null {
  const text = typed.trim();
  const party = (ANY_FROM.exec(text) ?? PARTY_THEN_ASKED.exec(text))?.[1]?.trim();
  if (!party || /\b(?:he|she|they|it|him|her|them)\b/i.test(party)) return null;
  return `did ${party} say anything?`;
}
