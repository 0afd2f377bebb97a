// Rewordings for the adversarial generator that keep what a sentence says (every result is a "paraphrase"):
// phrasal verbs, prepositions and tenses, synonyms, and sentence shapes said in another order.

/** The same meaning with a phrasal verb, another preposition or another tense. */
export const PHRASAL_PARAPHRASES: [string, string][] = [
  ["without considering", "without looking for"],
  ["without considering", "instead of seeking"],
  ["due to", "because of"],
  ["due to", "owing to"],
  ["highlights", "points out"],
  ["criticizes", "criticized"],
  ["has expressed", "expressed"],
  ["acknowledges", "acknowledged"],
  ["reaffirms", "reaffirmed"],
];

/** Synonyms and reorderings: the same meaning in other words. */
export const SYNONYMS: [string, string][] = [
  ["emphasized", "stressed"],
  ["urgent need", "pressing need"],
  ["ceasefire", "truce"],
  ["resumption of the negotiation process", "restart of negotiations"],
  ["latest surge in violence", "recent spike in violence"],
  ["clear indication", "clear sign"],
  ["criticizes", "faults"],
  ["monopolizing peace efforts", "dominating peace efforts"],
  ["acknowledges", "recognizes"],
  ["aspiration for an independent state", "hope for an independent state"],
  ["reaffirms", "confirms"],
  ["aims", "wants"],
  ["seeks to assist", "wants to help"],
  ["maintains open communication", "keeps channels open"],
  ["readiness", "willingness"],
  ["strives", "tries"],
  ["impartial mediator", "neutral mediator"],
  ["relationships", "ties"],
  ["long-standing ties", "longtime ties"],
  ["stresses", "underlines"],
  ["stabilize the situation", "calm the situation"],
  ["growing concerns", "mounting fears"],
  ["extend beyond", "spread beyond"],
  ["deep concern", "serious concern"],
  ["rising number", "growing number"],
  ["directs blame towards", "blames"],
  ["has expressed", "voiced"],
];
/** Sentence shapes said in another order. */
export const REORDERINGS: [RegExp, string][] = [
  [/^In a phone call with ([^,]+), (Putin emphasized .+?)\.?$/, "$2 in a phone call with $1."],
  [/^While (.+?), (he|it) (.+?)\.?$/, "$3, while $1."],
  [/^The Kremlin, meanwhile, (.+)$/, "Meanwhile, the Kremlin $1"],
  // The passive voice.
  [/^Putin criticizes Washington for (.+?)\.?$/, "Washington is criticized by Putin for $1."],
  [
    /^Russian President Vladimir Putin has expressed deep concern over (.+?)\.?$/,
    "Deep concern over $1 has been expressed by Russian President Vladimir Putin.",
  ],
  [
    /^Alongside (the US, the United Nations, and the European Union), (Russia) has been (.+?)\.?$/,
    "$2 has been $3 alongside $1.",
  ],
];
