// Kind (dialog50): a pronoun object of support after a turn on a topic — "does he support them?" after "what does
// putin say about the negotiations?", "does he back it?" after the ceasefire, «он их поддерживает?», «он его
// поддерживает?», «он это поддерживает?», «поддерживает ли он её?». The pronoun is the last question's topic. Read
// as typed, "them" found the US card (Putin faults them) and «их» / "it" the Palestinian-state card (support-that.ts
// reads "that" as the state wherever the last answer names it): a Yes on the wrong thing. Asked as
// "<subject> supports <the last topic>?" (in the last question's words; the engine reads stems, so the case after
// «о» / «про» does no harm), the usual readers answer it: Yes where the article has the subject call for it, doesn't
// say where it does not (Hamas). Only when the last question had a topic after "about" / "on" / "of" / «о» / «про»;
// in-favour-ru.ts reads «он за них?» the same way.
import type { Lang } from "../answering/types.js";
import { foldQuestion, withoutEndMarks } from "../lib/fold-question.js";
import type { DialogueContext } from "./types.js";

const LEAD_EN = "(?:(?:so|and|but|ok|okay|well|then|hmm)[,.! ]+)*";
const OBJECT_EN = "(?:them|it|that|this|those|these|that idea|the idea)";
const SUPPORT_EN = new RegExp(
  `^${LEAD_EN}(?:does|did|do|would|is|are) ((?!(?:it|that|this|they|there)(?!\\p{L}))\\p{L}+(?: \\p{L}+)?) (?:(?:actually|really|even|himself|still) )?(?:support|back|endorse|favou?r|agree with|approve of|welcome|for|in favou?r of|on board with) ${OBJECT_EN}(?:,? (?:then|though|too|at all|or not))*$`,
  "u",
);
const LEAD_RU = "(?:(?:а|и|так|ну|но|то есть|значит)[,.! ]+)*";
const OBJECT_RU = "(?:их|его|е[её]|это|эту идею)";
const VERB_RU = "(поддерживает|поддерживают|одобряет|одобряют|разделяет|приветствует|приветствуют)";
const PARTICLE_RU = "(?: (?:вообще|же|ли|тоже|сам|сами|разве|всё-таки|все-таки|ведь))*";
/** «он их поддерживает», «их он поддерживает», «он поддерживает их», «поддерживает ли он их». */
const SUPPORT_RU = [
  new RegExp(`^${LEAD_RU}(\\p{L}+)${PARTICLE_RU} ${OBJECT_RU}${PARTICLE_RU} ${VERB_RU}${PARTICLE_RU}$`, "u"),
  new RegExp(`^${LEAD_RU}${OBJECT_RU} (\\p{L}+)${PARTICLE_RU} ${VERB_RU}${PARTICLE_RU}$`, "u"),
  new RegExp(`^${LEAD_RU}(\\p{L}+)${PARTICLE_RU} ${VERB_RU}${PARTICLE_RU} ${OBJECT_RU}$`, "u"),
  new RegExp(`^${LEAD_RU}${VERB_RU} ли (\\p{L}+) ${OBJECT_RU}$`, "u"),
];
/** Words that are no subject of support: question words and the object pronouns themselves. */
const NOT_SUBJECT_RU = /^(?:кто|что|кого|почему|зачем|как|где|их|его|ее|её|это|ли)$/u;

/** The topic of the last question: what follows its last "about" / "on" / "of" / «о» / «про». */
const TOPIC_EN =
  /(?:^|\s)(?:about|on|of|regarding|concerning|towards?)\s+((?:the |a |an )?\p{L}[\p{L} -]{2,60}?)$/u;
const TOPIC_RU = /(?:^|\s)(?:про|о|об|обо|насчет|насчёт|по поводу)\s+(\p{L}[\p{L} -]{2,60}?)$/u;
/** A topic that is itself a pointer ("about it", «об этом»): nothing to carry. */
const POINTER = /(?<!\p{L})(?:it|that|this|them|these|those|him|her|нем|нём|ней|них|этом|том)(?!\p{L})/u;
const MAX_TOPIC_WORDS = 5;
const TOPIC_ASKED =
  /^(?:(?:and|so|ok|okay|а|и|ну|так)[,. ]+)*(?:what|how|tell me|что|как|чего|расскажи|а про|про|о|об)(?!\p{L})/u;

/** The support asked of the last question's topic, or null when the message is not that kind. */
export function supportTopicOf(
  text: string,
  context: DialogueContext | null | undefined,
  lang: Lang,
): string | null {
  if (!context?.question || context.refused || text.length > 60) return null;
  const q = withoutEndMarks(foldQuestion(text));
  const last = withoutEndMarks(foldQuestion(context.question));
  // Only after a question on a topic ("what does putin say about…"), not a yes/no ("is russia part of the peace
  // process" → "does everybody agree with that?" is the claim's dispute, o77-11).
  if (!TOPIC_ASKED.test(last)) return null;
  const ru = /\p{Script=Cyrillic}/u.test(q) || (lang === "ru" && !/[a-z]/.test(q));
  if (ru) {
    const m = SUPPORT_RU.map((r) => r.exec(q)).find(Boolean);
    const subject = m?.slice(1).find((g) => g && !VERB_RU.includes(g));
    const verb = m?.slice(1).find((g) => g && VERB_RU.includes(g));
    if (!subject || !verb || NOT_SUBJECT_RU.test(subject)) return null;
    const topic = carried(TOPIC_RU.exec(last)?.[1]);
    return topic ? `${subject} ${verb} ${topic}?` : null;
  }
  const m = SUPPORT_EN.exec(q);
  if (!m?.[1]) return null;
  const topic = carried(TOPIC_EN.exec(last)?.[1]);
  if (!topic) return null;
  const many = /^(?:they|the \p{L}+s|\p{L}+ians|israelis)$/u.test(m[1]);
  return `${many ? "do" : "does"} ${m[1]} support ${topic}?`;
}

/** The topic as it may be carried: trimmed, short, and no pointer itself. */
function carried(topic: string | undefined): string | null {
  const t = topic?.trim();
  if (!t || POINTER.test(t) || t.split(" ").length > MAX_TOPIC_WORDS) return null;
  return t;
}
