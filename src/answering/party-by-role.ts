// The story's parties named by a description of their part instead of their name or title, read as the name the
// lexicon knows (readers.ts; the knowledge base's own phrasings are not rewritten):
// - whoever speaks for the Kremlin ("the guy speaking for the kremlin", "the man who talks on behalf of moscow",
//   "who speaks for russia", "putin's press guy", "the kremlin's mouthpiece"): the Kremlin spokesman. Read as
//   typed, "speaking" and "guy" were content words and the question went ambiguous between the Kremlin's entries;
// - a leader by nationality and a chat noun ("the russian guy", "the turkish dude", "the turkish bloke"): Putin and
//   Erdogan, the only Russian and Turkish people the article quotes or names. "the russian government", "russian
//   citizens" and any other noun stay as typed.
// - a person's name asked ("what's the name of the russian president", "what is the russian leader's name", "the
//   kremlin spokesman, what's his name again?"): who that person is. Read as typed, "what is <Putin>" with "name"
//   as a frame word found the entry that says what Putin left out.
// A party the article does not have ("the guy speaking for the white house") is left alone, to be refused as typed.
// Not a list of parties (knowledge/parties.json is): descriptions of one part each, read as the name the lexicon
// knows. Which Russian "the russian guy" is (Putin, not Peskov, the Kremlin or the Foreign Ministry, all Russia's
// people in the table) is this reader's choice, not the table's.

/** A chat word for a person, optionally with the nationality before it. */
const PERSON_NOUN =
  "(?:(?:russian|kremlin|official|government)\\s+)?(?:guy|man|person|one|official|dude|woman|lady|bloke|fella|fellow|chap|someone|somebody|spokes(?:man|woman|person))";
/** The voices the Kremlin spokesman speaks for. */
const KREMLIN =
  "(?:the\\s+kremlin|moscow|russia|putin|the\\s+russian\\s+(?:government|president|leader|side|state))";
const SPEAKS_FOR =
  "(?:(?:speaks|speaking|spoke|talks|talking|talked)\\s+(?:for|on\\s+behalf\\s+of)|represents|representing)";

/** "who speaks for the kremlin": the question asks who holds the part. */
const WHO_SPEAKS_FOR = new RegExp(`\\bwho(?:'s|\\s+is|\\s+was)?\\s+${SPEAKS_FOR}\\s+${KREMLIN}\\b`, "gi");
/** "the guy (who is) speaking for the kremlin", "a person that talks on behalf of moscow". */
const ONE_WHO_SPEAKS_FOR = new RegExp(
  `\\b(?:(?:the|a|that|this)\\s+)?${PERSON_NOUN}\\s+(?:(?:who|that)(?:'s|\\s+is|\\s+was)?\\s+)?${SPEAKS_FOR}\\s+${KREMLIN}\\b`,
  "gi",
);
/** "putin's press guy", "the kremlin's mouthpiece", "putin's spokesperson". */
const PRESS_PERSON =
  /\b(?:(?:vladimir\s+)?putin|the\s+kremlin|kremlin|russia|moscow)(?:'s|s)?\s+(?:press\s+(?:guy|man|person|officer|secretary|dude|woman|lady)|mouthpiece|spokes(?:man|woman|person)|spokes\s+(?:guy|man|person))\b/gi;
/** "the russian guy", "that turkish dude": the leader of that nationality. */
const NATIONAL_GUY =
  /\b(?:the|that|this)\s+(russian|turkish|turk)\s+(?:guy|dude|man|bloke|fella|fellow|chap|boss|geezer)\b/gi;

/** A person named by a title or a description: a few words, no clause. */
const WHOM = "((?:[\\w'-]+\\s+){0,5}?[\\w'-]+)";
const WHAT_IS = "(?:what|wat|wht)(?:'s|s|\\s+is|\\s+was)?";
/** "what's the name of the russian president", "what is the russian leader's name", "… — what's his name again?". */
const NAME_OF = new RegExp(
  `^\\s*${WHAT_IS}\\s+(?:the\\s+)?(?:full\\s+)?name\\s+of\\s+${WHOM}\\s*[?!.]*\\s*$`,
  "i",
);
const NAME_OF_POSSESSIVE = new RegExp(
  `^\\s*${WHAT_IS}\\s+${WHOM}(?:'s|s')\\s+(?:full\\s+)?name\\s*[?!.]*\\s*$`,
  "i",
);
const THEN_HIS_NAME = new RegExp(
  `^\\s*${WHOM}\\s*(?:[,:]|\\s[-–—])\\s*${WHAT_IS}\\s+(?:his|her|their)\\s+(?:full\\s+)?name(?:\\s+again)?\\s*[?!.]*\\s*$`,
  "i",
);
/** Only a person is asked by name here: a title, an office or a chat word for one. */
const A_PERSON =
  /\b(?:president|leader|spokes(?:man|woman|person)|minister|guy|man|woman|person|official|secretary|head|dude|lady|chief)\b/i;

/** "who is <person>" for a person's name asked, or null. */
function asNameAsked(s: string): string | null {
  if (!/\bname\b/i.test(s) || s.length > 160) return null;
  const m = NAME_OF.exec(s) ?? NAME_OF_POSSESSIVE.exec(s) ?? THEN_HIS_NAME.exec(s);
  return m?.[1] && A_PERSON.test(m[1]) ? `who is ${m[1]}` : null;
}

/** The question with a party named by its part read as that party, or as it came. */
export function withPartiesNamed(s: string): string {
  if (!/\b(?:speak|spoke|talk|represent|press|mouthpiece|spokes|russian|turk|name)/i.test(s)) return s;
  const named = s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(WHO_SPEAKS_FOR, "who is the kremlin spokesman")
    .replace(ONE_WHO_SPEAKS_FOR, "the kremlin spokesman")
    .replace(PRESS_PERSON, "the kremlin spokesman")
    .replace(NATIONAL_GUY, (_m, nation: string) =>
      nation.toLowerCase() === "russian" ? "putin" : "erdogan",
    );
  return asNameAsked(named) ?? named;
}
