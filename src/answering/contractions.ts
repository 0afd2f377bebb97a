// Contractions expanded before tokenising (normalise.ts), written with and without the apostrophe: "doesn't" and
// "doesnt" keep their "not", "what's" and "whats" their "is"; any other 's is a possessive.

/** Contractions typed without the apostrophe ("whats", "doesnt"), expanded before tokenising. */
export const BARE_CONTRACTIONS: [RegExp, string][] = [
  [/\b(what|wat|wut|who|where|how|that)s\b/g, "$1 is"],
  [/\b(do|does|did|is|are|was|were|has|have|had|should|would|could)nt\b/g, "$1 not"],
  [/\bwont\b/g, "will not"],
  [/\bcant\b/g, "can not"],
  // "explain like im 5": an unknown "im" would count as a name.
  [/\bim\b/g, "i am"],
];

/** Contractions expanded before tokenising, so "doesn't" keeps its "not" and "what's" its "is". */
export const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon't\b/g, "will not"],
  [/\bcan't\b/g, "can not"],
  [/\bshan't\b/g, "shall not"],
  [/\blet's\b/g, "let us"],
  [/n't\b/g, " not"],
  [/'re\b/g, " are"],
  [/'ve\b/g, " have"],
  [/'ll\b/g, " will"],
  [/'d\b/g, " would"],
  [/'m\b/g, " am"],
  [/\b(what|who|where|when|why|how|that|there|here|it|he|she)'s\b/g, "$1 is"],
  // A voice's share in chat nouns ("so what was peskov's bit", "the ministry's take") is what the voice said: "bit"
  // was an unknown word and "part" read Peskov's role (dialog48). Only as the question's last words: "take on X",
  // "part in the quartet", "angle with Y" keep their own readings.
  [
    /'s (?:bit|take|spin|angle|input|part)\b(?=\s*$|\s*[?!.,]|\s+(?:then|again|here|there|in (?:all )?(?:this|that|it))\b)/g,
    " said",
  ],
  // Any other 's is a possessive: "Putin's view" is about Putin.
  [/'s\b/g, ""],
  [/s'(?=\s|$)/g, "s"],
];
