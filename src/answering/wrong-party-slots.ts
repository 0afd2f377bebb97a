// The English slots of wrong-party.ts (split from it at the size line, quality42): where a yes/no question puts a
// party the article never names in the place of one of its facts — the one at the other end of the call, Putin's
// talk partner, the speaker of a statement, the one blamed, the one phoned, the one who did it, what the call was
// about, the reason for the ties, a Quartet member. Each pattern's `X` is the party; wrong-party.ts finds it, drops
// it and reads the rest (or `restAs`) again. The Russian twin is russian/wrong-party-slots.ts.
import { W } from "./slot-regexps.js";

/** Each slot: a pattern whose group `x` (the `X` in it) is the party in the fact's place. */
export interface Slot {
  re: string;
  /** "call": the one phoned, whose verdict is call-party.ts's "doesn't say" (a call not reported, not a No). */
  kind?: "call";
  /**
   * Only a country or body, not a person: Putin blames the US, and whether he blames one American ("обаму") the
   * article does not say.
   */
  placesOnly?: true;
  /** The preposition before the party that goes with it ("on iran", "на иран"). */
  before?: RegExp;
  /**
   * A party the story names may stand here too ("was erdogan the one blaming the americans?"): the reading checks
   * that the entry found names someone else.
   */
  knownToo?: true;
  /**
   * The question to read instead of what is left without the party (`tail`: the words after the match): the fact's
   * own question ("who did putin talk to on the phone"; "did lavrov say X" -> "who said X").
   */
  restAs?: (tail: string) => string;
}

/** The reported call's own question: what a call asked with another party is read as. */
const THE_CALL = () => "who did putin talk to on the phone";
/** A phone call after its party: "with X on the phone", "with X in a phone call". */
const ON_THE_PHONE =
  "(?:on the (?:tele)?phone|by (?:tele)?phone|over the (?:tele)?phone|on a (?:tele)?phone call|(?:in|during) (?:a|the|their|his|that) (?:tele)?phone (?:call|conversation))";
/** A talk had rather than done: "have a phone conversation with", "held a call with" (quality49). */
const HAD_TALK =
  "(?:have|had|hold|held) (?:a |an |the )?(?:(?:tele)?phone )?(?:call|conversation|chat|talk|phone call)";
/** The one at the other end of the call: "putin's phone partner", "the person putin phoned", "the caller". */
const CALL_PARTNER =
  "(?:(?:phone|call|telephone) (?:partner|pal|contact|counterpart)|caller|other end of the (?:call|line|phone)|(?:person|one|man|leader|guy|politician) (?:(?!is |was )\\p{L}+ )?(?:phoned|called|rang|spoke to|talked to|was on the phone with))";
/** A head of state or government, asked as the partner's office ("the president of egypt", "india's prime minister"). */
const HEAD_OF =
  "(?:president|prime minister|premier|pm|king|queen|leader|chancellor|head of state|head|crown prince|emir|ruler|sultan|monarch)";
/** Verbs of saying: "did lavrov say…" asks who said it. */
const SAID =
  "(?:say|said|state|stated|stress|stressed|claim|claimed|announce|announced|note|noted|declare|declared|insist|insisted|argue|argued|assert|asserted|emphasi[sz]e|emphasi[sz]ed|reaffirm|reaffirmed|voice|voiced|tell reporters|told reporters)";

