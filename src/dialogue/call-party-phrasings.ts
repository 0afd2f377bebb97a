// The ways a question names a party of the reported call, or the words said to someone: the phrasings
// call-party.ts reads ("was that call with X?", "did he say it to biden", «это был звонок Байдену?», «а байдену он
// это говорил?»), kept apart from its verdicts. Each pattern reads folded text (lower case, ё→е, no end punctuation).
import { PHONE_VERBS, TALK_VERBS } from "../answering/russian/phone-check.js";
import { GUESSED_CALL_PARTY_EN, GUESSED_CALL_PARTY_RU } from "./guessed-call-party.js";

/** The call's party asked by a who-question, then an answer offered to check: the call presupposed. Last in
 * ASKED_EN/ASKED_RU (their first two patterns are read by place in call-party.ts). */
export const OFFERED_EN = [
  // "who did putin call about gaza? macron?": the call's party asked, then an answer offered to check.
  /^(?:(?:so|and|but|wait|ok)[, ]+)?who did (?:putin|he) (?:call|phone|ring|talk to on the phone|speak to on the phone|have (?:a|the) call with)(?: [^?]{2,60})?\? (?:was it |with )?(.+?)$/u,
  ...GUESSED_CALL_PARTY_EN,
];
export const OFFERED_RU = [
  // «с кем путин говорил по телефону про газу? с нетаньяху?»: the call's party asked, then an answer offered.
  /^(?:(?:а|и|так)[, ]+)?с кем (?:путин|он) (?:говорил|разговаривал|беседовал|созванивался|созвонился)\p{L}* по телефону(?: [^?]{2,60})?\? (?:это был\p{L}* )?с(?:о)? (.+?)$/u,
  /^(?:(?:а|и|так)[, ]+)?кому (?:путин|он) (?:звонил|позвонил)\p{L}*(?: [^?]{2,60})?\? (?:это был\p{L}* )?(.+?)$/u,
  ...GUESSED_CALL_PARTY_RU,
];
/**
 * "was it netanyahu he called?", "wasn't it biden putin phoned?", «это нетаньяху он звонил?», «это с байденом путин
 * говорил по телефону?»: the one phoned put first, the call itself presupposed (dialog32, d66-02).
 */
export const CLEFT_EN =
  /^(?:(?:so|and|but|wait|ok)[, ]+)?(?:was|is|wasn'?t|isn'?t) it (?:really |actually )?(\p{L}+(?: \p{L}+){0,3}?) (?:(?:that|who|whom) )?(?:putin|he) (?:called|phoned|rang|rang up|telephoned|was on the phone with|spoke to on the phone|talked to on the phone|had the call with|had the phone call with)$/u;
export const CLEFT_RU =
  /^(?:(?:а|и|так|значит)[, ]+)?это (?:же |ведь |точно )?(\p{L}+(?: \p{L}+)?) (?:путин|он) (?:(?:звонил|позвонил)\p{L}*|(?:созванивался|созвонился))$/u;

/**
 * "wait was it biden?", "hold on, is it macron?", «а это был байден?» right after the call's card: the one phoned
 * asked by "it", the call presupposed (No with the quote's party; the call convention).
 */
export const IT_WAS_EN =
  /^(?:(?:so|and|but|wait|hold on|hang on|ok|okay|oh|hmm|huh)[, ]+)*(?:was|is|wasn'?t|isn'?t) it (?:really |actually )?(?:with |to )?(?!(?:about|over|on|in|for|because|due|regarding|concerning|at|from|by|that|this|true|so|really|said|done|a|an|the same|going|gonna|possible|likely|worth|important|serious|bad|good|ok|okay|over|him|her|them|then)(?!\p{L}))(\p{L}+(?: (?!(?:too|also|either|as|about|over|on|in|for|because)(?!\p{L}))\p{L}+){0,2}?)(?: (?:then|instead|actually))?$/u;
export const IT_WAS_RU =
  /^(?:(?:а|и|так|значит|погоди|подожди|стоп)[, ]+)*это (?:же |ведь |точно )?(?:был\p{L}* )?(?:с(?:о)? )?(?!(?:о|об|про|из-за|по|в|на|для|тоже|так|правда|нормально|важно|плохо|хорошо)(?!\p{L}))(\p{L}+(?: (?!(?:тоже|также|о|об|про|по)(?!\p{L}))\p{L}+)?)(?: (?:был\p{L}*|тогда))?$/u;

/** "…? i thought so", «…? я думал»: the asker's guess after the question, no part of it. */
export const GUESS_TAG =
  /[?,]? (?:i (?:thought|think|assumed|figured)(?: so| that)?|i was (?:sure|told)|я (?:думал|думала|так думал|так думала)|мне (?:так )?казалось|вроде бы?)$/u;

