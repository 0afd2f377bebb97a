// Follow-up forms that older readers know under another wording, rewritten to that wording before reading:
// - a clarifying choice with its frame: "which foreign ministry, russian or turkish?", "is that the russian one or
//   the turkish one?", "какой МИД, российский или турецкий?" -> "russian or turkish?" (the last answer's side);
// - a voice check with "himself"/"сам": "did putin himself say that?", "did putin say that himself",
//   "was it putin himself?", "это сам путин сказал?" -> "did putin say that?" / "это сказал путин?" (whose words);
// - a part of the article named by what it is about: "and the bit about washington?", "the part on the quartet",
//   "а кусок про Вашингтон?", "а часть про прекращение огня?" -> "what about washington?" / "а про Вашингтон?"
//   (a topic switch: "bit about washington" is no topic the article has);
// - a Russian talk verb in the plural with its subject dropped: "а о чём говорили?", "и что обсуждали",
//   "о чём договорились?", «а о чём тогда говорили?» -> "а о чём они говорили?" (the pronoun readers then name the last question's pair).
// - a topic put first and taken up by a pronoun: "what about the UN then, is it mentioned at all?" -> "is the UN
//   mentioned at all?" (dislocated-topic.ts); "ceasefire - who wants one?" -> "who wants a ceasefire?"
//   (fronted-topic-asked.ts); "so russia will assist, he says?", "Putin didn't bring that up, did he?" (tagged-follow-up.ts);
// - a part of a claim told before asked ("… says that X and Y. Is he right about the X part?") -> "is it true
//   that X?";
// - a Russian claim framed by the article: «в статье говорится что X?» -> «X?»;
// - a Russian topic put first, the voice after it: «а про X это тоже он говорил?» -> «это он говорил про X?»;
// - a guilt asked of a party: "а израиль виноват?" -> "израиль виноват по мнению Путина?" (guilt-asked.ts).
// - contentment with a party, subject first: "путин доволен вашингтоном?" -> "доволен ли путин вашингтоном?"
//   (contentment-asked.ts).
// - a Russian party (or "потом"/"дальше") put first and «что» after it: «а США что», «и потом что» -> «а что США?»,
//   «а что потом?» (the switch's and "more"'s order; read as is, «США что» was the US's own reaction, never given);
// - the grounds of the last answer asked as "how": "how do they justify that", «как она это доказывает» -> "why?"
//   (grounds-asked.ts).
// Text in, text out; null when the message is none of these.

import type { Parties } from "../knowledge/parties.js";
import { aboutObjectAskedOf } from "./about-object-asked.js";
import { contentmentAskedOf } from "./contentment-asked.js";
import { dislocatedTopicOf } from "./dislocated-topic.js";
import { frontedTopicAskedOf } from "./fronted-topic-asked.js";
import { groundsAskedOf } from "./grounds-asked.js";
import { guiltAskedOf } from "./guilt-asked.js";
import { memberAskedOf } from "./member-asked.js";
import { taggedFollowUpOf } from "./tagged-follow-up.js";

// Not a whole question before the comma ("which side does russia talk to, israelis or palestinians?", "which side
// is moscow in contact with, israel or hamas?"): its "X or Y" offers the question's own options, read whole
// (quality45; cut to "israelis or palestinians" it found the Foreign Ministry's Palestinian-Israeli dialogue).
const EN_CHOICE =
  /^(?:(?:and|but|wait|so|sorry)[,.!]*\s+)*(?:which|what|whose)\s+(?![^,?]*\b(?:do|does|did)\s)(?![^,?]*\b(?:is|are|was|were|has|have)(?:\s+[^\s,?]+){3})[^,?]{1,40}?,\s*(?:the\s+)?(\p{L}+(?:'s)?)\s+or\s+(?:the\s+)?(\p{L}+(?:'s)?)(?:\s+one)?\s*\?*$/iu;
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
/** "what about the hamas bit then?", "and the quartet part?": the part named by its topic before the noun. */
const EN_PART_BEFORE =
  /^(?:(?:and|but|so|ok|okay|now|also)[,.!]*\s+)*(?:what about|how about|and)\s+(?:the\s+)?(\p{L}+(?:\s\p{L}+)?)\s+(?:bit|part|thing|stuff|side of it|claim)(?:\s+(?:then|again|though|tho))?\s*\?*$/iu;
const RU_PART =
  /^(?:(?:а|и|ну|ладно|теперь)[,.!]*\s+)*(?:(?:а\s+)?(?:что\s+)?(?:насч[её]т|по поводу)\s+)?(?:та\s+|тот\s+|то\s+|эта\s+|этот\s+)?(?:часть|часть статьи|кусок|кусочек|момент|место|фрагмент|абзац|отрывок|раздел)\s+(?:про|о|об|насч[её]т)\s+([^?]{2,60}?)\s*\?*$/iu;

const RU_DROPPED =
  /^((?:(?:а|и|ну|так)[,.!]*\s+)*(?:(?:о|об|про)\s+)?(?:ч[её]м|что|как|когда|зачем|почему|до чего))(?:\s+(?:тогда|же|вообще|в итоге))?\s+(говорили|обсуждали|договорились|беседовали|разговаривали|решили|сошлись|условились)\s*\?*$/iu;

/**
 * A Russian topic put first and the voice asked after it: «а про прекращение огня это тоже он говорил?», «а про
 * переговоры это тоже его слова?» -> «это он говорил про прекращение огня?» (the voice check of that matter).
 */
