// Follow-up forms that older readers know under another wording, rewritten to that wording before reading:
// - a clarifying choice with its frame: "which foreign ministry, russian or turkish?", "is that the russian one or
//   the turkish one?", "какой МИД, российский или турецкий?" -> "russian or turkish?" (the last answer's side);
// - a voice check with "himself"/"сам": "did putin himself say that?", "did putin say that himself",
//   "was it putin himself?", "это сам путин сказал?" -> "did putin say that?" / "это сказал путин?" (whose words);
// - a part of the article named by what it is about: "and the bit about washington?", "the part on the quartet",
//   "а кусок про Вашингтон?", "а часть про прекращение огня?" -> "what about washington?" / "а про Вашингтон?"
//   (a topic switch: "bit about washington" is no topic the article has);
// - a Russian talk verb in the plural with its subject dropped: "а о чём говорили?", "и что обсуждали",
//   "о чём договорились?" -> "а о чём они говорили?" (the pronoun readers then name the last question's pair).
// - a topic put first and taken up by a pronoun: "what about the UN then, is it mentioned at all?" -> "is the UN
//   mentioned at all?" (dislocated-topic.ts);
// - a guilt asked of a party: "а израиль виноват?" -> "израиль виноват по мнению Путина?" (guilt-asked.ts).
// - contentment with a party, subject first: "путин доволен вашингтоном?" -> "доволен ли путин вашингтоном?"
//   (contentment-asked.ts).
// Text in, text out; null when the message is none of these.

import type { Parties } from "../knowledge/parties.js";
import { contentmentAskedOf } from "./contentment-asked.js";
import { dislocatedTopicOf } from "./dislocated-topic.js";
import { guiltAskedOf } from "./guilt-asked.js";

const EN_CHOICE =
  /^(?:(?:and|but|wait|so|sorry)[,.!]*\s+)*(?:which|what|whose)\s+[^,?]{1,40}?,\s*(?:the\s+)?(\p{L}+(?:'s)?)\s+or\s+(?:the\s+)?(\p{L}+(?:'s)?)(?:\s+one)?\s*\?*$/iu;
const EN_ONE_OR =
  /^(?:(?:and|but|wait|so|sorry)[,.!]*\s+)*(?:is|was|do you mean|you mean)\s+(?:(?:that|it|this)\s+)?(?:the\s+)?(\p{L}+)\s+one\s+or\s+(?:the\s+)?(\p{L}+)(?:\s+one)?\s*\?*$/iu;
const RU_CHOICE =
  /^(?:(?:а|и|ну|подожди|стоп)[,.!]*\s+)*(?:какой|какая|какое|какие|чей|чья|чьё|чье|который|которая|которое)\s+[^,?]{1,40}?,\s*(\p{L}+)\s+или\s+(\p{L}+)\s*\?*$/iu;

const EN_SELF =
  /^(?:(?:and|but|wait|so|ok|okay)[,.!]*\s+)*(?:did|does)\s+(.+?)\s+(?:himself|herself|personally|themselves)\s+(?:really\s+|actually\s+)?say\s+(?:that|this|it|so)\s*\?*$/iu;
const EN_SELF_AFTER =
  /^(?:(?:and|but|wait|so|ok|okay)[,.!]*\s+)*(?:did|does)\s+(.+?)\s+(?:really\s+|actually\s+)?say\s+(?:that|this|it|so)\s+(?:himself|herself|personally|themselves)\s*\?*$/iu;
const EN_SELF_WAS =
  /^(?:(?:and|but|wait|so|ok|okay)[,.!]*\s+)*(?:was|is)\s+(?:that|it|this)\s+(.+?)\s+(?:himself|herself|personally)(?:\s+(?:who said (?:that|it|this)|speaking|talking))?\s*\?*$/iu;
const RU_SELF =
  /^(?:(?:а|и|ну)\s+)?(?:это\s+)?(?:сам|сама|лично)\s+(\p{L}+)\s+(?:так\s+|это\s+)?(сказал|сказала|говорил|говорила|заявил|заявила)\s*\?*$/iu;
const RU_SELF_AFTER =
  /^(?:(?:а|и|ну)\s+)?это\s+(\p{L}+)\s+(?:сам|сама|лично)\s+(сказал|сказала|говорил|говорила|заявил|заявила)\s*\?*$/iu;

const EN_PART =
  /^(?:(?:and|but|so|ok|okay|now|also|what about|how about)[,.!]*\s+)*(?:the|that|this)\s+(?:bit|part|section|piece|passage|paragraph|thing|stuff|line)\s+(?:about|on|regarding|concerning|with)\s+([^?]{2,60}?)\s*\?*$/iu;
const RU_PART =
  /^(?:(?:а|и|ну|ладно|теперь)[,.!]*\s+)*(?:(?:а\s+)?(?:что\s+)?(?:насч[её]т|по поводу)\s+)?(?:та\s+|тот\s+|то\s+|эта\s+|этот\s+)?(?:часть|часть статьи|кусок|кусочек|момент|место|фрагмент|абзац|отрывок|раздел)\s+(?:про|о|об|насч[её]т)\s+([^?]{2,60}?)\s*\?*$/iu;

const RU_DROPPED =
  /^((?:(?:а|и|ну|так)[,.!]*\s+)*(?:(?:о|об|про)\s+)?(?:ч[её]м|что|как|когда|зачем|почему|до чего))\s+(говорили|обсуждали|договорились|беседовали|разговаривали|решили|сошлись|условились)\s*\?*$/iu;

/** The message in the wording an older reader knows, or null. */
export function followUpFormOf(text: string, parties: Parties): string | null {
  const t = text.trim().replace(/\s+/g, " ");
  const choice = EN_CHOICE.exec(t) ?? EN_ONE_OR.exec(t);
  if (choice?.[1] && choice[2]) return `${bare(choice[1])} or ${bare(choice[2])}?`;
  const ru = RU_CHOICE.exec(t);
  if (ru?.[1] && ru[2]) return `${ru[1]} или ${ru[2]}?`;
  const self = EN_SELF.exec(t) ?? EN_SELF_AFTER.exec(t) ?? EN_SELF_WAS.exec(t);
  // "did he say that himself?" names no one: the voice readers take it as it is.
  if (self?.[1] && !PRONOUN.test(self[1])) return `did ${self[1]} say that?`;
  const selfRu = RU_SELF.exec(t) ?? RU_SELF_AFTER.exec(t);
  if (selfRu?.[1] && selfRu[2] && !PRONOUN.test(selfRu[1])) return `это ${selfRu[2]} ${selfRu[1]}?`;
  const part = EN_PART.exec(t);
  if (part?.[1]) return `what about ${part[1]}?`;
  const partRu = RU_PART.exec(t);
  if (partRu?.[1]) return `а про ${partRu[1]}?`;
  const dropped = RU_DROPPED.exec(t);
  if (dropped?.[1] && dropped[2]) return `${dropped[1]} они ${dropped[2]}?`;
  return dislocatedTopicOf(t) ?? guiltAskedOf(t, parties) ?? contentmentAskedOf(t, parties);
}

const PRONOUN = /^(?:he|she|they|it|him|them|он|она|они|оно)$/iu;
const bare = (word: string) => word.replace(/'s$/iu, "");
