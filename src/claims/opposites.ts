// English words that mean opposite things and take a side: a claim using one against the other in its passage
// (or alone, SIDE_TAKING_ALONE) says something the article does not.
/**
 * Opposite pairs: words on one side mean roughly the same for a claim check, words across mean the opposite.
 * "Putin praised Washington" against "Putin criticizes Washington" is altered, "Putin supports a state" against
 * "acknowledges the need for a state" is not.
 */
export const OPPOSITES: [string[], string[]][] = [
  [
    [
      "criticize",
      "criticizes",
      "condemn",
      "blame",
      "denounce",
      "attack",
      "slam",
      "accuse",
      "rebuke",
      "fault",
      "critical",
      "criticism",
      "critic",
      "lambaste",
      "chide",
      "censure",
      "blast",
      "castigate",
      "berate",
      "scold",
      "reproach",
      "admonish",
      "decry",
      "deplore",
      "assail",
      "excoriate",
      "upbraid",
    ],
    [
      "praise",
      "praised",
      // "Putin approved (of) American policy in the Middle East" of his blame for it (claims-r2-31).
      "approve",
      "commend",
      "applaud",
      "laud",
      "hail",
      "thank",
      "congratulate",
      "welcome",
      "credit",
      "celebrate",
      "defend",
      "excuse",
      "forgive",
      "forgave",
      "forgiven",
      "justify",
      "exonerate",
      "absolve",
      "vindicate",
      "admire",
      "reward",
    ],
  ],
  [
    [
      "acknowledge",
      "recognize",
      "accept",
      "support",
      "back",
      "endorse",
      "favor",
      "favour",
      "advocate",
      "urge",
      "concede",
      "admit",
    ],
    [
      "reject",
      "deny",
      "oppose",
      "dismiss",
      "refuse",
      "disavow",
      "dispute",
      "question",
      "doubt",
      "unsure",
      "uncertain",
      "doubtful",
      "skeptical",
      "sceptical",
      "against",
      "regret",
      "resent",
    ],
  ],
  [
    ["address", "consider", "respect", "heed", "honor", "honour", "attend"],
    ["overlook", "ignore", "neglect", "disregard"],
  ],
  [
    ["concern", "worry", "fear", "alarm", "distress"],
    ["satisfaction", "satisfied", "pleased", "relief", "indifference", "indifferent", "unconcerned", "joy"],
  ],
  [
    ["failure", "failed", "flawed", "mistake"],
    ["success", "successful", "succeed", "effective", "triumph", "work", "worked", "working"],
  ],
  [
    [
      "rise",
      "rising",
      "rose",
      "risen",
      "grow",
      "growing",
      "grew",
      "grown",
      "increase",
      "increasing",
      "mount",
      "mounting",
      "soar",
      "climb",
      "swell",
    ],
    [
      "fall",
      "falling",
      "decline",
      "declining",
      "drop",
      "dropping",
      "decrease",
      "decreasing",
      "shrink",
      "shrank",
      "shrunk",
      "reduce",
      "reducing",
      // Irregular forms: their Porter stems are not the base word's.
      "fell",
      "fallen",
      "sank",
      "sunk",
      "dwindle",
      "plummet",
      "plunge",
      "diminish",
      "lessen",
      // Of fears and hopes: "concerns are fading" against "growing concerns".
      "fade",
      "fading",
      "faded",
      "wane",
      "waning",
      "waned",
      "recede",
      "receding",
      "receded",
      "ebb",
      "ebbing",
    ],
  ],
  [
    ["escalate", "escalation", "inflame", "worsen", "intensify"],
    ["stabilize", "calm", "ease", "subside", "defuse", "steady"],
  ],
  // Of a conflict: "a constructive role in prolonging the conflict" undoes "in resolving" it.
  [
    ["resolve", "resolving", "resolved", "settle", "settling", "settled", "end", "ending"],
    ["prolong", "prolonging", "prolonged", "perpetuate", "perpetuating", "protract", "protracting", "drag"],
  ],
  [
    ["immediate", "urgent", "urgency", "urgently", "swift", "quick", "prompt"],
    ["gradual", "delayed", "eventual", "slow", "phased"],
  ],
  [
    ["impartial", "neutral", "unbiased"],
    ["partial", "biased", "partisan", "one-sided"],
  ],
  [
    ["facilitate", "help", "enable", "promote", "advance", "foster", "aid", "assist", "contribute"],
    [
      "block",
      "hinder",
      "obstruct",
      "prevent",
      "impede",
      "thwart",
      "sabotage",
      "undermine",
      "derail",
      "hamper",
      "frustrate",
      "stymie",
      "torpedo",
      "scuttle",
    ],
  ],
  [
    ["constructive", "helpful", "positive"],
    ["destructive", "obstructive", "unhelpful", "negative"],
  ],
  [
    ["open", "maintain", "maintains"],
    ["cut", "closed", "sever", "severed", "suspend", "suspended", "broke", "broken", "break"],
  ],
  [
    ["lasting", "durable", "permanent"],
    ["temporary", "fragile", "short-lived"],
  ],
  [
    ["resumption", "resume", "restart", "renew", "renewed", "return"],
    ["halt", "abandon", "freeze", "froze", "frozen", "scrap", "postpone", "delay", "defer", "shelve"],
  ],
  [
    ["long-standing", "longstanding", "longtime", "old", "lasting"],
    ["recent", "recently", "latest", "new", "newly", "fresh"],
  ],
  [
    ["former", "ex"],
    ["current", "serving"],
  ],
  [
    ["just", "fair", "equitable"],
    ["unjust", "unfair", "inequitable"],
  ],
  // Left out of something: a side of its own ("include" would stem as the article's "including Hamas").
  [[], ["exclude", "excluded", "expel", "expelled", "quit", "withdraw", "withdrew", "withdrawn", "exit"]],
  // (claims40) Kept away from: "direct dialogue should be avoided", "the Kremlin avoids communication" of a passage
  // that establishes or maintains it (a "not" by the verb's meaning; travel advice, "avoid the region", is
  // new-event.ts's news).
  [[], ["avoid", "shun", "eschew", "evade"]],
];

/**
 * Words of the pairs above that take no side in general but do when said alone: "X downplays Y" or "X is
 * reluctant to Y" of a passage that says neither asserts what the article does not ("Peskov stressed …" of a
 * passage that "reaffirms" does not).
 */
export const SIDE_TAKING_ALONE = [
  // A restriction the passage does not make: "in Israel only", "the only member" (phrasal.ts reads them as
  // "solely", "the sole"); "only inclusive approaches can …" paraphrases as often as not.
  // "Putin is against a ceasefire": a small word, a side all the same (phrasal verbs come first: "speak out
  // against" is "condemn").
  "against",
  "sole",
  "solely",
  "exclusively",
  "merely",
  "downplay",
  "hide",
  "conceal",
  "minimize",
  "understate",
  "reluctance",
  "reluctant",
  "unwilling",
  "unwillingness",
  "hesitant",
  "loath",
];
