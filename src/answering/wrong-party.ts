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
import { findParty, slotRegExps } from "./slot-regexps.js";
import type { Lang } from "./types.js";
import { SLOTS_EN } from "./wrong-party-slots.js";

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
