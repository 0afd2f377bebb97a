// "did the russians say anything involving turkey?", "has the kremlin said anything concerning iran?", "did putin
// say something regarding the UN?" (wave BY, quality49): what was said, asked by a preposition other than "about".
// The lexicon reads "about" as the topic of a saying; "involving", "concerning", "regarding", "related to",
// "relating to", "to do with", "with regard to" were read as content words or nothing, and the question stayed
// unsure between the voice's entries. Read as "about" only after "say/said/says/mention(ed)/talk(ed)" and
// "anything/something/much" (the saying's topic); "a conflict involving turkey" keeps its word.

const SAID_INVOLVING =
  /(?<!\p{L})((?:say|says|said|saying|mention|mentions|mentioned|talk|talks|talked|state|stated|tell|told)\s+(?:us\s+|you\s+)?(?:anything|something|much|a\s+lot|a\s+thing)\s+)(?:involving|concerning|regarding|re(?=\s)|related\s+to|relating\s+to|(?:that\s+has\s+|having\s+)?to\s+do\s+with|with\s+regard\s+to|in\s+regard\s+to|with\s+respect\s+to|as\s+regards|on\s+the\s+subject\s+of|in\s+connection\s+with|connected\s+(?:to|with))(?=\s)/giu;

/** The saying's topic after "about", or the question as it came. */
export function asSaidInvolving(text: string): string {
  if (text.length > 300) return text;
  return text.replace(SAID_INVOLVING, "$1about");
}
