// Kind: whose words the last answer quoted, asked with a "not" ("so that was the foreign ministry, not putin?",
// "it's peskov and not putin, right?", «это МИД, а не Путин?»; "you sure that wasn't putin saying it?", «а это точно
// не путин сказал?», «а это не путин случайно сказал?»). The "not" turned the voice check around: "X, not Y" was
// read as asking about Y (a No where the reader was right), and "wasn't Y" found nothing to check. Here each is
// asked as the plain voice check the follow-up readers answer from the last answer's quotes ("was it X who said
// that?", «это сказал X?»): "X, not Y" asks whether X is the voice (Yes when the last answer quotes X); "wasn't it
// Y / точно не Y" asks whether Y is (No, naming the real voice, when it quotes another). Only where both sides of
// "X, not Y" and the lone Y are voices the article names; text in, the question out, or null.
import type { Lang } from "../answering/types.js";
import type { SpeakerNames } from "./speakers.js";

const LEAD_EN = "(?:(?:so|and|ok|okay|wait|hmm|oh|right|just to be clear|to be clear)[, ]+)*";
const TAIL_EN = "(?:,? (?:then|right|correct|yeah|yes|huh|isn'?t it|wasn'?t it|is that right|am i right))?";
const SAID_EN =
  "(?: (?:who|that) (?:said|says) (?:it|that|this|so)| saying (?:it|that|this|so)| talking| speaking| then)?";

/** "X, not Y": group 1 is X, group 2 is Y. */
const X_NOT_Y_EN = [
  new RegExp(
    `^${LEAD_EN}(?:that|this|it) (?:was|is|'s) (?:really |actually )?(.{2,40}?)${SAID_EN},? (?:and |but )?not (?:by )?(.{2,30}?)${TAIL_EN}$`,
    "u",
  ),
  new RegExp(
    `^${LEAD_EN}(?:that's|it's|thats|its) (?:really |actually )?(.{2,40}?)${SAID_EN},? (?:and |but )?not (?:by )?(.{2,30}?)${TAIL_EN}$`,
    "u",
  ),
  new RegExp(
    `^${LEAD_EN}(?:so )?(.{2,40}?) said (?:it|that|this|so),? (?:and |but )?not (.{2,30}?)${TAIL_EN}$`,
    "u",
  ),
];
/** "wasn't Y": group 1 is Y. */
const NOT_Y_EN = [
  new RegExp(
    `^${LEAD_EN}(?:(?:are )?you sure |sure |definitely |surely )?(?:that|it|this) (?:was ?n'?t|was not|is ?n'?t|is not|wasnt|isnt) (?:really |actually )?(.{2,30}?)${SAID_EN}${TAIL_EN}$`,
    "u",
  ),
];

const LEAD_RU = "(?:(?:а|и|так|то есть|значит|погоди|подожди)[, ]+)*";
const TAIL_RU = "(?:,? (?:да|верно|правильно|так ведь|ведь так|же))?";
// «это путин говорит, а не песков?»: the present tense too, else "путин говорит" is read as the voice (d56-39).
const SAID_RU = "(?:сказал\\p{L}*|говорил\\p{L}*|заявил\\p{L}*|заявлял\\p{L}*|говорит|заявляет|утверждает)";
/** «это X, а не Y?», «это сказал X, а не Y?», «это X сказал, а не Y?»: group 1 is X, group 2 is Y. */
const X_NOT_Y_RU = [
  new RegExp(
    `^${LEAD_RU}(?:это )?(?:${SAID_RU} )?(?:же |ведь )?(.{2,40}?)(?: ${SAID_RU})?,? (?:а|но) не (.{2,30}?)${TAIL_RU}$`,
    "u",
  ),
];
/** «а это точно не Y сказал?», «это не Y случайно сказал?», «это точно не Y?»: group 1 is Y. */
const NOT_Y_RU = [
  new RegExp(
    `^${LEAD_RU}(?:это )?(?:точно |случайно |же |ведь |правда |точно ли |разве )*не (.{2,30}?)(?: (?:случайно|точно|ли))?(?: ${SAID_RU})?(?: (?:это|случайно|точно))?${TAIL_RU}$`,
    "u",
  ),
];

/** A phrase that is one voice the article names, nothing else: its speaker id, or null. */
function voiceOf(phrase: string, speakers: SpeakerNames): string | null {
  const text = phrase.trim().replace(/^(?:the|by) /u, "");
  const named = speakers.namedIn(text);
  if (named.length === 0) return null;
  // The name and the words beside it ("мид россии", "the russian foreign ministry"), nothing longer.
  const rest = `${text.slice(0, named[0]!.start)}${text.slice(named[named.length - 1]!.end)}`.trim();
  if (rest.split(/\s+/u).filter(Boolean).length > 2) return null;
  const quoted = named.filter((n) => speakers.isQuoted(n.id));
  return quoted.length === 1 ? quoted[0]!.id : null;
}

const NAME_WORD = /^\p{L}{3,}$/u;

/** One or two words naming nobody the article names ("захарова", "lavrov"): a voice it never gives. */
function unnamedName(phrase: string, speakers: SpeakerNames): boolean {
  const words = phrase.trim().split(/\s+/u);
  return words.length <= 2 && words.every((w) => NAME_WORD.test(w)) && speakers.namedIn(phrase).length === 0;
}

/** The voice check a "not" question asks, or null when the message is none. */
export function notButOf(folded: string, lang: Lang, speakers: SpeakerNames): string | null {
  const text = folded.replace(/[?!.\s]+$/u, "").trim();
  // The voice as typed ("мид", "the ministry"): the voice check reads the reader's own words best.
  const say = (phrase: string) => phrase.trim();
  if (lang === "ru") {
    for (const re of X_NOT_Y_RU) {
      const m = re.exec(text);
      const x = m ? voiceOf(m[1]!, speakers) : null;
      const y = m ? voiceOf(m[2]!, speakers) : null;
      if (x && y && x !== y) return `это сказал ${say(m![1]!)}?`;
      // «а это точно песков, а не захарова?»: Y a name the article never gives — asked as Y's words, which the
      // voice readers answer No, naming X (dialog52, d46-27).
      if (x && m && unnamedName(m[2]!, speakers)) return `это слова ${say(m[2]!)}?`;
    }
    for (const re of NOT_Y_RU) {
      const m = re.exec(text);
      const y = m ? voiceOf(m[1]!, speakers) : null;
      if (y) return `это сказал ${say(m![1]!)}?`;
    }
    return null;
  }
  for (const re of X_NOT_Y_EN) {
    const m = re.exec(text);
    const x = m ? voiceOf(m[1]!, speakers) : null;
    const y = m ? voiceOf(m[2]!, speakers) : null;
    if (x && y && x !== y) return `was it ${say(m![1]!)} who said that?`;
    if (x && m && unnamedName(m[2]!, speakers)) return `was it ${say(m[2]!)} who said that?`;
  }
  for (const re of NOT_Y_EN) {
    const m = re.exec(text);
    const y = m ? voiceOf(m[1]!, speakers) : null;
    if (y) return `was it ${say(m![1]!)} who said that?`;
  }
  return null;
}
