// Kind: a question closed by the asker's disbelief in the same message ("…an honest broker? come on",
// «…беспристрастного посредника? ну-ну», "…? seriously?", «…? серьёзно?»). The tag asks nothing of its own:
// read as a second question it answered the first again ("is that true") or something else altogether
// ("come on" answered with the spread worries). two-questions.ts reads such a message as its first question.
import { fold } from "./language.js";

const TAG_EN =
  /^(?:(?:oh|ah|lol|lmao|haha|pfft?|man|dude)[ ,]+)*(?:come on|c'?mon|yeah right|ya right|sure|sure thing|right|really|seriously|for real|no way|get real|give me a break|you'?re kidding(?: me)?|are you kidding(?: me)?|unbelievable|lol|lmao|haha|pfft?)(?:[ ,]+(?:lol|lmao|haha|man|dude|now))*$/u;
const TAG_RU =
  /^(?:(?:ой|ах|лол|ха|ну|да)[ ,-]+)*(?:ну-?ну|ну да|ну конечно|конечно|ага|как же|да ладно|серь[её]зно|неужели|не может быть|смешно|лол|ха-?ха|вот это да|ничего себе)(?:[ ,]+(?:лол|ха-?ха|ага))*$/u;

/** Whether a second half of a message is only the asker's disbelief, no question of its own. */
export function isDisbeliefTag(part: string): boolean {
  const t = fold(part)
    .replace(/[?!.…)(]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return t.length > 0 && t.length <= 40 && (TAG_EN.test(t) || TAG_RU.test(t));
}

/** A message's question with a trailing disbelief tag dropped ("…impartial? give me a break" → "…impartial?"). */
export function withoutDisbeliefTag(text: string): string {
  // Only after a question: "I heard X. Really?" asks whether X holds, the tag is the question there.
  const m = /^(.*?\?[?!]*)\s+([^?!.…]+[?!.…)]*)$/su.exec(text.trim());
  if (!m?.[1] || !m[2]) return text;
  const head = m[1].trim();
  return head.split(/\s+/).length >= 2 && isDisbeliefTag(m[2]) ? head : text;
}
