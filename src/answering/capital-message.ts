// Russia and Turkey named by their capitals or peoples in a message between them ("what's Moscow's message to Ankara
// in all this?", "what did the Kremlin tell the Turks?", "what did Russia ask of Ankara?"): the one exchange the
// article reports between the two is Putin's call with Erdogan, so the question is read as what Putin told Erdogan.
// Read as typed, "Ankara" was Turkey and "message" nothing the knowledge base holds: Peskov's statement or the fears
// of spreading answered. Only a tail that names the story's crisis (or nothing) may follow: "what did Russia tell
// Turkey about gas prices?" stays as typed.

/** Russia by its state, capital or people. */
const RUSSIA =
  "(?:russia|moscow|(?:the\\s+)?kremlin|(?:the\\s+)?russians|the\\s+russian\\s+(?:side|government|leadership|state))";
/** Turkey by its state, capital or people. */
const TURKEY =
  "(?:turkey|t[uü]rkiye|ankara|(?:the\\s+)?turks|the\\s+turkish\\s+(?:side|government|leadership|state|president))";
/** What may close the question: the story's crisis, or a filler. */
const TAIL =
  "(?:\\s+(?:in\\s+(?:all\\s+)?(?:this|that|the)(?:\\s+(?:crisis|conflict|war|mess|situation|escalation))?|here|then|exactly|about\\s+(?:the|this)\\s+(?:war|conflict|crisis|fighting|violence|situation|escalation)|on\\s+(?:gaza|the\\s+war|the\\s+conflict|the\\s+crisis)))?";
const LEAD = "^\\s*(?:(?:so|and|but|ok|okay)[, ]+)?";

const MESSAGE_TO = new RegExp(
  `${LEAD}what(?:'s|\\s+is|\\s+was|\\s+were)\\s+${RUSSIA}(?:'s|\\u2019s)?\\s+(?:main\\s+|key\\s+)?(?:message|request|ask|appeal|plea|demand|point)s?\\s+(?:to|for|of)\\s+${TURKEY}${TAIL}\\s*[?.!]*\\s*$`,
  "i",
);
const TOLD = new RegExp(
  `${LEAD}what\\s+(?:did|does|has|do)\\s+${RUSSIA}\\s+(?:tell|told|say\\s+to|said\\s+to|ask(?:\\s+of)?|asked(?:\\s+of)?|want\\s+from|urge|urged|request\\s+(?:of|from)|communicate\\s+to|convey\\s+to|pass\\s+on\\s+to)\\s+${TURKEY}(?:\\s+(?:for|to\\s+do))?${TAIL}\\s*[?.!]*\\s*$`,
  "i",
);

/** A message from Russia to Turkey read as what Putin told Erdogan, or the question as it came. */
export function asCapitalMessage(question: string): string {
  return MESSAGE_TO.test(question) || TOLD.test(question) ? "what did putin tell erdogan" : question;
}
