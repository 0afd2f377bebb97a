// Kind: a yes/no question after a lead of the person's own — "the kremlin and the two sides - are they in
// touch?", "ok quick one, I skimmed it: is moscow speaking with both sides?", "erdogan putin phone call. was it
// about gaza". Read whole, the message opened with no auxiliary, so it was not taken for a yes/no question and
// got no verdict line; or the checker read the lead's words into the statement. The question is the last clause;
// a pronoun subject ("it", "they") stands for a lead that only names a topic. A lead that reports what someone
// said ("I heard Putin blamed the US. is that true?") is left to the readers of reports and tags.

import type { Answer, Lang } from "../answering/types.js";
import { withoutChatGlue } from "./chat-glue.js";

/**
 * The last clause after a colon, a full stop or a dash, opening with an auxiliary, the asker's tone before it
 * ("…again. Seriously, did Putin say…?") left out (verdict42).
 */
const LED =
  /^(.*?[\p{L}\p{N}'")])\s*(?::|\.|!|\s[-–—]+)\s+(?:(?:seriously|honestly|come on|really|now|ok|okay|so|but)[,!]?\s+)*((?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\s.+)$/iu;
/** A lead that asks of its own or reports words: not a lead-in of this kind. */
const LEAD_ASKS =
  /\?|^(?:\W*(?:and|so|but|ok|okay)[, ]+)?(?:who|whom|whose|what|which|why|when|where|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would)(?!\p{L})/iu;
const LEAD_REPORTS =
  /(?<!\p{L})(?:say|says|said|saying|claim\p{L}*|told|tells|tell|heard|hear|stated|states|report\p{L}*|according|quote\p{L}*|wrote|writes)(?!\p{L})/iu;
/** "is that true?", "did he?", "was it really?": a tag on the lead, not a question of its own. */
const TAG_CLAUSE =
  /^\S+ (?:that|this|he|she|it|they)(?: (?:really|actually|true|right|correct|so|real|accurate|the case|legit))*\s*[?!.]*$|^\S+ (?:that|this)(?!\p{L})/iu;
const BACK_TO = /(?<!\p{L})back to(?!\p{L})/iu;
const PERSON_PRONOUN = /(?<!\p{L})(?:he|she|him|her|his)(?!\p{L})/iu;
const PRONOUN_SUBJECT = /^(\S+) (it|they)(?!\p{L})/iu;
/** "a question about X", "re X": the topic is X. */
const ABOUT = /(?<!\p{L})(?:about|regarding|re|on)\s+(.+)$/iu;
/** A lead that names a topic without saying anything of it: a few words, no verb of its own. */
const TOPIC_LEAD_MAX_WORDS = 7;
const VERB_IN_LEAD =
  /(?<!\p{L})(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|\p{L}{3,}ed|i|i'm|you|we)(?!\p{L})/iu;

/**
 * The yes/no question a led message asks, as it stands alone: the clause with a topic lead in place of its
 * pronoun; the clause alone when the engine finds in it what it finds in the whole; else the clause, then the lead. Null when the
 * message is not a lead and a yes/no clause.
 */
export function ledYesNoOf(
  text: string,
  lang: Lang,
  findAnswer: (question: string, lang: Lang) => Answer,
): string | null {
  if (lang === "ru") return ledYesNoRuOf(text, findAnswer);
  if (lang !== "en") return null;
  // "Hi! I'm a student. Does the article say…": greetings and self-introductions are chat glue, not a lead.
  const m = LED.exec(withoutChatGlue(text).trim());
  if (!m) return null;
  const lead = m[1]!.trim();
  const clause = m[2]!.trim();
  if (LEAD_ASKS.test(lead) || LEAD_REPORTS.test(lead) || BACK_TO.test(lead) || TAG_CLAUSE.test(clause))
    return null;
  // "he"/"she" is the chat's person ("back to peskov — did he…" is earlier-speakers.ts's): left to the context.
  if (PERSON_PRONOUN.test(clause)) return null;
  if (clause.split(/\s+/u).length < 3) return null;
  const pronoun = PRONOUN_SUBJECT.exec(clause);
  if (pronoun) {
    // "hi, quick one about the kremlin: does it…": the topic is what the lead is about, without its glue.
    const unglued = withoutChatGlue(lead).replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");
    const topic = ABOUT.exec(unglued)?.[1] ?? unglued;
    const isTopic =
      topic.split(/\s+/u).length <= TOPIC_LEAD_MAX_WORDS && !VERB_IN_LEAD.test(topic) && !/[,;]/u.test(topic);
    return isTopic ? `${pronoun[1]} ${topic}${clause.slice(pronoun[0].length)}` : null;
  }
  // The clause alone where it finds what the whole message finds ("…: is moscow speaking with both sides?").
  const alone = findAnswer(clause, lang);
  if (alone.answered && alone.entry?.id === findAnswer(text, lang).entry?.id) return clause;
  const bare = clause.replace(/[?!.\s]+$/u, "");
  return `${bare}, ${lead.replace(/[\s.!:]+$/u, "")}?`;
}

/**
 * «Ну конечно, опять Америка во всём виновата. Серьёзно, Путин прямо сказал, что это провал политики США?»: the
 * asker's own remark, then a yes/no sentence that names its subject. Read whole, the checker read the remark's words
 * into the statement («серьезно» as a stance) and said «не сказано» over the card that answers it (verdict42). The
 * last sentence alone, where it finds what the whole message finds; a remark that reports words («говорят, что …»),
 * a sentence that points back at it («это правда?», «он …») or asks a wh-question is left as typed.
 */
const LAST_SENTENCE_RU = /^(.*?[\p{L}\p{N}»")])\s*[.!…]+\s+([^.!?…]+\?+)\s*$/u;
const REMARK_REPORTS_RU =
  /(?<!\p{L})(?:говор\p{L}*|сказал\p{L}*|слышал\p{L}*|читал\p{L}*|пишут|пишет|написал\p{L}*|утвержда\p{L}*|заявля\p{L}*|заявил\p{L}*|считает|думает|уверен\p{L}*|якобы)(?!\p{L})/iu;
const POINTS_BACK_RU =
  /^(?:(?:а|и|но|так|ну)\s+)?(?:это|так|он|она|они|оно|там|тут|то|такое|правда|неужели|разве)(?!\p{L})/iu;
const WH_RU =
  /^(?:(?:а|и|но|так|ну)\s+)?(?:кто|что|чем|чего|кого|кому|почему|зачем|как|где|куда|когда|сколько|как\p{L}+|чей|чья|с кем|о ч[её]м)(?!\p{L})/iu;
const MIN_SENTENCE_WORDS_RU = 3;

function ledYesNoRuOf(text: string, findAnswer: (question: string, lang: Lang) => Answer): string | null {
  const m = LAST_SENTENCE_RU.exec(text.trim());
  if (!m) return null;
  const remark = m[1]!;
  const sentence = withoutChatGlue(m[2]!.trim()).trim();
  if (/\?/u.test(remark) || REMARK_REPORTS_RU.test(remark)) return null;
  if (POINTS_BACK_RU.test(sentence) || WH_RU.test(sentence)) return null;
  if (sentence.split(/\s+/u).length < MIN_SENTENCE_WORDS_RU) return null;
  const alone = findAnswer(sentence, "ru");
  return alone.answered && alone.entry?.id === findAnswer(text, "ru").entry?.id ? sentence : null;
}
