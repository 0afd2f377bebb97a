// A yes/no question that puts a party the article never names in the slot of one of its facts: the one blamed
// ("is it true putin pinned the violence on iran"), the one phoned ("putin phoned biden about gaza"), a member of
// the Quartet ("china is in the quartet too right?"), the one who did it ("was it lavrov who…", "lavrov was the guy
// on the phone with erdogan"), the other party of the reported call ("did putin have the call with X", "was it X
// putin phoned"; quality-en44). The vocabulary gate refuses such a name as off the story; here the name (and the
// preposition before it) is dropped and the rest read again: the entry it finds holds the article's real party,
// and the answer carries `wrongParty` so the yes/no layer answers No with that entry's own words. A name that
// stands elsewhere stays refused: the topic of a talk ("did Putin and Erdogan discuss Ukraine?"), a party after
// "with" and a contact verb ("on speaking terms with japan", "talk on the phone with Biden": call-party.ts's
// "doesn't say"), or anything outside a yes/no question.

import { lean } from "../lib/lean-regexp.js";
import { singleSpaced } from "../lib/single-spaced.js";
import { SLOTS_RU } from "./russian/wrong-party-slots.js";
import { findParty, slotRegExps, W } from "./slot-regexps.js";
import type { Lang } from "./types.js";

