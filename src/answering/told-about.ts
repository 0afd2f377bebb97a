// What Putin told Erdogan about a third party or topic ("what did putin tell erdogan about the americans?", "what did
// putin say to the turkish leader regarding washington"): the article reports only what Putin stressed in the call,
// and beside it what he says of that topic; read as what Putin said about it, so the topic's own entry answers (his
// blame of the US, his call for talks, or that the article does not say). Read as typed, the call's card won and the
// topic was lost (wave AE, blind-ru48's Russian twin). Without an "about" the call itself is what is asked.

const TOLD_ABOUT =
  /^\s*(?:so\s+|and\s+)?what(?:'s|\s+(?:did|does|has|had))?\s+putin\s+(?:tell|told|say\s+to|said\s+to|mention\s+to|mentioned\s+to|speak\s+to|talk\s+to)\s+(?:erdogan|the\s+turkish\s+(?:leader|president)|turkey'?s\s+(?:leader|president)|his\s+turkish\s+counterpart)\s+(?:about|regarding|concerning|on|of)\s+(.+)$/i;

/** The question as what Putin said about its topic, or as it came. */
export function asToldAbout(text: string): string {
  if (text.length > 140) return text;
  const m = TOLD_ABOUT.exec(text);
  return m ? `what did putin say about ${m[1]}` : text;
}

/**
 * What Putin and Erdogan agreed, asked open ("what did putin and erdogan agree on", "what was agreed in the call"):
 * the article reports no agreement, only what Putin stressed in the call; read as what the two discussed, whose card
 * gives his words and says the article does not report Erdogan's (the English twin of «о чём договорились»,
 * answer-type.ts). Read as typed, Erdogan's own views' card refused it, or the blame's entry was found. A yes/no
 * "did they agree on a ceasefire" keeps its words (the article doesn't say).
 */
const PAIR = "(?:putin\\s+and\\s+erdogan|erdogan\\s+and\\s+putin|the\\s+two\\s+(?:leaders|presidents))";
const AGREED = new RegExp(
  `^\\s*(?:so\\s+|and\\s+)?what\\s+(?:did|have|had|do)\\s+${PAIR}\\s+(?:agreed?|settled?|decided?|come\\s+to\\s+an\\s+agreement|came\\s+to\\s+an\\s+agreement)\\b|^\\s*(?:so\\s+|and\\s+)?what\\s+(?:was|got|has\\s+been)\\s+(?:agreed|decided|settled)\\s+(?:on\\s+|upon\\s+)?(?:in|during|on|at)\\s+(?:the|their|that)\\s+(?:phone\\s+)?(?:call|conversation|talk)\\b`,
  "i",
);

/** The question as what the two discussed, or as it came. */
export function asCallAgreed(text: string): string {
  return text.length <= 140 && AGREED.test(text) ? "what did putin and erdogan discuss" : text;
}
