// The story as a whole named beside a request for its voices: "какие чиновники из Москвы высказываются по
// конфликту", "which officials speak about the conflict", "кто из российских официальных лиц комментирует
// ситуацию на Ближнем Востоке". Such a topic is the article's own subject, so it narrows nothing: the roster is
// still what is asked. A party (Hamas, Israel) counts only as what is spoken about, never as whose officials.
import type { Analysis, Token } from "./lexicon.js";

/** Terms for the conflict, the crisis or the region as a whole, in both languages. */
const STORY_TERMS = new Set([
  "=violence",
  "=насилие",
  "crisi",
  "кризис",
  "=situation",
  "situat",
  "=обстановка",
  "=middle_east",
  "=ближний_восток",
  "=escalation",
  "=эскалация",
  "event",
  "событ",
  "происход",
]);

/** Parties that may be the topic spoken about ("о войне ХАМАСа и Израиля"), never the speakers asked for. */
const PARTY_TERMS = new Set([
  "=hamas",
  "=хамас",
  "=israel",
  "=израиль",
  "=palestine",
  "=палестина",
  "=gaza",
  "=сектор_газа",
]);

/** A content word that names the whole story, or a party after "about"/"о"/"про"/"по". */
export function isStoryTopic(a: Analysis, t: Token): boolean {
  if (STORY_TERMS.has(t.term)) return true;
  return PARTY_TERMS.has(t.term) && (a.topics.includes(t.term) || afterTopicWord(a, t));
}

const TOPIC_WORDS = new Set([
  "about",
  "on",
  "over",
  "regarding",
  "о",
  "об",
  "про",
  "по",
  "насчет",
  "касательно",
]);

function afterTopicWord(a: Analysis, t: Token): boolean {
  const at = a.tokens.indexOf(t);
  for (let i = at - 1; i >= 0; i--) {
    const before = a.tokens[i];
    if (before === undefined) break;
    if (TOPIC_WORDS.has(before.surface)) return true;
    if (before.role !== "stop" && !PARTY_TERMS.has(before.term) && !STORY_TERMS.has(before.term))
      return false;
  }
  return false;
}

/** "about" in the question is followed only by the whole story ("speak about the conflict"), not a person. */
export function aboutOnlyStory(a: Analysis): boolean {
  const at = a.tokens.findIndex((t) => TOPIC_WORDS.has(t.surface) && t.surface !== "по");
  if (at < 0) return false;
  const after = a.tokens.slice(at + 1).filter((t) => t.role !== "stop");
  return after.length > 0 && after.every((t) => isStoryTopic(a, t));
}
