// Kind: what a named voice says on the last topic, asked with "that" — «а путин что по этому поводу» after the
// casualties, «а что путин говорит про это», «а путин что?», "and what does putin say about that?". The voice was read alone: the
// engine gave its whole roster, or (with «думает») what Putin wants — not his words on the casualties (d74-32#2).
// Put as the voice's words on the last question's topic ("what did putin say about civilian casualties?"). Only
// a voice the article quotes, named alone, and only where the engine finds that voice's own words on the topic
// ("what did peskov say about the call?" finds when it happened: then the message goes on as typed).
import type { Answer, Lang } from "../answering/types.js";
import { fold, readsAsRussian } from "./language.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext } from "./types.js";

const THAT_RU =
  "(?:по этому поводу|об этом|про это|на этот сч[её]т|насч[её]т этого|на эту тему|по этой теме)";
const VERB_RU =
  "(?:думает|говорит|считает|сказал\\p{L}*|говорил\\p{L}*|заявил\\p{L}*|заявля\\p{L}*|пишет|полагает|скажет)";
const LEAD_RU = "^(?:(?:а|и|ну|так)[, ]+)*";
const VOICE = "(\\p{L}+(?: \\p{L}+)?)";
const ASKED_RU = [
  // «а путин что по этому поводу», «а путин что думает об этом», «а путин что об этом говорит»
  new RegExp(`${LEAD_RU}${VOICE} что (?:${VERB_RU} )?${THAT_RU}(?: ${VERB_RU})?\\s*\\??$`, "u"),
  // «а что путин говорит про это», «что путин думает по этому поводу», «а что путин по этому поводу»
  new RegExp(`${LEAD_RU}что ${VOICE} (?:${VERB_RU} )?${THAT_RU}(?: ${VERB_RU})?\\s*\\??$`, "u"),
  // «а путин-то что?» (the particle off, emphatic-to.ts): "that" left unsaid, the last topic all the same
  new RegExp(`${LEAD_RU}${VOICE} что(?: (?:же|тогда))?\\s*\\??$`, "u"),
];
/** "and what does putin say about that?", "what did peskov think of it", "what does putin make of that" */
const ASKED_EN =
  /^(?:(?:and|so|but|ok|okay|well)[, ]+)*what (?:does|did|do|has) (\p{L}+(?: \p{L}+)?) (?:(?:have to|actually|even) )?(?:say|said|think|make) (?:about|of|on|regarding) (?:that|this|it|all (?:that|this))(?: (?:then|though|tho))?\s*\??$/u;

/** The voice's words on the last topic, as a stand-alone question, or null. */
export function voiceOnThatOf(
  text: string,
  context: DialogueContext | null,
  speakers: SpeakerNames,
  lang: Lang,
  findAnswer: (question: string, lang: Lang) => Answer,
): string | null {
  if (!context?.topic || context.refused) return null;
  const t = fold(text).trim();
  if (t.length > 80) return null;
  const ru = readsAsRussian(t, lang);
  const voice = ru ? ASKED_RU.map((re) => re.exec(t)?.[1]).find(Boolean) : ASKED_EN.exec(t)?.[1];
  if (!voice) return null;
  const named = speakers.namedIn(voice);
  const id = named[0]?.id;
  if (!id || named.length !== 1 || named[0]?.start !== 0 || !speakers.isQuoted(id)) return null;
  const name = speakers.shortName(id, ru ? "ru" : "en");
  const question = ru
    ? `что сказал ${name} про ${context.topic}?`
    : `what did ${name} say about ${context.topic}?`;
  const found = findAnswer(question, ru ? "ru" : "en");
  return found.answered && found.quotes.some((q) => q.speakerId === id) ? question : null;
}
