// Which words negate and which words mean opposite things: data, per language, for the polarity check.
/** Words that negate the next meaningful word: "no mention", "not without controversy" (twice: not negated). */
export const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "without",
  "nor",
  "neither",
  "none",
  "nothing",
  "lack",
  // "little concern", "hardly criticizes": not a plain "not", but the opposite of what the article reports.
  "little",
  "hardly",
  "barely",
  "scarcely",
  "rarely",
  "seldom",
]);
/** Negate the verb after "to": "failure to address" says it was not addressed. */
export const FAIL_WORDS = new Set([
  "fail",
  "fails",
  "failed",
  "failing",
  "failure",
  "unable",
  "refuse",
  "refuses",
  "refused",
  "refusing",
  "decline",
  "declines",
  "declined",
]);
/** Prefixes that make a word its opposite: un-controversial, de-stabilize, im-partial, dis-agree. */
export const NEGATING_PREFIXES = ["un", "non", "dis", "de", "in", "im", "ir", "il", "anti"];

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
    ],
    ["praise", "praised", "commend", "applaud", "laud", "hail", "thank", "congratulate", "welcome", "credit"],
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
    ],
    ["reject", "deny", "oppose", "dismiss", "refuse", "disavow", "dispute"],
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
    ["success", "successful", "succeed", "effective", "triumph"],
  ],
  [
    ["rise", "rising", "grow", "growing", "increase", "increasing", "mount", "mounting"],
    ["fall", "falling", "decline", "declining", "drop", "dropping", "decrease", "decreasing", "shrink"],
  ],
  [
    ["escalate", "escalation", "inflame", "worsen", "intensify"],
    ["stabilize", "calm", "ease", "subside", "defuse"],
  ],
  [
    ["immediate", "urgent", "swift", "quick", "prompt"],
    ["gradual", "delayed", "eventual", "slow", "phased"],
  ],
  [
    ["impartial", "neutral", "unbiased"],
    ["partial", "biased", "partisan", "one-sided"],
  ],
  [
    ["constructive", "helpful", "positive"],
    ["destructive", "obstructive", "unhelpful", "negative"],
  ],
  [
    ["open", "maintain", "maintains"],
    ["cut", "closed", "sever", "severed", "suspend", "suspended", "broke"],
  ],
  [
    ["lasting", "durable", "permanent"],
    ["temporary", "fragile", "short-lived"],
  ],
  [
    ["resumption", "resume", "restart", "renew", "renewed", "return"],
    ["halt", "abandon", "freeze", "scrap"],
  ],
  [
    ["former", "ex"],
    ["current", "serving"],
  ],
];
