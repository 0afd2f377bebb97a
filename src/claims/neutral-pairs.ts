// English words that take no side by themselves: degree, same meaning, hedges, and opposite pairs that alter
// a claim only against the other side of the pair in its passage.
/**
 * Words of degree that say "very much" alike: "serious concern" for "deep concern" is the same meaning, though
 * WordNet gives them no common sense ("mild", "slight" are the other way, and WordNet's opposites of "deep").
 */
export const HIGH_DEGREE: ReadonlySet<string> = new Set(
  "deep deeply serious seriously grave gravely great greatly profound profoundly strong strongly considerable significant intense keen acute heavy major high very really extremely highly truly pretty".split(
    " ",
  ),
);

/**
 * Verbs that say the same of a claim's object though WordNet gives them no common sense: "without looking for
 * (seeking) compromises" is "without considering compromises".
 */
export const SAME_MEANING: string[][] = [
  // "sought" too: the irregular past no regular form makes ("never looked for compromises" reads "sought").
  // "not bothering with compromises" too: bother of a thing to weigh is to consider it.
  [
    "consider",
    "seek",
    "sought",
    "weigh",
    "explore",
    "entertain",
    "examine",
    "pursue",
    "contemplate",
    "bother",
  ],
  // Not "agree" in the pair of acknowledge: "Erdogan agreed with Putin that …" takes no side of its own.
  ["acknowledge", "agree", "concede", "admit", "grant"],
  // Plain to see: "plain evidence" / "plainly shows" of "a clear indication" (WordNet joins them in no sense).
  [
    "clear",
    "plain",
    "obvious",
    "evident",
    "unmistakable",
    "manifest",
    "clearly",
    "plainly",
    "obviously",
    "evidently",
  ],
  // A stretch of land named alike: "beyond the conflict area (region)" of "beyond the conflict zone".
  ["zone", "area", "region"],
  // A number that goes up: "more and more (ever more) civilians" of "the rising number of civilian casualties".
  ["rise", "grow", "increase", "mount", "climb", "more and more", "ever more"],
  // A part one plays said as the one who plays it: "be a constructive player (force)" of "play a constructive role".
  ["role", "player", "force", "participant"],
  // (claims40) What matters said as what is needed: "stresses the need to coordinate" of "stresses the importance of
  // coordinating" (WordNet joins them in no sense).
  ["importance", "need", "necessity"],
];

/** Words of an uncertain outcome ("the crisis *may* extend"): the sure side of the how-sure pair is its opposite. */
export const HEDGES: readonly string[] = ["may", "might", "could", "possibly", "perhaps", "potentially"];

/**
 * Opposite pairs whose words take no side by themselves: said against the other side of the pair in the passage
 * they are an alteration ("one side" for "both sides", "downplays" for "highlights"), but a claim using one where
 * the passage has neither is not ("Peskov stressed …" of a passage that "reaffirms").
 */
export const OPPOSITES_WITHOUT_STANCE: [string[], string[]][] = [
  // How many: "both sides" is not "one side", "all parties" not "some parties".
  [
    ["both", "all", "every", "each"],
    [
      "one",
      "some",
      "few",
      "several",
      "single",
      "neither",
      "none",
      "only",
      "sole",
      "solely",
      "exclusively",
      "merely",
    ],
  ],
  // How sure: "the crisis may extend" is not "the crisis will extend" or "has already extended".
  // "is certain (sure, bound) to extend" too: a hedge made a certainty.
  [
    [...HEDGES],
    [
      "will",
      "definitely",
      "certainly",
      "surely",
      "inevitably",
      "already",
      "certain",
      "sure",
      "inevitable",
    ].concat(["unavoidable", "undoubtedly", "guaranteed", "bound"]),
  ],
  // How much violence: "the latest lull in violence" is not "the latest surge in violence".
  [
    ["surge", "spike", "upsurge", "flare-up"],
    ["lull", "respite", "pause"],
  ],
  [
    ["beyond", "outside"],
    ["within", "inside"],
  ],
  [
    [
      "highlight",
      "emphasize",
      "stress",
      "underscore",
      "underline",
      "spotlight",
      "reaffirm",
      "affirm",
      "reiterate",
      "insist",
      "insisted",
      "restate",
      "restated",
    ],
    ["downplay", "minimize", "understate", "gloss", "hide", "conceal", "obscure", "mask"],
  ],
  [
    ["readiness", "ready", "willing", "willingness", "eager", "eagerness", "prepared"],
    ["reluctance", "reluctant", "unwilling", "unwillingness", "hesitant", "hesitance", "loath"],
  ],
  [
    ["monopolize", "monopolizing", "dominate", "dominating", "hog", "hogging", "hogged"],
    ["share", "sharing", "shared", "cede"],
  ],
];
