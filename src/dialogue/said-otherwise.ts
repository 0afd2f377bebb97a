// "What did Peskov add?", "а что добавил Песков?": another verb of saying than the engine's own, about one voice
// the article quotes. Where the engine is unsure of the question, it is asked again as what that voice said
// (the templates' speakerAbout), so the voice's statements answer rather than a refusal. Read by stand-alone.ts.

import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { type DialogueWords, fold } from "./language.js";

/** The verb of saying about one voice: the name is group 1 or 3, a topic group 2. */
const SAID_OTHERWISE =
  /^(?:(?:and|so|but|then|а|и|ну|так)\s+)?(?:what (?:else )?(?:did|does|has) (.+?) (?:add|added|note|noted|stress|stressed|state|stated|emphasi[sz]e|highlight|underline|point out|go on to say|reply|respond|answer|tell (?:us|them|reporters|journalists))(?: (?:to|on) (?:that|this|it)| about (.+?))?|что (?:ещё |еще )?(?:добавил|отметил|заявил|подчеркнул|ответил|уточнил|сообщил)[аи]? (.+?))\s*\??$/u;

/** What that voice said where the engine did not answer the question; else the engine's answer as it was. */
export function saidOtherwise(
  kit: DialogueKit,
  question: string,
  answer: Answer,
  lang: Lang,
  words: DialogueWords,
): Answer {
  const voice = answer.answered ? null : SAID_OTHERWISE.exec(fold(question));
  const named = voice ? (voice[1] ?? voice[3] ?? "") : "";
  // The name is all of the subject ("the Foreign Ministry", not "the ministry's head").
  if (voice && kit.speakers.namedIn(named).some((n) => n.start <= 4 && n.end >= named.length - 1)) {
    const said = kit.findAnswer(words.templates.speakerAbout(named, voice[2] ?? ""), lang);
    if (said.answered) return said;
  }
  return answer;
}