export const SLOTS_EN: Slot[] = [
  // The one at the other end of the reported call, as an office of another country: "is putin's phone partner the
  // president of X", "was the person putin phoned X's prime minister" (No: the article names the Turkish leader).
  {
    re: `${CALL_PARTNER}(?: (?:is|was|really|actually|in fact))* (?:the |a |an )?(?:${HEAD_OF} of (?:the )?)?X(?:(?:'s|s')? ${HEAD_OF})?`,
    restAs: THE_CALL,
  },
  // The reported call itself, asked as had with another party: "did putin have the call with X", "was putin's
  // conversation with the X president", "was the phone call with X's leader" (the call the article reports: No,
  // with its real party). "a call with X" may be one more call: left to the contact verbs below.
  {
    re: `(?:the|putin's|his|their|that|this) (?:(?:tele)?phone )?(?:call|conversation|talk|chat)(?: (?:was|really|actually|in fact|take|took|place|happen|happened))* (?:with|between (?:putin|him) and) (?:the |a |an )?(?:${HEAD_OF} of (?:the )?)?X(?:'s|s')?(?: ${HEAD_OF}| one)?(?= |$)`,
    restAs: THE_CALL,
  },
  // Putin's talk with another country's leader, by office ("did putin speak with the president of X", "did he talk
  // to X's prime minister", "the X leader"): the one talk the article reports is the call with the Turkish leader (No,
  // with it). Asked as one more ("also", "too", "as well") it is the one phoned of a call the article does not
  // report: "doesn't say", with the reported call (kind "call", yes-no.ts; quality-en46 — left to call-party.ts it
  // was refused, since that reads phone verbs only).
  {
    re: `(?<!\\p{L})(?:putin|he|the russian (?:president|leader))(?: (?:really|actually|personally|in fact|also|ever|even))? (?:speak|spoke|talk|talked|chat|chatted|converse|conversed|confer|conferred|meet|met|${HAD_TALK})(?: ${ON_THE_PHONE})?(?: (?:to|with))? (?=(?:the |a |an )?(?:${HEAD_OF} of |${W}(?:'s|s')? ${HEAD_OF}(?![\\p{L}'-])))(?:the |a |an )?(?:${HEAD_OF} of (?:the )?)?X(?:(?:'s|s')? ${HEAD_OF})?(?![\\p{L}'-])`,
    kind: "call",
    restAs: THE_CALL,
  },
  // The one on the other end of the call, asked by name before the caller: "was it X putin called", "was it X that
  // he was on the phone with" (the call the article reports: No).
  {
    re: `(?:^|[, ])(?:was|is) it (?:really |actually )?(?:the |a |an )?(?:${HEAD_OF} of (?:the )?)?X(?:(?:'s|s')? ${HEAD_OF})?(?: (?:that|who|whom))? (?:putin|he|the russian (?:president|leader)) (?:called|phoned|rang|rang up|telephoned|spoke to|spoke with|talked to|talked with|was on the phone (?:to|with)|was talking to)`,
    restAs: THE_CALL,
  },
  // Putin's talk on the phone with another party, told and asked back ("putin spoke with X on the phone, right?"):
  // the one phoned (call-party.ts's convention). Another's talk ("macron spoke with X on the phone?") is not.
  {
    re: `(?<!\\p{L})(?:putin|he|the russian (?:president|leader))(?: (?:really|actually|also|even|then))? (?:spoke|talked|chatted|was talking|has spoken|had spoken) (?:to|with) X ${ON_THE_PHONE}`,
    kind: "call",
    restAs: THE_CALL,
  },
  // A call talked over with someone else: "did putin discuss gaza with X on the phone" (a topic of the story, then
  // the party, then the phone): the call the article does not report is "doesn't say", with the one it does.
  {
    re: `(?<!\\p{L})(?:discuss\\p{L}*|talk\\p{L}* (?:about|over|through)|spo?k\\p{L}* about|go(?:es|ne)? over|went over|rais\\p{L}*|br(?:ing|ings|ought) up|chat\\p{L}* about)(?: (?!with )${W}){1,6}? with X(?: ${W})? ${ON_THE_PHONE}`,
    kind: "call",
    restAs: THE_CALL,
  },
  // The speaker of a story statement: "did lavrov say the kremlin wants a constructive role" -> who said it (No,
  // with the real voice). A clause must follow ("did X say anything about russia" asks nothing the article holds).
  {
    re: `^(?:so |and |but )?(?:did|does|has|had|is it true that|is it true) X(?: ${W})? ${SAID}(?= (?!anything|something|nothing|much|about|any |a word|so\\b)${W} ${W} ${W})`,
    restAs: (tail) => `who said${tail}`,
  },
  // The one blamed: "pinned the violence on X", "blames X", "put the blame on X", "holds X responsible".
  {
    re: `(?<!\\p{L})(?:blam\\p{L}*|pin(?:s|ned|ning)?|put\\p{L}* (?:the |all the )?(?:blame|fault|responsibility)|lay\\p{L}* (?:the )?blame|laid (?:the )?blame|fault\\p{L}*|accus\\p{L}*|criticiz\\p{L}*|criticis\\p{L}*|hold\\p{L}*|held)(?: (?!with |about |for |over |of |to |in )${W}){0,6}? (?:on |onto |at )?X(?= responsible| for| as| too| also| instead|$)`,
    before: /(?:on|onto|at)$/u,
    placesOnly: true,
  },
  // The one phoned: "phoned X", "called X up", "rang X": the party right after the verb.
  {
    re: `(?<!\\p{L})(?:phon(?:e|ed|es|ing)|call(?:ed|s|ing)?|rang|ring|telephon\\p{L}*|dial\\p{L}*)(?: up)? X`,
    kind: "call",
  },
  // The one who did it: "X was the guy on the phone…", "X is the one who…", "was it X who…".
  {
    re: `X (?:was|is|'s) (?:the|really the|actually the) (?:guy|one|person|man|woman|leader|official)(?: (?:on the (?:phone|call|line)|who|that|behind|\\p{L}+ing))`,
    knownToo: true,
  },
  {
    re: `(?:^|[, ])(?:was|is|wasn't|isn't) X (?:the|really the|actually the) (?:guy|one|person|man|woman|leader|official)(?: (?:on the (?:phone|call|line)|who|that|behind|\\p{L}+ing))`,
    knownToo: true,
  },
  { re: `(?:^|[, ])(?:was|is) it (?:really |actually )?X (?:who|that)(?!\\p{L})`, knownToo: true },
  // What the call was about: "was putin's call with erdogan about the war in X" (not "about X too", nor "did they
  // talk about X": not said).
  {
    re: `^(?:so |and |but )?(?:was|is|were)(?: ${W}){0,3} (?:call|conversation|phone chat)(?: with ${W})? (?:about|on|over|regarding|concerning) (?:the )?(?:(?:war|conflict|fighting|situation|crisis) in )?X$`,
    before: /(?:(?:the )?(?:war|conflict|fighting|situation|crisis) in|the)$/u,
  },
  // The reason given: "close to israel bc of X immigrants there" (the article gives former Russian citizens).
  {
    re: `(?<!\\p{L})(?:because of|bc of|b/c of|cuz of|cos of|due to|thanks to|on account of) (?:the |all the |many |lots of |so many )?X`,
    placesOnly: true,
  },
  // A member of the Quartet: "X is in the quartet", "is X part of the quartet", "does the quartet include X",
  // "is the quartet russia, X and the us".
  {
    re: `X(?: (?:is|was|are|were|'s|too|also|really|even|still|a|an))* (?:in|inside|part of|a part of|member of|a member of|one of|among|on|of|belongs? to) (?:the |that |this )?quartet`,
  },
  {
    re: `quartet(?: (?:include\\p{L}*|has|had|contain\\p{L}*|consist\\p{L}* of|made up of|is|was|are|were|just|only|also|too))*(?:(?:,| and| or)? (?!and |or )${W}){0,6}?(?:,| and| or)? X(?=,| and | or |$| too$)`,
  },
];
