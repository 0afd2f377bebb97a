// Kind (dialog40, d103-23#2): a member of the list the last answer gives, asked with a negation — "the UN isn't, is
// it?", "russia isn't one of them, is it?", "the US is not in it, right?", «а ООН же не входит?», «китай ведь не
// входит, да?», «а ЕС там нет?». Read as typed, the fragment lost its party (the verdict was the list's "doesn't
// say"), found another card ("one of them" → Russia's ties with Israel) or took the negation's own No ("the US is not
// in it, right?" — No, a false verdict). By the convention (docs/conversation.md, "Negated questions answer the
// positive fact") the verdict is the positive's: the party asked as a member ("is the UN one of them?"), read by the
// list reader (against-last-answer.ts's answerListedParty), and the verdict line echoes the positive: "Yes, it is." /
// "No, it isn't." / «Да, входит.» / «Нет, не входит.».
import type { Lang } from "../answering/types.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import { partyOf } from "./elliptical.js";
import { asksTruthOfNegation } from "./loaded-negation.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import type { AnswerReply, YesNo } from "./types.js";

const LEAD_EN = "(?:(?:and|but|so|ok|okay|wait|then|hmm|and so)[, ]+)*";
const PARTY_EN =
  "((?!(?:it|he|she|they|that|this|there|who|what|which|one)(?!\\p{L}))\\p{L}[\\p{L}.-]*(?: \\p{L}[\\p{L}.-]*){0,2}?)";
const NOT_EN = "(?:is not|isn't|isnt|'s not|are not|aren't|arent|was not|wasn't|wasnt|were not|weren't)";
const PLACE_EN =
  "(?:one of them|one of the (?:members|four)|in it|in there|in the (?:quartet|group|list)|on (?:the|that|this|the article's) list|a member(?: of it| of (?:the|that) (?:quartet|group))?|part of (?:it|that|them|the (?:quartet|group))|among them|included|on it|listed|in that group|in the club)";
const TAG_EN = "(?:is it|are they|was it|were they|right|correct|yeah|no|tho|though|then|surely|i guess)";
const NEGATED_EN = new RegExp(
  `^${LEAD_EN}(?:the )?${PARTY_EN}(?: ${NOT_EN}|'s not)(?: (?:really|actually|even|also))?(?: ${PLACE_EN})?(?:,? ${TAG_EN})*$`,
  "u",
);
/** "is the us not in it?": the tag turned round by the dialogue ("the US is not in it, right?"), or typed so. */
const NOT_AFTER_EN = new RegExp(
  `^${LEAD_EN}(?:is|are|was|were) (?:the )?${PARTY_EN} not(?: (?:really|actually|even|also))?(?: ${PLACE_EN})?(?:,? ${TAG_EN})*$`,
  "u",
);

/** «правда ли, что …»: the frame claim-frame.ts puts round a tag («…, да?»), still the tag asked. */
const LEAD_RU = "(?:правда ли,? что )?(?:(?:а|и|но|ну|так|значит)[, ]+)*";
const PARTY_RU =
  "((?!(?:он|она|оно|они|это|там|туда|кто|что|же|ведь)(?!\\p{L}))\\p{L}[\\p{L}-]*(?: \\p{L}[\\p{L}-]*)??)";
const PARTICLE_RU = "(?:же|ведь|вроде|тоже|всё-таки|все-таки|точно)";
const IN_RU =
  "(?:входит|входят|входил|входила|входило|входили|состоит|состоят|состоял\\p{L}*|числится|участвует)";
const WHERE_RU =
  "(?:туда|в него|в н[её]м|в квартет|в квартете|в список|в списке|в их числе|среди них|в эту группу)";
const TAG_RU = "(?:да|так|верно|правда|ведь|нет|ведь так)";
/** «а ООН же не входит?», «китай ведь туда не входит, да?», «ЕС не входит в квартет?» */
const NEGATED_RU = new RegExp(
  `^${LEAD_RU}${PARTY_RU}(?: ${PARTICLE_RU})*(?: ${WHERE_RU})? не ${IN_RU}(?: ${WHERE_RU})?(?:,? ${TAG_RU})*$`,
  "u",
);
/** «а ЕС там нет?», «китая же там нет, да?» */
const ABSENT_RU = new RegExp(
  `^${LEAD_RU}${PARTY_RU}(?: ${PARTICLE_RU})* (?:там|среди них|в списке|в квартете) (?:${PARTICLE_RU} )*(?:нет|не было)(?:,? ${TAG_RU})*$`,
  "u",
);

/**
 * «евросоюз ведь не в нём, да?», «ЕС же не в квартете?», «а ООН не среди них?», «китай ведь не член квартета?» (dialog53ru,
 * d120-28#3): the negation with no verb, before the place or the word for a member. Read as typed it was a stance
 * asked of another government («не сказано»), though the list names the EU.
 */
const NOT_IN_RU = new RegExp(
  `^${LEAD_RU}${PARTY_RU}(?: ${PARTICLE_RU})* не (?:${PARTICLE_RU} )?(?:в н[её]м|в ней|в квартете|в списке|в их числе|из их числа|среди них|в этой группе|в составе(?: квартета)?|там|член\\p{L}*(?: квартета| группы| этой группы)?|участник\\p{L}*(?: квартета)?)(?:,? ${TAG_RU})*$`,
  "u",
);

/** The party of a negated member question (folded), as the list reader takes it; null when it is not one. */
export function negatedListedOf(folded: string, lang: Lang): string | null {
  const text = withoutEndMarks(folded).trim();
  // "is it true that the UN isn't in it?" asks the negated statement's own truth: left to the other readers.
  if (text.length > 80 || asksTruthOfNegation(text)) return null;
  const party =
    lang === "ru"
      ? (NEGATED_RU.exec(text) ?? ABSENT_RU.exec(text) ?? NOT_IN_RU.exec(text))?.[1]
      : (NEGATED_EN.exec(text) ?? NOT_AFTER_EN.exec(text))?.[1];
  return party ? partyOf(party, lang) : null;
}

/** A subject that is many ("the palestinians", "the americans"): "they are". */
const PLURAL_EN = /(?:ians|eans|lis|ers|ists|sides|people|members|parties|countries|states)$/u;

/** The reply opened with the positive's echo ("Yes, it is." / «Нет, не входит.») instead of a bare Yes or No. */
export function withListedEcho(reply: AnswerReply, party: string, verdict: YesNo, lang: Lang): AnswerReply {
  if (verdict === "not-said") return reply;
  const many = PLURAL_EN.test(party) && !/(?:united states)$/u.test(party);
  const echo =
    lang === "ru"
      ? verdict === "yes"
        ? "Да, входит."
        : "Нет, не входит."
      : verdict === "yes"
        ? many
          ? "Yes, they are."
          : "Yes, it is."
        : many
          ? "No, they aren't."
          : "No, it isn't.";
  const rest = withoutOwnVerdict(reply.answer.answer);
  return { ...reply, answer: { ...reply.answer, answer: `${echo} ${rest}` } };
}
