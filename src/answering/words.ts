// Word lists the pipeline needs. Question words are kept (they carry intent); stopwords and "frame" words
// (the verbs and nouns people wrap a question in: say, think, tell, view) never count as content.

/** Words that say what kind of answer is wanted. Kept as features, never as content. */
export const QUESTION_WORDS = new Set([
  "who",
  "whom",
  "whose",
  "what",
  "which",
  "why",
  "when",
  "where",
  "how",
]);

export const STOPWORDS = new Set(
  `a an the and or but nor so yet if then than that this these those there here of to in on at by for from with
  without into onto about above below over under again further once is are was were be been being am do does did
  doing done have has had having i me my mine myself we us our ours ourselves you your yours yourself yourselves he
  him his himself she her hers herself it its itself they them their theirs themselves can could would should
  shall will may might must ought not no yes just also too very really quite rather some any all each every both
  either neither such own same other another more most much many few lot lots up down out off only even still
  as like please pls plz hey hi hello ok okay thanks thank thx ty cheers bye goodbye yeah yep nope oh ah um uh
  s t d ll re ve m its thats
  let lets get got gets getting go going anything something everything nothing anyone someone everyone
  somebody anybody thing things way ways actually basically exactly now currently else along besides together
  among amongst between within via upon whether while whilst though although however therefore also anyway
  stuff totally completely entirely truly literally seriously honestly genuinely
  lol lmao rofl yo bruh bro bruv dude fam mate homie ngl smh fr pls plz thx tx btw imo imho idk omg rn tbh hmm hm kinda sorta gonna wanna eli5`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that frame a question without naming its topic ("what does Putin *say* about…", "his *view* on…").
 * They neither count as content nor as unknown words, so "what does Putin reckon" is judged on "Putin".
 */
export const FRAME_WORDS = new Set(
  `say says said saying tell tells told telling think thinks thought thinking know knows knew known explain
  explains explained describe describes described mention mentions mentioned mentioning comment comments
  commented stated statement statements remark remarks remarked word words claim claims claimed
  opinion opinions view views viewpoint stance position positions perspective take takes feel feels felt
  believe believes believed reckon reckons consider considers considered regard regards regarding
  mean means meant meaning want wants wanted wish hope hopes keen idea ideas point points thought thoughts
  article story news report reports reported reporting piece text
  according accordingly per info information detail details anything give find tells talk talks talked
  talking speak speaks spoke discuss discussed discusses discussing question questions answer answers answered answering ask asked
  make makes made does doing happen happens happened happening react reacts reacted reacting reaction response respond
  responds responded responding reply replied replies replying learn understand wonder wondering curious interested exactly specifically generally overall kind sort type name named`
    .split(/\s+/)
    .filter(Boolean),
);

/** Contractions typed without the apostrophe ("whats", "doesnt"), expanded before tokenising. */
export const BARE_CONTRACTIONS: [RegExp, string][] = [
  [/\b(what|wat|wut|who|where|how|that)s\b/g, "$1 is"],
  [/\b(do|does|did|is|are|was|were|has|have|had|should|would|could)nt\b/g, "$1 not"],
  [/\bwont\b/g, "will not"],
  [/\bcant\b/g, "can not"],
  // "explain like im 5": an unknown "im" would count as a name.
  [/\bim\b/g, "i am"],
];

/**
 * Rewrites tried only when their word is in the text (one `includes` instead of a regex scan per question):
 * [word that must occur, pattern, replacement].
 */
export const WORD_REWRITES: [string, RegExp, string][] = [
  // Chat spellings of two words: an unknown "gimme" would count as a name and refuse "gimme the gist".
  ["gimme", /\bgimme\b/g, "give me"],
  ["lemme", /\blemme\b/g, "let me"],
  ["dunno", /\bdunno\b/g, "do not know"],
  // "what does Putin want to happen next" asks what he wants, not what comes next (the fears of a wider war).
  [
    "happen",
    /\b(want|wants|wanted|hope|hopes|hoped|expect|expects|expected|like|prefer|prefers) (?:\w+ )?(?:to|will|would) (?:happen|see happen|be done)(?: next| now| from here| going forward)?\b/g,
    "$1",
  ],
  // "the last election" is the previous one, not the article's "lasting" resolution ("the last paragraph" is its end).
  [
    "last",
    /\b(the|his|her|their|its|this|that) last\b(?! (?:paragraph|paragraphs|part|section|bit|sentence|sentences|line|lines|word|words))/g,
    "$1 previous",
  ],
  // A size asked for without "in" ("why does Putin blame the US? one sentence please") is the answer's length.
  ["sentence", /\b(?:in )?(?:one|a|a single|two|three|a couple of|a few|short|1|2|3) sentences?\b/g, " "],
  // "how come Russia…" asks why; "come" alone would match "what comes next".
  ["how come", /\bhow come\b/g, "why"],
  // "talks" after a determiner or a verb of restarting is the noun (negotiations), not the frame "he talks about".
  [
    " talks",
    /\b(the|these|those|any|new|renewed|resumed|resume|resuming|restart|restarting|of|more|direct|ceasefire) talks\b/g,
    "$1 negotiations",
  ],
  // "who did Putin speak with?" asks whom he called, not his words ("who did Putin call?").
  [
    "who",
    /\b(who|whom) (did|does|do|has|had|was|is) ((?:\w+ ){1,3})(?:speak|spoke|spoken|speaking|talk|talked|talking|chat|chatted|chatting) (?:with|to)\b/g,
    "$1 $2 $3call",
  ],
  // …and its indirect form: "I wonder who the Russian president talked to".
  ["who", /\b(who|whom) ((?:\w+ ){1,3})(?:spoke|talked|chatted) (?:with|to)\b/g, "$1 $2called"],
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
  // Any other 's is a possessive: "Putin's view" is about Putin.
  [/'s\b/g, ""],
  [/s'(?=\s|$)/g, "s"],
];

/** Frame words that carry what kind of answer is wanted, grouped: "what did X say" is not "who is X". */
export const FRAME_CUES: Record<string, string> = Object.fromEntries(
  [
    [
      "say",
      "say says said saying tell tells told statement statements remark remarks comment comments mention mentions mentioned claim claims claimed word words stated speak spoke",
    ],
    [
      "think",
      "think thinks thought view views viewpoint opinion opinions stance position positions perspective believe believes feel feels reckon consider considers regard",
    ],
    ["want", "want wants wanted wish hope hopes keen"],
    [
      "react",
      "react reacts reacted reacting reaction respond responds responded responding response reply replied replies replying answer answered",
    ],
    ["happen", "happen happens happened happening"],
    ["explain", "explain explains explained describe describes described"],
  ].flatMap(([cue, words]) => words!.split(" ").map((w) => [w, cue!])),
);

/** Word sequences that are glue, whatever their words mean alone: "dealing with" is no deal. */
export const STOP_PHRASES = new Set([
  "right now",
  "at the moment",
  "these days",
  "so far",
  "as of now",
  "help me",
  "can you help",
  "could you help",
  "deal with",
  "deals with",
  "dealing with",
  "dealt with",
  "as well",
  "in terms of",
  "when it comes to",
  "kind of",
  "sort of",
  "at all",
  "in general",
  "by the way",
  "supposed to be",
  "supposed to",
  // Asked brevity beside a topic ("in a nutshell, what's going on with Russia and Israel?") is no topic.
  "in a nutshell",
  "in short",
  "in brief",
  "long story short",
  "short and sweet",
  "in plain english",
  "in simple terms",
  "in plain language",
  "in a few words",
  // A size asked beside a topic ("Russia's stance in one line") is the answer's length, not its subject.
  "in one sentence",
  "in a sentence",
  "in a single sentence",
  "in two sentences",
  "in a couple of sentences",
  "in one line",
  "in a line",
  "in one word",
  "in a word",
  "in one paragraph",
  "in a paragraph",
  "in a couple of words",
  "in few words",
  "short version",
  "the short version",
  "one word",
  // "explain it like I'm five": the reader's own level, not a topic (the digit is no figure asked).
  "like i am 5",
  "like i am five",
  "like i am a 5 year old",
  "like i am a five year old",
  "like i am a kid",
  "like i am a child",
  "like i am a baby",
  // "why did Putin bring up the Palestinians": mentioning them, a frame of saying.
  "bring up",
  "brings up",
  "brought up",
  "bringing up",
  // "this whole thing" is the story itself, not "the whole region".
  "this whole thing",
  "whole thing",
  // A claim offered for checking ("I heard Putin blames America, is that right?"): the frame around it is glue.
  "i heard",
  "i have heard",
  "i read",
  "i have read",
  "someone told me",
  "people say",
  "is that right",
  "is that true",
  "is that correct",
  "is that so",
  "am i right",
]);
