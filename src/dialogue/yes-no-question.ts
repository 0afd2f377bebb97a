// Recognising a yes/no question ("did Putin…?", "so he thinks…?", Russian by intonation) and turning it into
// the statement it asks about, for the claim checker to read.

import { withoutCeasefireSetting } from "../answering/ceasefire-keywords.js";
import { RUSSIAN_STANCE_QUERY_FIRST } from "../answering/russian/stance-query.js";
import type { Lang } from "../answering/types.js";
import { withoutHedge } from "./asker-degree.js";
import { asksBotForSomething } from "./bot-request.js";
import { callAsDeed } from "./call-existential.js";
import { exactDetailAsked } from "./exact-detail.js";
import { callPartyGuessed } from "./guessed-call-party.js";
import { indirectRequestRu } from "./indirect-request-ru.js";
import { type DialogueWords, fold } from "./language.js";
import { askedByParticleRu } from "./particle-asked.js";
import type { SpeakerNames } from "./speakers.js";
import { withoutWhatParticleRu } from "./what-particle-ru.js";

/** A yes/no question: "did Putin…?", "is Russia…?", "правда ли…", "Путин звонил Эрдогану?" */
export function isYesNoQuestion(raw: string, unfolded: string, words: DialogueWords, lang: Lang): boolean {
  // "so is it controversial or what": the choice tagged on is "or not", no alternative.
  const folded = unfolded.replace(OR_WHAT, " or not");
  if (words.alternative.test(folded)) return false;
  // "can you tell me who…", "could you explain in simple words why…": a request, the question inside it a wh-one.
  if (lang === "en" && INDIRECT_REQUEST.test(folded)) return false;
  // «можешь сказать, что он про США говорил?»: the same in Russian (indirect-request-ru.ts).
  if (lang === "ru" && indirectRequestRu(folded)) return false;
  // "can you recommend a good pizza place", «можешь посоветовать фильм?»: a request of the bot (bot-request.ts).
  if (asksBotForSomething(folded, lang)) return false;
  // "does the article say anything about who russia has relations with": the who-question it asks after.
  if (lang === "en" && ABOUT_WHO.test(folded)) return false;
  if (words.yesNo.test(folded)) return true;
  // "and with israel are they on good terms", "so towards hamas, is moscow friendly": the party fronted before the
  // auxiliary, the question asked of it without a mark.
  if (lang === "en" && FRONTED_PARTY.test(folded)) return true;
  // "Who was in the Quartet — only the US and Russia?", "кто входил в Квартет, только США и ООН?": a who-question
  // with the answer offered after it to be checked (list-member.ts reads the list).
  if (raw.trim().endsWith("?") && WHO_THEN_ONLY.test(folded)) return true;
  if (raw.trim().endsWith("?") && WHO_THEN_TOO.test(folded.replace(/[?\s]+$/u, ""))) return true;
  // "who did putin call about gaza? macron?", «с кем он говорил по телефону? с нетаньяху?»: an answer offered.
  if (raw.trim().endsWith("?") && WHO_THEN_OFFERED.test(folded.replace(/[?\s]+$/u, ""))) return true;
  // "who was putin on the phone with, was it macron?": the guess joined by a comma (guessed-call-party.ts).
  if (raw.trim().endsWith("?") && callPartyGuessed(folded)) return true;
  // "So he thinks the US looked for compromises?", "you mean Russia is in the Quartet?": a statement asked back.
  if (lang === "en" && raw.trim().endsWith("?") && STATEMENT_ASKED_BACK.test(folded)) return true;
  // "putin said the us monopolised peace efforts??": a quoted voice's words asked back by name, no question word
  // anywhere — whether the article has him say so (was read as a plain question, no verdict line; dialog31).
  if (
    lang === "en" &&
    raw.trim().endsWith("?") &&
    NAMED_SAYS_BACK.test(folded.replace(LEADS, "")) &&
    !ANY_QUESTION_WORD.test(folded)
  )
    return true;
  // "putin worried about civilians?", "kremlin ready to help?", "the US blamed?": the auxiliary dropped, a subject
  // of a word or three and a participle or a stance word after it, no question word anywhere.
  // "and they get along with the Israelis too?", "he blames the EU as well?": a statement with "too" tagged on.
  if (lang === "en" && raw.trim().endsWith("?") && !ANY_QUESTION_WORD.test(folded)) {
    const unled = folded.replace(LEADS, "");
    if (DROPPED_AUXILIARY.test(unled) || TOO_TAG.test(unled)) return true;
  }
  // "putin erdogan phone talk truce?": a string of keywords asked, a party first, no verb and no question word —
  // whether the article joins them. A stance or a topic asked by its noun ("putin stance on hamas?") is a
  // what-question with the verb left out.
  if (lang === "en" && raw.trim().endsWith("?") && !ANY_QUESTION_WORD.test(folded)) {
    const unled = folded.replace(LEADS, "");
    if (KEYWORD_STRING.test(unled) && !ASKED_BY_NOUN.test(unled) && !BARE_TOPIC_END.test(unled)) return true;
  }
  // "any worries about this spreading?", "any sign of talks?": "are there any…" with its verb left out.
  if (lang === "en" && raw.trim().endsWith("?") && ANY_LEAD.test(folded) && !ANY_QUESTION_WORD.test(folded))
    return true;
  // "Putin supports a ceasefire or no?", "russia is neutral or not?": a statement with the choice tagged on.
  if (lang === "en" && OR_NOT_TAG.test(folded) && !ANY_QUESTION_WORD.test(folded.replace(LEADS, "")))
    return true;
  // "мид объяснил, каким образом…?", "they said exactly how…?": whether a detail was given, the question word
  // inside it (exact-detail.ts, dialog52).
  if (raw.trim().endsWith("?") && exactDetailAsked(folded, lang)) return true;
  // «а там говорится, когда война закончится?»: whether the article gives a moment or a count, the question word
  // inside it (dialog53, d47-38).
  if (lang === "ru" && raw.trim().endsWith("?") && ARTICLE_GIVES_WHEN_RU.test(folded)) return true;
  // «а эрдоган что, согласился?»: «что,» after the subject is a particle of surprise, not "what" (what-particle-ru.ts).
  const unparticled = lang === "ru" ? withoutWhatParticleRu(raw) : null;
  if (unparticled !== null) return isYesNoQuestion(unparticled, fold(unparticled), words, lang);
  // Russian asks yes/no by intonation alone: a question mark and no question word. "что-то" is none ("он
  // что-то сказал про Россию?"), nor "что" joining a clause ("Путин сказал, что…?", "за то, что…?").
  return (
    lang === "ru" &&
    // "немедленному или нет": the choice tagged on asks yes or no without a question mark.
    // "путин вообще говорил о роли россии": a chat particle asks it without the mark (particle-asked.ts).
    // «путин звонил эрдогану? да/нет»: the tag after the mark asks the same (quality39).
    (raw.trim().endsWith("?") ||
      /(?<!\p{L})или нет$/u.test(folded) ||
      YES_NO_TAG_RU.test(folded) ||
      askedByParticleRu(raw)) &&
    !words.questionStart.test(folded) &&
    // "как" after "себя" is "as" ("позиционирует себя как посредника?"), not "how".
    !RUSSIAN_QUESTION_WORD.test(
      folded.replace(THAT_CONJUNCTION, " ").replace(/(?<!\p{L})себя как(?!\p{L})/gu, "себя"),
    ) &&
    // "позиция Китая по конфликту?": a stance asked by its noun is a what-question with the verb left out.
    !RUSSIAN_STANCE_QUERY_FIRST.test(folded)
  );
}