/** The first reading of each language asks about the reported call itself; the rest, a call by name (No unless one more). */
export const ASKED_EN = [
  // "was that call with X?", "was the phone call Putin had with X?", "was the conversation with X?"
  // "was putin's gaza call with X?": the call named by its matter (wave AJ). Words before "with" only before a call
  // noun: "is the rafah crossing with egypt open?" is no call (verdict42; it was No on the call's card).
  /^(?:(?:so|and|but|wait)[, ]+)?(?:was|is) (?:that|the|this|his|it|putin'?s)(?:(?: (?!with(?!\p{L}))[\p{L}-]{2,20}){0,2}?(?: phone)? (?:call|conversation|phone call))?(?: (?:putin|he) had)? ?with (.+?)$/u,
  // "putins phone call was with netanyahu right?", "the call was with biden?" (dialog43).
  /^(?:(?:so|and|but|wait|ok)[, ]+)?(?:putin'?s|his|the|that|this)(?: phone)? (?:call|conversation|phone call|chat)(?: (?:putin|he) (?:had|made))? (?:was|is) (?:with|to) (.+?)$/,
  // "Putin discussed it on the phone with X, right?", "did he phone X?", "did Putin call Biden?", "did he ring up
  // the Israeli PM?": the call itself, not any contact ("call for"/"call on" ask what he urged, not whom he phoned).
  // "did putin talk about a ceasefire with biden?", "did he discuss the ceasefire with netanyahu?": a matter of the
  // call talked over with a party (dialog46).
  /^(?:(?:so|and|but|wait|is it true(?: that)?|did|has|had)[, ]+)*(?:vladimir )?(?:putin|he) (?:(?:also|ever|really|actually|even) )?(?:discuss(?:ed)?|talk(?:ed)? about|sp(?:o|ea)ke? about|chat(?:ted)? about|go over|went over|bring up|brought up|raise[sd]?) (?!with )[\p{L} '-]{2,60}? with (.+?)$/u,
  /^(?:(?:so|and|but|wait|is it true(?: that)?|did|has|had)[, ]+)*(?:vladimir )?(?:putin|he) (?:(?:also|ever|really|actually|even) )?(?:(?:spoke|speak|talk|talked|discuss|discussed|chat|chatted)(?: (?:this|it|that|about (?:this|it|that)))? (?:on|by|over) the phone (?:with|to)|(?:phone|phoned|rang|ring|telephone|telephoned|call|called)(?: up)?) (?!(?:for|on|upon|to|off|out|in|back|it|this|that|them|him|her)(?!\p{L}))(.+?)$/u,
  // "did Putin talk to Netanyahu on the phone?", "did putin chat with the israeli pm over the phone?": the phone
  // after the party; "did putin have a call with the israeli president?": the call had with a party (dialog47).
  /^(?:(?:so|and|but|wait|is it true(?: that)?|did|has|had)[, ]+)*(?:vladimir )?(?:putin|he) (?:(?:also|ever|really|actually|even) )?(?:talk|talked|speak|spoke|spoken|chat|chatted|converse|conversed) (?:to|with) (.+?) (?:on|over|by) (?:the )?(?:tele)?phone(?: (?:about|regarding|on) [\p{L} '-]{2,40})?$/u,
  /^(?:(?:so|and|but|wait|is it true(?: that)?|did|has|had)[, ]+)*(?:vladimir )?(?:putin|he) (?:(?:also|ever|really|actually|even) )?(?:have|had|hold|held|make|made) (?:a |any )?(?:phone |telephone )?(?:call|conversation|phone call|phone conversation) with (.+?)$/u,
  // "is it true putin talked to netanyahu", "putin spoke with biden?": a bare talk in the past, no phone named
  // (d60-12: refused, the claim frame found nothing; "did putin talk to X" the engine placed already). Last, so
  // every call-worded reading above goes first; the convention makes a bare talk "doesn't say" (call-convention.ts).
  /^(?:(?:so|and|but|wait|is it true(?: that)?)[, ]+)*(?:vladimir )?(?:putin|he) (?:(?:also|ever|really|actually|even) )?(?:talked|spoke|chatted|conversed) (?:to|with) (.+?)$/u,
  ...OFFERED_EN,
];
export const ASKED_RU = [
  // "это был разговор с X?", "звонок был с X?"; «звонок путина был с X?» with the caller in the genitive (dialog-r2-34)
  /^(?:(?:а|и|так|значит)[, ]+)?(?:это )?(?:был |была )?(?:разговор|звонок|беседа|телефонный разговор)\p{L}* (?:(?:путина|его|президента|президента россии) )?(?:был\p{L}* )?с(?:о)? (.+?)$/u,
  // "это же был звонок Байдену?", "звонок был Байдену?": the one phoned in the dative (dialog43); «звонок был в
  // октябре?», «звонок был вчера?» ask its date, no party (dialog38: a false Нет with Erdogan).
  /^(?:(?:а|и|так|значит)[, ]+)?(?:это )?(?:же |ведь )?(?:был |была )?(?:же |ведь )?(?:звонок|звонил\p{L}*) (?:был |же |ведь )*(?!(?:о|об|про|по|в|во|на|из-за|с|со|когда|зачем|почему|был|была|было|вчера|позавчера|сегодня|недавно|давно|утром|дн[её]м|вечером|ночью|уже)(?!\p{L}))(.+?)$/u,
  // «а прекращение огня он с нетаньяху обсуждал?», «про перемирие путин с байденом говорил?», «путин обсуждал
  // перемирие с байденом?»: a matter of the call talked over with a party (dialog46).
  /^(?:(?:а|и|так|значит)[, ]+)*(?:[\p{L} -]{2,40}? )?(?:путин|он) (?:это )?с(?:о)? (\p{L}+(?: \p{L}+)?) (?:обсуждал|обсудил|говорил|разговаривал|беседовал)\p{L}*(?: (?:это|об этом))?$/u,
  /^(?:(?:а|и|так|значит)[, ]+)*(?:путин|он) (?:обсуждал|обсудил|говорил о|говорил об|говорил про)\p{L}* [\p{L} -]{2,40}? с(?:о)? (\p{L}+(?: \p{L}+)?)$/u,
  // "Путин обсуждал это по телефону с X, да?", "Путин звонил X?": the call itself, not any contact.
  new RegExp(
    `^(?:(?:а|и|так|значит|правда ли,? что)[, ]+)*(?:путин|он) (?:(?:${TALK_VERBS})\\p{L}*(?: (?:это|об этом))? по телефону с(?:о)?|(?:${PHONE_VERBS})\\p{L}*(?: с(?:о)?)?) (.+?)$`,
    "u",
  ),
  ...OFFERED_RU,
];

/**
 * "did he say it to biden", "он сказал это байдену?": the last answer's words, said to someone. Where they are
 * words of the reported call, the party asked is checked against the call's: another is a No (he said it to the
 * one the call was with), the call's own a Yes.
 */
export const SAID_TO_EN =
  /^(?:(?:so|and|but|wait|ok)[, ]+)*(?:(?:did|was it|has|had) )?(?:vladimir )?(?:putin|he) (?:(?:also|really|actually) )?(?:say|said|tell|told|mention|mentioned|stress|stressed|emphasi[sz]ed?|raise|raised|repeat|repeated|express|expressed)(?: (?:it|this|that|all this|all that|so))? to (.+?)$/u;
/** «он говорил о переговорах?»: a preposition opens the matter spoken of, never the one told (dialog-r2-38). */
export const SAID_TO_RU =
  /^(?:(?:а|и|так|значит)[, ]+)*(?:путин|он) (?:(?:это|так|об этом) )?(?:сказал|говорил|заявил|повторил|подчеркнул)\p{L}*(?: (?:это|так|об этом))? (?:(?:лично|именно) )?(?!(?:ли|ему|им|нам|мне|вам|о|об|обо|про|с|со|в|во|на)(?!\p{L}))(\p{L}+(?:['’]\p{L}+)?(?: \p{L}+)?)$/u;
/**
 * "did he say that in a call with macron?", "was that said on the phone with biden?": the words put on another call
 * than the reported one — a wrong occasion, No with the call (dialog52, d46-24), whatever the words were.
 */
export const SAID_ON_CALL_EN =
  /^(?:(?:so|and|but|wait|ok)[, ]+)*(?:(?:did|was it|has|had) )?(?:vladimir )?(?:putin|he) (?:(?:also|really|actually) )?(?:say|said|tell|told|mention|mentioned|stress|stressed|emphasi[sz]ed?|raise|raised|express|expressed)(?: (?:it|this|that|all this|all that|so))? (?:in|on|during|over) (?:a|the|his|that|this) (?:(?:phone|telephone) )?(?:call|conversation|talk|chat|phone call) (?:with|to) (.+?)$/u;
/**
 * "it was in the call with netanyahu that he urged a ceasefire?", "putin said all this to biden, didn't he?", «это в
 * разговоре с нетаньяху путин призвал к перемирию?»: the reported words put on a call with another party, or the
 * whole of them said to another — a wrong occasion as a first turn, No with the call (dialog53, d47-16/31).
 */
export const ON_CALL_WITH =
  /(?<!\p{L})(?:(?:in|on|during|over) (?:a|the|his|that|this) (?:(?:phone|telephone) )?(?:call|conversation|phone call|phone conversation) with|(?:в|во время|при) (?:телефонном |телефонной )?(?:(?:разговор\p{L}*|бесед\p{L}*|звонк\p{L}*|созвон\p{L}*) с(?:о)?|звонк\p{L}*)) ((?!(?:putin|путин|он|he)(?!\p{L}))\p{L}+(?:['’]\p{L}+)?(?: (?!(?:putin|путин|он|he|that|who|что|кто)(?!\p{L}))\p{L}+){0,2})/u;
export const ALL_SAID_TO_EN =
  /^(?:(?:so|and|but|wait|ok)[, ]+)*(?:vladimir )?(?:putin|he) (?:(?:also|really|actually) )?(?:said|told|say|tell) (?:all|all of|everything of) (?:this|that|it)(?: stuff)? to (.+?)$/u;

/** «он это байдену сказал?», «путин так байдену и сказал?»: the one told before the verb (dialog44). */
export const SAID_TO_RU_BEFORE =
  /^(?:(?:а|и|так|значит)[, ]+)*(?:путин|он) (?:(?:это|так|об этом|всё это|все это) )?(?:(?:лично|именно|прямо) )?(?!(?:ли|ему|им|нам|мне|вам|это|так|же|ведь|тоже|и)(?!\p{L}))(\p{L}+(?:['’]\p{L}+)?(?: (?!(?:и|же|ведь|тоже|ли)(?!\p{L}))\p{L}+)?)(?: (?:и|же|ведь))? (?:сказал|говорил|заявил|повторил|подчеркнул)\p{L}*$/u;

/**
 * «а байдену он это говорил?», «а нетаньяху путин так сказал?»: the one told first, after «а» (dialog50). Not «а с
 * нетаньяху он (тоже) говорил?»: talking with someone, and «тоже» asks of another contact (doesn't say).
 */
export const SAID_TO_RU_LEADING =
  /^(?:а|и|так|а вот)[, ]+(?!(?:ему|им|нам|мне|вам|это|так|что|кто|кому|где|когда|зачем|почему)(?!\p{L}))(?!(?:с|со)(?!\p{L}))(\p{L}+(?: \p{L}+)?) (?:путин|он) (?:(?:это|так|же|ведь|об этом|всё это|все это) )*(?:сказал|говорил|заявил|повторил|подчеркнул)\p{L}*$/u;

/** "was it X who …", «это X …»: X (group 1) and what X is asked to have done (group 2). */
export const WHO_ON_CALL_EN =
  /^(?:(?:so|and|but|wait|ok|okay)[, ]+)*(?:was|is) it (?:actually |really )?(\p{L}+(?: \p{L}+){0,2}?) (?:who|that) (.+?)(?: then)?$/u;
export const WHO_ON_CALL_RU =
  /^(?:(?:а|и|так|значит)[, ]+)*(?:это )(?:же |ведь |точно )?((?:\p{L}+ ){0,1}\p{L}+) (.+?)$/u;
/** The rest names the call itself: on the phone, the call made or had — not a call for something. */
export const ON_CALL =
  /(?<!\p{L})(?:on the (?:tele)?phone|on the call|(?:made|placed|had|took|did) (?:the |that |this )?(?:phone )?call|phoned|rang|по телефону|звонил\p{L}*|позвонил\p{L}*|созванивал\p{L}*|созвонил\p{L}*)(?!\p{L})/u;

/** A talk with an object of the answer before ("discussed this", "обсуждал это"): the reported call itself. */
export const THIS_TALK =
  /(?<!\p{L})(?:discuss\p{L}*|talk\p{L}*|spoke|speak|chat\p{L}*|обсуждал\p{L}*|обсудил\p{L}*|говорил\p{L}*) (?:about )?(?:this|it|that|это|об этом)(?!\p{L})/u;

/** «Macron'у»: the Russian ending after an apostrophe on a Latin name. */
export const LATIN_ENDING = /['’]\p{L}+$/u;

/** The call as a thing ("the call was with X", «звонок был Байдену»): the reported one, presupposed. */
export const CALL_NOUN = /(?<!\p{L})(?:call|conversation|phone call|chat|звонок|разговор|беседа)(?!\p{L})/u;

/** One more call asked, besides the reported one ("too", "also", "тоже", "ещё"): the article is silent on it. */
export const ANOTHER_CALL =
  /(?<!\p{L})(?:too|also|as well|either|ever|again|another|other|тоже|также|ещё|еще|и (?:ему|ей|им)|снова|опять|другим|другому|кому-то ещё|кому-то еще)(?!\p{L})/u;

/** A leader's title: the asked party is a person holding an office, not a country or a group. */
export const LEADER =
  /(?<!\p{L})(?:prime minister|pm|premier|president|leader|chancellor|king|foreign minister|премьер\p{L}*|президент\p{L}*|лидер\p{L}*|канцлер\p{L}*|корол\p{L}*|глав\p{L}*)(?!\p{L})/u;