const RU_FRONTED =
  /^(?:(?:а|и|ну)[,.!]*\s+)*(про|о|об|насч[её]т)\s+([^,?]{2,60}?),?\s+это\s+(?:(?:тоже|также|ещ[её]|же|ведь)\s+)*(?:(\p{L}+)\s+(говорил\p{L}*|сказал\p{L}*|заявлял\p{L}*|заявил\p{L}*)|(?:его|е[её]|их)\s+слова)\s*\?*$/iu;

/**
 * A Russian claim framed by the article: «в статье говорится что китай входит в квартет?», «по статье выходит, что…»
 * -> «китай входит в квартет?» (the frame read "что" as the question word and lost the claim).
 */
const RU_ARTICLE_SAYS =
  /^(?:(?:а|и|так|ну)[, ]+)?(?:в статье|в тексте|статья|по статье|в материале)(?: (?:вообще|правда|действительно|реально))? (?:говорится|сказано|написано|пишут|пишет|утверждается|утверждает|говорит|выходит|получается),? что (?!-)(\p{L}+(?:[ ,-]+\p{L}+){1,13}[ ,-]*)\?*$/u;

/**
 * Someone's claim told first, then one part of it asked: "My uncle keeps posting that Putin is against a
 * Palestinian state and only backs Hamas. … Is he right about the state part?" -> "is it true that Putin is
 * against a Palestinian state?" (the part of the claim holding the word asked about; dialog48).
 */
const EN_PART_RIGHT =
  /(?:^|[.!?]\s+)(?:so\s+)?(?:is|was|are)\s+(?:he|she|they|it|that|my\s+\p{L}+)\s+(?:right|correct|wrong)\s+(?:about|on)\s+(?:the\s+)?(\p{L}+)(?:\s+\p{L}+)?\s+(?:part|bit|thing|claim|one)\s*\?*$/iu;
const CLAIM_TOLD =
  /\b(?:says?|said|saying|posting|posts|posted|claims?|claiming|thinks?|insists?|told me|reckons?)(?:\s+[\p{L}']+){0,5}?\s+that\s+([^.!?]{8,200})/iu;

function claimPartAsked(t: string): string | null {
  const asked = EN_PART_RIGHT.exec(t);
  if (!asked?.[1]) return null;
  const claim = CLAIM_TOLD.exec(t.slice(0, asked.index))?.[1];
  if (!claim) return null;
  const parts = claim.split(/,?\s+(?:and|but)\s+/iu);
  const stem = asked[1].toLowerCase().slice(0, 5);
  const at = parts.findIndex((p) =>
    p
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => w.startsWith(stem)),
  );
  if (at < 0) return null;
  const subject = at > 0 ? `${parts[0]!.split(/\s+/u)[0]} ` : "";
  return `is it true that ${subject}${parts[at]!.trim()}?`;
}

/**
 * «а США что», «и Израиль что?», «ну а дальше что» (d61-31, d61-35): one or two words after a lead word, «что» last.
 * Not a question word or a verb phrase ("а он сказал что" has a verb: left alone, it is two words at most and no
 * «сказал»-like word is a party).
 */
const RU_WHAT_LAST =
  /^(?:(?:а|и|ну)[, ]+)+([\p{L}.-]+(?: [\p{L}.-]+)?) (?:что|что же|что тогда|что там)\s*\?*$/iu;
const RU_NOT_TOPIC =
  /(?<!\p{L})(?:кто|что|как|где|когда|почему|зачем|сказал\p{L}*|говорил\p{L}*|ответил\p{L}*|думает|считает|сделал\p{L}*|решил\p{L}*)(?!\p{L})/iu;

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
  const part = EN_PART.exec(t) ?? EN_PART_BEFORE.exec(t);
  if (part?.[1]) return `what about ${part[1]}?`;
  const partRu = RU_PART.exec(t);
  if (partRu?.[1]) return `а про ${partRu[1]}?`;
  const claimPart = claimPartAsked(t);
  if (claimPart) return claimPart;
  const says = RU_ARTICLE_SAYS.exec(t.toLowerCase());
  if (says?.[1]) return `${says[1].trim()}?`;
  const fronted = RU_FRONTED.exec(t);
  if (fronted?.[1] && fronted[2])
    return `это ${fronted[3] ?? "он"} ${fronted[4] ?? "говорил"} ${fronted[1]} ${fronted[2]}?`;
  const dropped = RU_DROPPED.exec(t);
  if (dropped?.[1] && dropped[2]) return `${dropped[1]} они ${dropped[2]}?`;
  const whatLast = RU_WHAT_LAST.exec(t);
  if (whatLast?.[1] && !RU_NOT_TOPIC.test(whatLast[1])) return `а что ${whatLast[1]}?`;
  const grounds = groundsAskedOf(t);
  if (grounds) return grounds;
  return (
    aboutObjectAskedOf(t) ??
    dislocatedTopicOf(t) ??
    frontedTopicAskedOf(t) ??
    taggedFollowUpOf(t) ??
    guiltAskedOf(t, parties) ??
    contentmentAskedOf(t, parties) ??
    memberAskedOf(t)
  );
}

const PRONOUN = /^(?:he|she|they|it|him|them|он|она|они|оно)$/iu;
const bare = (word: string) => word.replace(/'s$/iu, "");