/** «да/нет», «да-нет», «да нет» closing a question: its yes or no asked. */
const YES_NO_TAG_RU = /\?\s*да\s*[/-]?\s*нет[\s?!.]*$/u;

/** A request for an answer with a question word inside: "can you (please) tell me / explain in plain words why…";
 * a plea to settle it, then the wh-question ("…ceasefire. can u clear it up, what did he actually say?");
 * "can u explain putin's problem with america" asks for an explanation, whatever follows (not "explain whether");
 * a manner before the verb too ("could you quickly explain why…", "can you briefly tell me who…", quality46). */
const INDIRECT_REQUEST =
  /^(?:(?:and|so|but|ok|okay|well|then)[, ]+)?(?:can|could|would|will) (?:you|u) (?:please |pls |plz )?(?:(?:just |quickly |briefly |real quick )+)?(?:tell|explain|show|describe|say|clarify|remind|summari[sz]e|break down|spell out)(?: (?:me|us|it))?(?: [\p{L}'-]+){0,4}? (?:who|whom|whose|what|which|why|when|where|how)(?!\p{L})|^(?:(?:and|so|but|ok|okay|well|then)[, ]+)?(?:can|could|would|will) (?:you|u) (?:please |pls |plz )?(?:(?:just |quickly |briefly |real quick )+)?(?:explain|describe|summari[sz]e|sum up|outline|recap|break down|spell out|clarify) (?!(?:whether|if)(?!\p{L}))|(?:^|[.!?;] )(?:(?:and|so|but|ok|okay|well|then)[, ]+)?(?:can|could|would|will) (?:you|u) (?:please |pls |plz )?(?:clear (?:it|this|that) up|help(?: me| us)?(?: out)?|settle (?:it|this|that)|sort (?:it|this|that) out|set (?:me|us) straight)[,:;]? (?:who|whom|whose|what|which|why|when|where|how)(?!\p{L})/u;

/**
 * The article asked whether it says anything about who or what ("does the article say anything about who russia has
 * relations with?", "does it mention anything about which sides…"): a who- or what-question in a yes/no frame, its
 * answer the who or what (quality-en44). "…about why/how/whether…" stays yes/no: the article may not give a reason.
 */
const ABOUT_WHO =
  /(?<!\p{L})(?:does|did|do|is there) (?:the (?:article|text|story|piece|report)|it|this article) (?:(?:say|mention|tell (?:us|me)?|cover|give|have) )?(?:anything|something|much)(?: (?:at all|in there))? (?:about|on|regarding|as to) (?:who|whom|which|what) /u;

/** A who-question, then a dash, comma or colon and "only/just/только/лишь": the offered answer is asked. */
const WHO_THEN_ONLY =
  /^(?:(?:and|so|ok|а|и|так)[, ]+)?(?:who|кто)(?!\p{L})[^,:—–-]{1,80}(?:[,:—–]|\s-)\s*(?:only|just|solely|только|лишь|исключительно)(?!\p{L})/u;

/**
 * A who-question with a party offered after it and "too" («С кем Россия в Квартете — с Евросоюзом тоже?», "who is in
 * the quartet, the EU too?", quality45ru): the afterthought asks yes or no of that party.
 */
const WHO_THEN_TOO =
  /^(?:(?:and|so|ok|а|и|так)[, ]+)?(?:who|с кем|кому|кто)(?!\p{L})[^?]{1,80}?(?:[,:—–]|\s-)\s*(?:(?:а|и|and)\s+)?(?:(?:с|со|with)\s+)?\p{L}+(?: \p{L}+)? (?:тоже|too|as well)$/u;

/**
 * A party fronted before a yes/no question ("with israel are they on good terms", "towards hamas, is moscow
 * friendly"): the preposition and a word or two, then an auxiliary and its subject (a pronoun or a party).
 */
const FRONTED_PARTY =
  /^(?:(?:and|so|but|ok|okay|well|then|what about)[,.!]*[ ]+){0,2}(with|towards?|about|regarding|against) (?!(?:who|whom|what|which)(?!\p{L}))((?:the )?[\p{L}'-]+(?: [\p{L}'-]+)?),? ((?:is|are|was|were|do|does|did|has|have|can|could|will|would) (?:they|he|she|it|russia|moscow|putin|the kremlin)(?!\p{L}).*)$/u;

/** A who-question with its mark, then a name or two offered ("…? macron?", «…? с нетаньяху?»). */
const WHO_THEN_OFFERED =
  /^(?:(?:and|so|ok|а|и|так)[, ]+)?(?:who|с кем|кому|кто)(?!\p{L})[^?]{2,80}\? (?:(?:was it|with|с|со|это)\s+)?\p{L}+(?: \p{L}+)?$/u;

/** «там говорится, когда…», «в статье сказано, сколько…»: the article asked whether it gives when or how many. */
const ARTICLE_GIVES_WHEN_RU =
  /^(?:[\p{L}-]+\s+){0,4}?(?:говорится|сказано|написано|указано|упоминается|пишут|пишется|уточняется|сообщается)(?: ли)?,? (?:когда|сколько|как долго|до каких пор)(?!\p{L})/u;

const RUSSIAN_QUESTION_WORD =
  /(?<!\p{L})(?:кто|кого|кому|кем|что|чего|чему|чем|ч[её]м|почему|зачем|отчего|как|где|куда|откуда|когда|какой|какая|какое|какие|какую|каких|каком|каким|какого|какому|какими|каков|какова|каково|каковы|сколько|чей|чья|чье|чьи)(?![\p{L}-])/u;
/**
 * "что" as "that" (after a comma, "то", "так", "ли", a verb of saying or thinking, a noun of fear or chance: "есть
 * риск что…", "есть опасения что…") and "то, как" ("the way"). «подтвердил что» too (quality47ru: «песков подтвердил
 * что кремль хочет помочь?» had no «Да»).
 */
const THAT_CONJUNCTION =
  /(?:,|(?<!\p{L})(?:то,?|так|ли|правда|верно|сказал\p{L}*|говор\p{L}*|счита\p{L}*|дума\p{L}*|заяв\p{L}*|утвержда\p{L}*|призна\p{L}*|отмет\p{L}*|подчерк\p{L}*|подтвер\p{L}*|уверен\p{L}*|упомянул\p{L}*|пишет|писал\p{L}*|сообща\p{L}*|риск\p{L}*|опасност\p{L}*|опасени\p{L}*|угроз\p{L}*|шанс\p{L}*|вероятност\p{L}*|надежд\p{L}*|признак\p{L}*|сведени\p{L}*|информаци\p{L}*|ощущени\p{L}*|впечатлени\p{L}*|факт\p{L}*|одобря\p{L}*|одобрил\p{L}*|поддержива\p{L}*|соглас\p{L}*|довол\p{L}*|рад|рады|приветству\p{L}*))\s+что(?!\p{L})|(?<!\p{L})то,?\s+как(?!\p{L})/gu;

/** A statement asked back: "so …", "you mean …", or a pronoun and a verb ("he thinks…?"), no question word. */
const STATEMENT_ASKED_BACK =
  /^(?:(?:so|and so|wait|hold on|you mean|you're saying|so you're saying|meaning)[, ]+(?!(?:who|whom|whose|what|which|why|when|where|how)\b)\S+ \S+|(?:he|she|they) (?:think|thinks|thought|say|says|said|believe|believes|want|wants|blame|blames|blamed|support|supports|call|calls|called)\b)/;
/** A story voice by name, a verb of saying or thinking, and a clause of three words or more. */
const NAMED_SAYS_BACK =
  /^(?:putin|peskov|the kremlin|kremlin|moscow|russia|the russian foreign ministry|the foreign ministry) (?:said|says|claimed|claims|thinks|believes|stated|told erdogan)(?: that)? \S+ \S+ \S+/u;
const DROPPED_AUXILIARY =
  /^(?!(?:who|whom|whose|what|which|why|when|where|how)\b)(?:[\p{L}.'-]+ ){1,3}(?:(?:not|really|also|still|even|actually) )?(?:\p{L}{3,}ed|concerned|worried|ready|willing|against|opposed|happy|upset|angry|able|aware|involved|responsible|neutral|in favou?r of|open to|in touch with|in contact with|on board|part of|behind|keen|eager|interested|critical of|calling|asking|pushing|blaming|backing|supporting|seeking|trying)(?!\p{L})/u;
/** Three to six bare words, a party of the story first (typed loosely: "erdgoan"). */
const KEYWORD_STRING =
  /^(?:putin|erdo\p{L}{3,4}|erdgoan|peskov|kremlin|russia|moscow|hamas|israel|turkey)(?:'s)?(?: [\p{L}'-]+){2,5}$/u;
/** "putin erdogan phone call?": the topic alone, nothing asked of it — a keyword query, no statement. */
const BARE_TOPIC_END =
  /(?<!\p{L})(?:call|calls|convo|conversation|chat|talk|talks|meeting|ties|relations|contact|contacts)$/u;
const ASKED_BY_NOUN =
  /(?<!\p{L})(?:stance|position|view|views|opinion|role|take|reaction|response|thoughts|topic|subject|details?|date|reason|aim|goal|plan|name|title|job|age)s?(?!\p{L})/u;
/** A subject pronoun or name, a verb and more, then "too"/"as well": at least four words in all. */
const TOO_TAG =
  /^(?:he|she|they|it|putin|russia|moscow|the kremlin|peskov|erdogan|the us|washington)(?: \S+){2,12} (?:too|as well)$/;
const OR_NOT_TAG = /\S \S+,? or not?$/;
/** "…controversial or what", "…or nah": a yes/no question's tag, read as "or not". */
export const OR_WHAT = /(?<![\s,]),?\s+or (?:what|nah|nope)$/;
const ANY_LEAD = /^(?:(?:and|so|but|ok|okay|well)[, ]+)?any \p{L}{3,}/u;
export const ANY_QUESTION_WORD = /(?<!\p{L})(?:who|whom|whose|what|which|why|when|where|how)(?!\p{L})/u;
const AUXILIARY =
  /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)(?:n't)?$/;

const BE = /^(is|are|was|were|isn't|aren't|wasn't|weren't)$/;
/** "the us" after folding: after "the", "us" is never the pronoun. */
const THE_US = /(?<!\p{L})the us(?!\p{L})/gu;
const DO = /^(do|does|did|don't|doesn't|didn't)$/;
/** Words that lead a question without being part of it ("and", "so", "well"). */
export const LEADS =
  /^(?:(?:and|so|but|ok|okay|well|then|right|fine|alright|sure|yeah|hmm|oh|ah|lol)[,.!]*[ ]+){1,2}/;
const ASKED_BACK_LEAD = /^(?:(?:and so|wait|hold on|you mean|you're saying|so you're saying|meaning)[, ]+)/;

/** "some kind of peacemaker", "sort of neutral": a chat hedge, not a quantity the checker should read (dialog27). */
const HEDGE_FILLER = /(?<!\p{L})(?:(?:some|a) )?(?:kind|sort) of (?=\p{L})/gu;

/**
 * The asker's own chat words, no part of the claim: "for this war" / "in this whole conflict" (the story's own
 * conflict, which the checker read against the article's "peace efforts" as an opposite), "at all", "actually",
 * a closing "here" or "too". "does putin blame the US for this war?" was "doesn't say" above the passage where
 * Putin blames the US (dialog31).
 */
const ASKERS_CHAT =
  /(?<!\p{L})(?:(?:for|in|over|about|during|behind) (?:all )?(?:this|the current|this whole|the whole|the ongoing|this latest|the latest) (?:war|conflict|fighting|crisis|mess|situation)|at all|actually)(?!\p{L})| (?:here|too|as well)$/gu;

/**
 * The statement a yes/no question asks about: the auxiliary moved after the subject or dropped, a negative
 * question read as its positive ("didn't Putin call…" asks whether he did).
 */
/**
 * "does putin think X" -> "putin thinks X", "did he say X" -> "he said X": the claim checker reads a voice's view by
 * its verb of saying or thinking in the form a statement has ("Putin think both sides should compromise" was read
 * with "both" as another actor: d93-11#3). Only a verb of view within the first words, after its subject.
 */
const VIEW_VERB = /^((?:\S+ ){1,3}?)(think|believe|feel|reckon|say|claim)(?= )/u;
const VIEW_FORMS: Readonly<Record<string, readonly [string, string]>> = {
  think: ["thinks", "thought"],
  believe: ["believes", "believed"],
  feel: ["feels", "felt"],
  reckon: ["reckons", "reckoned"],
  say: ["says", "said"],
  claim: ["claims", "claimed"],
};
function withVerbOfView(rest: string, aux: "does" | "did"): string {
  // "does the article think X": the article's own view, which the checker reads as asked (o81-10).
  if (/^(?:the |this )?(?:article|story|text|piece|report|it) /u.test(rest)) return rest;
  // "and does he think it should?": an elliptical view keeps its reading (o87-08 wants the checker's old one).
  if (/ (?:should|would|could|can|will|must|might|may|does|did|do|is|are|was|were|so)$/u.test(rest))
    return rest;
  return rest.replace(VIEW_VERB, (_m, subject: string, verb: string) => {
    const forms = VIEW_FORMS[verb];
    return forms ? `${subject}${aux === "does" ? forms[0] : forms[1]}` : `${subject}${verb}`;
  });
}

export function statementOf(folded: string, speakers: SpeakerNames): string {
  // "was there a call between putin and erdogan": the call as the deed it was (call-existential.ts).
  const deed = callAsDeed(folded);
  if (deed !== null) return deed;
  // "with israel are they on good terms": the fronted party put back after the question it belongs to.
  // "did he *at least* call for a truce": the asker's degree words are no part of the claim (asker-degree.ts).
  // "a ceasefire between israel and hamas": the sides are the deed's setting, as the engine reads them
  // (ceasefire-keywords.ts), not a detail the call must name.
  const unchatted = withoutHedge(withoutCeasefireSetting(folded.replace(ASKERS_CHAT, "")));
  const fronted = FRONTED_PARTY.exec(unchatted);
  const unfronted = fronted ? `${fronted[3]} ${fronted[1]} ${fronted[2]}` : unchatted;
  // The claim checker reads case: folded "the us" would be the pronoun ("us"), not the United States.
  const asked = unfronted
    .replace(LEADS, "")
    .replace(ASKED_BACK_LEAD, "")
    .replace(THE_US, "the US")
    .replace(HEDGE_FILLER, "");
  const words = asked.split(" ");
  // A statement asked back ("so he thinks…?") is already one.
  if (!AUXILIARY.test(words[0] ?? "")) return asked;
  const aux = words.shift() ?? "";
  const rest = words.join(" ");
  if (DO.test(aux)) return aux === "does" || aux === "did" ? withVerbOfView(rest, aux) : rest;
  const named = speakers.namedIn(rest)[0];
  let subjectEnd: number;
  if (named && named.start <= 4) subjectEnd = named.end;
  else {
    const [first = "", second = ""] = words;
    subjectEnd = /^(the|a|an|this|that|these|those|his|their|its)$/.test(first)
      ? first.length + 1 + second.length
      : first.length;
  }
  const verb = BE.test(aux) ? aux.replace(/n't$/, "") : aux.replace(/n't$/, "");
  return `${rest.slice(0, subjectEnd)} ${verb}${rest.slice(subjectEnd)}`.replace(/\s+/g, " ").trim();
}
