// Whom Putin blames, asked with two options that are both wrong ("does putin blame turkey or israel", "whose
// fault is it according to putin, hamas or the israeli army?", "is putin pointing the finger at hamas or at
// israel?"): the options' own words pull up the entries about those parties (the call with Erdogan, the parties
// to the fighting), which do not say whom he blames. Read as "who does putin blame?", the article's answer (the
// US and its failed policy) says whom he does blame. An option that is the US (or Washington) is left to the
// either-or readers, which answer with the option the article supports; a why/how question asks the reason.

/** A party the story names as a side or a neighbour, never the one Putin blames. */
const PARTY =
  "(?:the\\s+)?(?:israel|israelis|israeli\\s+(?:army|military|government|side|forces)|idf|hamas|palestinians?|gaza(?:\\s+militants)?|militants|turkey|turks|erdogan|iran|hezbollah|arabs)";

const OPTIONS = new RegExp(`\\b${PARTY}\\s*,?\\s+or\\s+(?:at\\s+|on\\s+)?${PARTY}\\b`, "i");
const BLAME =
  /\b(?:blam\w*|fault|responsible|responsibility|pointing\s+(?:the\s+)?fingers?|points?\s+(?:the\s+)?fingers?|criticiz\w*|criticis\w*|accus\w*)\b/i;
const PUTIN = /\bputin\b/i;
const REASON = /^\s*(?:so\s+|and\s+|but\s+)?(?:why|how)\b/i;

/** "who does putin blame?" for Putin's blame asked between two wrong options, or the question as it came. */
export function asBlameOptions(text: string): string {
  if (!PUTIN.test(text) || !BLAME.test(text) || REASON.test(text) || !OPTIONS.test(text)) return text;
  return "who does putin blame?";
}
