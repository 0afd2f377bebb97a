// Word lists the pipeline needs. Question words are kept (they carry intent); stopwords and "frame" words
// (the verbs and nouns people wrap a question in: say, think, tell, view) never count as content. The rewrites
// made before tokenising are in contractions.ts and word-rewrites.ts.
import { CHAT_FILLERS } from "./chat-shorthand.js";

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
  `a an the and or vs versus but nor so yet if then than that this these those there here of to in on at by for from with
  without into onto about above below over under again further once is are was were be been being am do does did
  doing done have has had having i me my mine myself we us our ours ourselves you your yours yourself yourselves he
  him his himself she her hers herself it its itself they them their theirs themselves can could would should
  shall will may might must ought not no yes just also too very really quite rather some any all each every both
  either neither such own same other another more most much many few lot lots up down out off only even still
  as like please pls plz hey hi hello ok okay thanks thank thx ty cheers bye goodbye yeah yep nope oh ah um uh
  s t d ll re ve m its thats
  let lets get got gets getting go going anything something everything nothing anyone someone everyone
  anywhere somewhere everywhere
  somebody anybody thing things way ways actually basically exactly now currently else along besides together
  among amongst between within via upon whether while whilst though although however therefore also anyway
  stuff totally completely entirely truly literally seriously honestly genuinely
  lol lmao rofl yo bruh bro bruv dude fam mate homie ngl smh fr pls plz thx tx btw imo imho idk omg rn tbh hmm hm kinda sorta gonna wanna eli5
  nah naw yea ya yah huh eh innit amirite alot kindly instead toward towards anymore actual`
    .split(/\s+/)
    .filter(Boolean)
    .concat(CHAT_FILLERS),
);

/**
 * Words that frame a question without naming its topic ("what does Putin *say* about…", "his *view* on…").
 * They neither count as content nor as unknown words, so "what does Putin reckon" is judged on "Putin".
 */
export const FRAME_WORDS = new Set(
  `say says said saying tell tells told telling think thinks thought thinking know knows knew known explain
  explains explained describe describes described mention mentions mentioned mentioning comment comments
  refer refers referred referring
  commented stated statement statements remark remarks remarked word words claim claims claimed claiming stating commenting
  true untrue false correct accurate fact facts rumour rumours rumor rumors inform informs informed clarify clarifies
  clarified elaborate elaborates argument arguments
  opinion opinions view views viewpoint stance position positions perspective attitude attitudes take takes angle angles feel feels felt
  believe believes believed reckon reckons rate rates rated consider considers considered regard regards regarding
  interpret interprets interpreted interpreting interpretation perceive perceives perceived
  mean means meant meaning want wants wanted wanting wish wishes wishing hope hopes hoping keen idea ideas point points thought thoughts
  article story news report reports reported reporting piece text
  according accordingly per info information detail details anything give find tells talk talks talked
  talking speak speaks spoke discuss discussed discusses discussing question questions answer answers answered answering ask asked
  make makes made does doing happen happens happened happening react reacts reacted reacting reaction response respond
  responds responded responding reply replied replies replying learn understand wonder wondering curious interested exactly specifically generally overall kind sort type name named`
    .split(/\s+/)
    .filter(Boolean),
);

/** Frame words that carry what kind of answer is wanted, grouped: "what did X say" is not "who is X". */
export const FRAME_CUES: ReadonlyMap<string, string> = new Map(
  [
    [
      "say",
      "say says said saying tell tells told statement statements remark remarks comment comments mention mentions mentioned claim claims claimed word words stated speak spoke",
    ],
    [
      "think",
      "think thinks thought view views viewpoint opinion opinions stance position positions perspective attitude attitudes angle angles believe believes feel feels reckon rate rates rated consider considers regard interpret interprets interpretation perceive perceives",
    ],
    ["want", "want wants wanted wanting wish wishes wishing hope hopes hoping keen"],
    [
      "react",
      "react reacts reacted reacting reaction respond responds responded responding response reply replied replies replying answer answered",
    ],
    ["happen", "happen happens happened happening"],
    ["explain", "explain explains explained describe describes described"],
  ].flatMap(([cue, words]) => words!.split(" ").map((w): [string, string] => [w, cue!])),
);

/** "the level of violence", "the scale of the fighting": what such a word measures is the topic. */
export const MEASURES_OF: ReadonlySet<string> = new Set(
  ["level", "levels", "scale", "extent", "degree", "intensity", "severity"].map((w) => `${w} of`),
);

/** Word sequences that are glue, whatever their words mean alone: "dealing with" is no deal. */
/** A child's age as a reader of the answer is told it ("like I'm 8", "like I'm twelve"). */
const ASKERS_AGES = [
  ..."3 4 5 6 7 8 9 10 11 12 13 14".split(" "),
  ..."three four five six seven eight nine ten eleven twelve thirteen fourteen".split(" "),
];

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
  // A measure of a topic is no topic of its own ("the level of violence" is the violence): english-slots.ts reads
  // the topic after it.
  ...MEASURES_OF,
  "at all",
  "in general",
  // "why was it formed in the first place": an emphasis on the asking, not a topic ("first", "place" lowered the match).
  "in the first place",
  "to begin with",
  "to start with",
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
  // "can you explain in easy words who…": how plainly to put it, not the topic (an unknown "easy" lowered the match).
  "in simple words",
  "in easy words",
  "in plain words",
  "in plain terms",
  "in easy terms",
  "in simpler terms",
  "in simpler words",
  "in simple language",
  "in easy language",
  "in layman's terms",
  "in laymans terms",
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
  // A tag asking for a yes or no ("Putin sad about it or nah?") adds no topic.
  "or nah",
  "or not",
  "or what",
  "or no",
  "yes or no",
  "true or false",
  "true or not",
  // Hearsay frames: "is it true (that) X" asks X.
  "is it true that",
  "is it true",
  "is it the case that",
  "is this true",
  "is it a fact that",
  "is it right that",
  "is it correct that",
  "they say",
  "i was told",
  // "explain to me like I'm twelve …", "as if I were 10": the reader's own age, any of a child's (quality39).
  ...ASKERS_AGES.flatMap((n) => [
    `like i am ${n}`,
    `like i am ${n} years old`,
    `like i am a ${n} year old`,
    `as if i am ${n}`,
    `as if i were ${n}`,
  ]),
  "rite now",
]);