/** "is it true (that)", "did", "is", "was" … leading a yes/no question, or "right?" / "too?" tagged on. */
const YES_NO_EN = lean(
  /^(?:(?:so|and|but|wait|ok|okay|hey|hm+|oh)[, ]+)*(?:is it true|is it right|isn'?t it true|(?:is|was|are|were|did|does|do|has|had|is n'?t|isn'?t|wasn'?t|didn'?t|doesn'?t)(?!\p{L}))|(?:,? (?:right|correct|true|yes|no|huh|isn'?t it|wasn'?t it|didn'?t he|too|as well))$/u,
);
/** "правда ли", "верно ли", "это правда, что", or a question with no question word (checked by the caller). */
const YES_NO_RU = lean(
  /^(?:(?:а|и|так|значит|слушай)[, ]+)*(?:правда ли|верно ли|это правда|неужели|разве|так ли)(?!\p{L})|(?:,? (?:да|верно|правда|так ведь|не так ли|ведь так))$/u,
);
/**
 * "правда, что …", "верно, что …", "это правда, что …": a yes/no opener whose "что" asks nothing; the claim after it
 * is the question (quality47).
 */
const TRUE_THAT_RU = lean(
  /^(?:(?:а|и|так|значит|слушай|скажи|скажите)[, ]+)*(?:это )?(?:правда|верно|правильно|точно|действительно|так)(?: ли)?,? что(?!\p{L})\s*/u,
);
const QUESTION_WORD_RU = lean(
  /(?<!\p{L})(?:кто|кого|кому|кем|что|чего|чем|где|куда|откуда|когда|почему|зачем|как|какой|какая|какие|какую|каких|сколько|чей|чья|чьи)(?!\p{L})/u,
);
const THE_ONE_WHO_RU = lean(/(?<!\p{L})(?:тем|тот|та|той|те),? (?:кто|что)(?!\p{L})/gu);
const QUESTION_WORD_EN = lean(
  /^(?:(?:so|and|but|ok)[, ]+)?(?:who|whom|whose|what|which|why|when|where|how)(?!\p{L})/u,
);

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

// No merged gate in front of the slots' own (an alternation of all of a language's gates, perf-speed52): irregexp
// compiled it to more code than the gates it merged together (English 153 / 154 KB one- / two-byte, Russian 133 KB,
// rss27), and the gates are compiled anyway once one question has a slot's shape.
const SLOT_REGEXPS = slotRegExps([...SLOTS_EN, ...SLOTS_RU]);

/** Verbs of putting blame the readers may not know as such ("pinned", "свалил"). */
const PINNED = lean(/(?<!\p{L})(?:pin(?:s|ned|ning)?|свалил\p{L}*|свалива\p{L}*)(?!\p{L})/u);

/** Whether the question is asked yes/no (the only form read here); `marked`: typed with a question mark. */
export function asksYesNo(text: string, lang: Lang, marked = false): boolean {
  // "макрон был тем, кто…", "эрдоган — тот, что из египта?": "кто"/"что" after "тот" asks nothing (quality-ru46).
  if (lang === "ru") return YES_NO_RU.test(text) || !QUESTION_WORD_RU.test(text.replace(THE_ONE_WHO_RU, " "));
  // "so putin pins it all on the chinese?": a statement asked back.
  return (YES_NO_EN.test(text) || marked) && !QUESTION_WORD_EN.test(text);
}

/**
 * The question without the off-story party standing in a fact's slot (and the preposition that goes with it), or
 * null when there is no such party. `offStory(word)`: the word is one the article never uses.
 */
export interface WithoutParty {
  /** The question without the party. */
  rest: string;
  /** The slot it stood in: a fact's ("fact": the verdict is No) or the one phoned ("call": doesn't say). */
  slot: "fact" | "call";
  /** The party as typed. */
  party: string;
  /**
   * Whether the party may be a word of the story (one of its people, a kind of body): the entry found must name
   * someone else for a No.
   */
  known: boolean;
}

/**
 * A ministry or office of another kind than the story's ("the russian defence ministry said…": the article quotes the
 * Foreign Ministry): the kind is the wrong party, the body read without it.
 */
const OTHER_BODY_KIND = lean(
  /(?<!\p{L})(?<x>defen[cs]e|interior|justice|finance|health|economy|energy|emergencies|emergency|trade|culture|education|agriculture|war|home|treasury) (?=ministry|minister|department|office|secretary)/u,
);

/**
 * The same in Russian ("это минобороны РФ говорило…", "министерство обороны выступало за…"): the article's ministry is
 * the Foreign Ministry, so another ministry or office is the wrong party, read as a ministry (quality-ru43).
 */
const OTHER_BODY_RU = lean(
  /(?<!\p{L})(?<x>министерств\p{L}* обороны|минобороны|генштаб\p{L}*|генеральн\p{L}* штаб\p{L}*|военн\p{L}* ведомств\p{L}*|оборонн\p{L}* ведомств\p{L}*|мвд|минфин\p{L}*|минюст\p{L}*|минздрав\p{L}*|мчс|минэнерго|фсб)(?!\p{L})/u,
);

/** What an off-story word is: a country or body of the gazetteer, another name, or not off the story (null). */
export type OffStory = (word: string) => "place" | "name" | null;

/** `knownName(word)`: the word names one of the story's own people or bodies. */
export function withoutWrongParty(
  question: string,
  lang: Lang,
  offStory: OffStory,
  knownName: (word: string) => boolean = () => false,
): WithoutParty | null {
  const asTyped = singleSpaced(
    question
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/[?!.…]+/gu, " "),
  ).trim();
  const yesNo = asksYesNo(asTyped, lang, question.trim().endsWith("?"));
  // "правда, что …" is no yes/no by its words ("что"): read after the opener, for a talk or call only (below).
  const trueThat = !yesNo && lang === "ru" ? TRUE_THAT_RU.exec(asTyped) : null;
  if (!yesNo && !trueThat) return null;
  const text = trueThat ? asTyped.slice(trueThat[0].length) : asTyped;
  const bodyRu = lang === "ru" ? OTHER_BODY_RU.exec(text) : null;
  if (bodyRu?.groups?.x) {
    const rest = `${text.slice(0, bodyRu.index)}министерство${text.slice(bodyRu.index + bodyRu[0].length)}`;
    return { rest: rest.trim(), slot: "fact", party: bodyRu.groups.x, known: true };
  }
  const body = lang === "en" ? OTHER_BODY_KIND.exec(text) : null;
  if (body?.groups?.x) {
    const rest = `${text.slice(0, body.index)}${text.slice(body.index + body[0].length)}`.trim();
    return { rest, slot: "fact", party: body.groups.x, known: true };
  }
  // Only the slots whose shape the question has (most questions: none) need its words looked up.
  // After "правда, что" only a talk with Putin or the one phoned: another claim there is the claim checker's.
  const open = (lang === "ru" ? SLOTS_RU : SLOTS_EN).filter(
    (slot) =>
      SLOT_REGEXPS.get(slot)!.gate.test(text) &&
      (!trueThat || slot.kind === "call" || slot.restAs !== undefined),
  );
  if (open.length === 0) return null;
  const typed = [...new Set(text.match(/[\p{L}][\p{L}'-]*/gu) ?? [])];
  const words = typed.filter((w) => offStory(w) !== null);
  const known = typed.filter((w) => !words.includes(w) && knownName(w));
  if (words.length === 0 && known.length === 0) return null;
  const places = words.filter((w) => offStory(w) === "place");
  for (const slot of open) {
    const parties = slot.placesOnly ? places : slot.knownToo ? [...words, ...known] : words;
    if (parties.length === 0) continue;
    const m = findParty(SLOT_REGEXPS.get(slot)!.finder, text, parties, words);
    const at = m?.indices?.groups?.x;
    if (!at) continue;
    let head = text.slice(0, at[0]).trimEnd();
    // A first name typed before it ("joe biden") goes with it; so does "on" of "pinned it on iran".
    for (let i = 0; i < 2; i++) {
      const prev = /(?<w>[\p{L}'-]+)$/u.exec(head)?.groups?.w;
      if (prev !== undefined && words.includes(prev)) head = head.slice(0, -prev.length).trimEnd();
    }
    if (slot.before) head = head.replace(/ the$/u, "");
    if (slot.before?.test(head)) head = head.replace(slot.before, "").trimEnd();
    // "pinned the violence" reads as what it is here: the blame (a word the knowledge base may not use).
    if (slot.before)
      head = head.replace(PINNED, (v) => (lang === "ru" ? "винит" : v.endsWith("ed") ? "blamed" : "blame"));
    const rest = (
      slot.restAs ? slot.restAs(text.slice(m!.index + m![0].length)) : `${head} ${text.slice(at[1])}`
    )
      .replace(/\s+/g, " ")
      .replace(/ ,/g, ",")
      .trim();
    const party = text.slice(at[0], at[1]);
    return rest.length > 0 ? { rest, slot: slot.kind ?? "fact", party, known: !words.includes(party) } : null;
  }
  return null;
}
