// (dialog51) "topic?", "subject?", "what about?", «тема?», «о чём?» after a question on the reported call that the
// article could not answer ("putin erdogan call date?" → no dates): the fragment asks what the call was about, and
// the article gives it — Putin's urgent need for an immediate ceasefire and the resumption of the negotiation
// process. Answered with the call's entry, read through the engine in the call's own words. Only when the last
// question's topic is the phone call ("call for a ceasefire" is no call); a bare "topic?" after anything else is
// left as it was (the article's own topic).
import { withoutEndMarks } from "../lib/fold-question.js";
import type { AskedOfLast } from "./asked-of-last.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import type { DialogueTurn } from "./types.js";

const FRAGMENT_EN =
  /^(?:(?:and|so|ok|okay|and the|the|its|their|its main)[, ]+)*(?:topic|topics|subject|subjects|content|contents|agenda|theme|matter|substance|what about|about what|on what|what was discussed|what was said|what was it about)$/u;
const FRAGMENT_RU =
  /^(?:(?:а|и|ну|так)[, ]+)*(?:тема|темы|предмет|содержание|суть|о ч[её]м|про что|о ч[её]м говорили|о ч[её]м был\p{L}*|что обсуждали)$/u;
/** The last question's topic words are the phone call (not "call ceasefire", the call for one). */
const CALL_TOPIC =
  /(?<!\p{L})(?:call|calls|called|phone|phoned|rang|conversation|звон\p{L}*|позвон\p{L}*|созвон\p{L}*|разговор\p{L}*)(?!\p{L})(?! (?:for|ceasefire|truce|talks|negotiat\p{L}*|peace|dialogue|restraint|state)(?!\p{L}))/u;
const CALL_ASKED = {
  en: "What did Putin say in his phone call with Erdogan?",
  ru: "Что Путин сказал в телефонном разговоре с Эрдоганом?",
};

/** Whether the message is a bare "topic?" fragment. */
export function topicFragment(folded: string, ru: boolean): boolean {
  const text = withoutEndMarks(folded).trim();
  return (ru ? FRAGMENT_RU : FRAGMENT_EN).test(text);
}

export function callTopicFragmentTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { context, folded, ru } = ask;
  if (context.refused || !topicFragment(folded, ru)) return null;
  if (!CALL_TOPIC.test(context.topic.toLowerCase())) return null;
  const answer = kit.findAnswer(CALL_ASKED[ask.lang], ask.lang);
  if (!answer.answered || answer.quotes.length === 0) return null;
  const reply = answerReply(answer, {
    understood: CALL_ASKED[ask.lang],
    followUp: "topic-switch",
    asked: CALL_ASKED[ask.lang],
  });
  return {
    lang: ask.lang,
    replies: [reply],
    context: {
      ...context,
      entryId: answer.entry?.id ?? context.entryId,
      question: CALL_ASKED[ask.lang],
      verdict: null,
    },
  };
}
