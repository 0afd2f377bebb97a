// Which party the article's criticism falls on, asked as a superlative or a passive ("which country gets criticised
// most in the article?", "who gets the most blame here?", "which side is criticized?", "who comes off worst in this
// story?", "which nation does the article criticise the most?"): the article's only criticism of a country is
// Putin's blame of US policy (putin-blames-us). Read as typed, "criticised" with "country" or "the article" found
// the entry on other governments' views (refused as not in the article), the controversy over Russia's role, or the
// spread of the crisis ("comes off worst"); read as "who does putin blame" it finds the blame's owner and its target.
// Only a who/which question whose party is the one asked (a which-noun of a party, or "who" before a passive or a
// superlative of criticism); an active question with another subject than the article, Putin or Russia ("which
// country does hamas criticise") keeps its reading, and so does "who criticises …" (which-blamer.ts and the
// ranking read the blamer). Bounded patterns over at most 120 characters.

const MAX_LENGTH = 120;

const PARTY_NOUN =
  /(?:country|countries|nation|nations|state|states|side|sides|party|parties|government|governments|power|powers|player|players)/
    .source;
const CRITICISED =
  /(?:criticis(?:ed|es)|criticiz(?:ed|es)|blamed|faulted|attacked|slammed|bashed|condemned|called\s+out|under\s+fire|in\s+the\s+firing\s+line)/
    .source;
const CRITICISE =
  /(?:criticis(?:e|es)|criticiz(?:e|es)|blame|blames|fault|attack|slam|bash|condemn|call\s+out)/.source;
const MOST = /(?:(?:the\s+)?most|(?:the\s+)?hardest|(?:the\s+)?heaviest)/.source;
/** Where, if anywhere: the article, the story, here. */
const WHERE =
  /(?:\s+(?:in|by)\s+(?:the|this)\s+(?:article|piece|story|text|report|news)|\s+here|\s+in\s+it|\s+(?:by|according\s+to)\s+(?:putin|russia|moscow|the\s+kremlin))?/
    .source;
const END = /\s*[?.!]*\s*$/.source;
const ASKER = /^\s*(?:so\s+|and\s+|ok\s+|okay\s+)?/.source;
const WHICH = `(?:which|what)\\s+${PARTY_NOUN}`;

const SHAPES: readonly RegExp[] = [
  // "which country gets criticised most in the article", "who is blamed the most", "which side is criticized here"
  new RegExp(
    `${ASKER}(?:who|${WHICH})\\s+(?:gets|get|is|are|was|were|has\\s+been|have\\s+been)\\s+(?:being\\s+)?${CRITICISED}(?:\\s+${MOST})?${WHERE}${END}`,
    "i",
  ),
  // "who gets the most blame / criticism / flak in the article", "which country takes the most heat"
  new RegExp(
    `${ASKER}(?:who|${WHICH})\\s+(?:gets|get|takes|take|receives|receive|draws|draw|catches|catch)\\s+(?:the\\s+)?(?:most|biggest|largest|lion'?s\\s+share\\s+of(?:\\s+the)?)\\s+(?:blame|criticism|flak|heat|fire|scorn)${WHERE}${END}`,
    "i",
  ),
  // "who comes off worst in this story", "which side looks worst", "who comes out looking bad"
  new RegExp(
    `${ASKER}(?:who|${WHICH})\\s+(?:comes?|came|looks?|ends?\\s+up)\\s+(?:off|out)?\\s*(?:looking\\s+)?(?:the\\s+)?(?:worst|badly|bad|worse)${WHERE}${END}`,
    "i",
  ),
  // "which country does the article criticise (the) most", "which nation does putin blame"
  new RegExp(
    `${ASKER}${WHICH}\\s+(?:does|did)\\s+(?:the\\s+(?:article|piece|story|text|author|writer|kremlin)|this\\s+(?:article|piece|story)|it|putin|russia|moscow)\\s+${CRITICISE}(?:\\s+${MOST})?${WHERE}${END}`,
    "i",
  ),
];

/** A question for the party the article's criticism falls on, as "who does putin blame", or the text as it came. */
export function asMostCriticised(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  return SHAPES.some((shape) => shape.test(text)) ? "who does putin blame" : text;
}
