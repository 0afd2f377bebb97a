// Kind: a membership check on a list the article gives in full ("was China in the Quartet?", "а Индия там
// была?", "Who was in the Quartet - only the US and Russia?", "только США и Россия?"). The evidence found is
// the list, so its topic matched and the entry's curated Yes answered it — "Да" to a member the list never
// names. Here the list itself settles it: a party the question names that the listing quote does not name is
// No; "only X and Y" where the quote names more parties than the question is No. A party the quote names, or a
// question that is not about membership, is left to the other readers (their Yes is the list's own).
import type { Answer, Lang } from "../answering/types.js";
import { listingQuote } from "./elliptical.js";
import { ONLY_WORDS, restrictsWithOnly } from "./restrictive-only.js";

/** Parties a reader may ask about: how the article (English) would name them, and the question's words. */
const PARTIES: ReadonlyArray<{ inArticle: RegExp; asked: RegExp; groupOnly?: boolean }> = [
  {
    inArticle: /\b(?:US|U\.S\.|United States|America)\b/,
    asked:
      /(?<!\p{L})(?:us|u\.s\.?|usa|united states|america|americans?|washington|сша|америк\p{L}*|штат\p{L}*)(?!\p{L})/u,
  },
  {
    inArticle: /\bUnited Nations\b|\bUN\b/,
    asked: /(?<!\p{L})(?:un|united nations|оон|объедин[её]нн\p{L}* наци\p{L}*)(?!\p{L})/u,
  },
  {
    inArticle: /\bEuropean Union\b|\bEU\b/,
    asked: /(?<!\p{L})(?:eu|european union|евросоюз\p{L}*|ес|европейск\p{L}* союз\p{L}*)(?!\p{L})/u,
  },
  {
    inArticle: /\bRussia\b/,
    asked: /(?<!\p{L})(?:russia|russians?|moscow|росси\p{L}*|москв\p{L}*)(?!\p{L})/u,
  },
  { inArticle: /\bChina\b/, asked: /(?<!\p{L})(?:china|chinese|beijing|кита\p{L}*|пекин\p{L}*)(?!\p{L})/u },
  { inArticle: /\bIndia\b/, asked: /(?<!\p{L})(?:india|индия|индии|индию|индией)(?!\p{L})/u },
  { inArticle: /\bIran\b/, asked: /(?<!\p{L})(?:iran|иран\p{L}*)(?!\p{L})/u },
  { inArticle: /\bTurk(?:ey|iye)\b/, asked: /(?<!\p{L})(?:turkey|turkiye|турци\p{L}*)(?!\p{L})/u },
  { inArticle: /\bFrance\b/, asked: /(?<!\p{L})(?:france|франци\p{L}*)(?!\p{L})/u },
  { inArticle: /\bGermany\b/, asked: /(?<!\p{L})(?:germany|германи\p{L}*)(?!\p{L})/u },
  {
    inArticle: /\b(?:Britain|United Kingdom|UK)\b/,
    asked: /(?<!\p{L})(?:uk|britain|united kingdom|британи\p{L}*|великобритани\p{L}*)(?!\p{L})/u,
  },
  { inArticle: /\bJapan\b/, asked: /(?<!\p{L})(?:japan|япони\p{L}*)(?!\p{L})/u },
  { inArticle: /\bEgypt\b/, asked: /(?<!\p{L})(?:egypt|египт\p{L}*|египет)(?!\p{L})/u },
  { inArticle: /\bSaudi\b/, asked: /(?<!\p{L})(?:saudi(?: arabia)?|саудовск\p{L}*)(?!\p{L})/u },
  { inArticle: /\bQatar\b/, asked: /(?<!\p{L})(?:qatar|катар\p{L}*)(?!\p{L})/u },
  { inArticle: /\bArab League\b/, asked: /(?<!\p{L})(?:arab league|лиг\p{L}* арабских)(?!\p{L})/u },
  // The sides of the negotiations the group facilitates ("Israeli-Palestinian") are not on its list.
  { inArticle: /\bIsrael\b/, asked: /(?<!\p{L})(?:israel|израил\p{L}*)(?!\p{L})/u, groupOnly: true },
];

/** The question asks whether someone is on the list: in it, part of it, a member, "там", "входил". */
const MEMBERSHIP =
  /(?<!\p{L})(?:in (?:it|the|there|that)|part of|member|members|one of|belong\p{L}*|included|among|made up|formed|там|туда|в н[её]м|в составе|состав\p{L}*|член\p{L}*|входил\p{L}*|входит|входят|участник\p{L}*|квартет\p{L}*|quartet)(?!\p{L})/u;

/**
 * Plain membership, the party as the subject ("is the US part of the Quartet?", "does it include America?", "ЕС
 * входит в квартет?"): a party the list names is a member, Yes. The checker said "doesn't say" there, reading the
 * list's "Alongside the US, …, Russia has been part of" as Russia's act alone (an actor change for all but Russia).
 * The party (one to three words) is group 1 or 2; other questions naming a party ("did Putin explain Moscow's
 * part in the Quartet?") are not membership asked and stay with the other readers.
 */
const GROUP_EN = "(?:the |that |this )?(?:(?:middle east|peace|mideast) )?(?:quartet|group|it)";
const PLAIN_EN = new RegExp(
  `^(?:(?:so|and|but|ok|okay|wait)[, ]+)*(?:(?:is|are|was|were) (?:the )?((?:\\S+ ){0,2}\\S+?) (?:also |really |actually |even )?(?:an? member of|one of the members of|(?:a )?part of|in|among the members of) ${GROUP_EN}|(?:does|did) ${GROUP_EN} (?:also |really |actually )?include (?:the )?((?:\\S+ ){0,2}\\S+?)(?: as a member| in it)?)(?: too| as well| also| then)?\\s*\\?*$`,
  "u",
);
/** A negation, now/still or "only": more than plain membership, never a Yes here. */
const NOT_PLAIN = new RegExp(
  `(?<!\\p{L})(?:not|never|no|longer|anymore|still|now|currently|не|ни|больше|ещё|еще|сейчас|теперь|${ONLY_WORDS})(?!\\p{L})|n['’]t(?!\\p{L})`,
  "u",
);
/** The group itself or a pronoun for it: a side of the negotiations is asked about only as the group's member. */
const ASKS_GROUP = /(?<!\p{L})(?:quartet|квартет\p{L}*|it|there|that group|там|в н[её]м)(?!\p{L})/u;
const PLAIN_RU =
  /^(?:(?:а|и|так|ну)[, ]+)*((?:\S+ ){0,2}\S+?) (?:тоже |также |вообще |правда )?(?:входит|входят|входил\p{L}*|состоит|состоят|состоял\p{L}*|является членом|член|участник) (?:в )?(?:квартет\p{L}*|н[её]м|него|его|туда)?\s*\?*$/u;

/**
 * The same with the group first («в квартет входит ЕС?», «а туда входят ООН?»; dialog51ru, o121-04): the party
 * after the verb. Without it the EU after «входит» read as membership of the EU below («не сказано»).
 */
const INVERTED_RU =
  /^(?:(?:а|и|так|ну)[, ]+)*(?:в квартет\p{L}*|туда) (?:тоже |также |вообще |правда )?(?:входит|входят|входил\p{L}*) ((?:\S+ ){0,2}\S+?)(?: тоже| также)?\s*\?*$/u;
const plainMember = (folded: string) =>
  PLAIN_EN.exec(folded) ?? PLAIN_RU.exec(folded) ?? INVERTED_RU.exec(folded);

/**
 * A party no table above knows, asked plainly to be in the Quartet ("is brazil one of the members of the
 * quartet?", «Бразилия входит в квартет?»; quality52): the full list does not name it, so No. Never for one of
 * the story's own voices (Putin, the Kremlin, the ministry stand for Russia) nor a pronoun.
 */
const STORY_VOICE =
  /(?<!\p{L})(?:putin\p{L}*|peskov\p{L}*|kremlin\p{L}*|ministry|government|lavrov|he|she|they|it|this|that|who|what|путин\p{L}*|песков\p{L}*|кремл\p{L}*|мид|правительств\p{L}*|лавров\p{L}*|он|она|они|кто|что|это)(?!\p{L})/u;
function unlistedMember(folded: string, asksGroup: boolean): "no" | null {
  if (!asksGroup || NOT_PLAIN.test(folded)) return null;
  const plain = plainMember(folded);
  const subject = plain?.[1] ?? plain?.[2];
  if (!subject || STORY_VOICE.test(subject) || subject.split(" ").length > 2) return null;
  return "no";
}

/**
 * Membership of a body the list itself names ("is russia a member of the un?", «Россия член ООН?»; quality53): the
 * Quartet's list puts the UN beside Russia, it does not say who belongs to the UN, so the list says nothing either
 * way (it answered Yes before: Russia is on the list).
 */
const MEMBER_OF_BODY =
  /(?<!\p{L})(?:member|members|membership|part|join\p{L}*|член\p{L}*|входит|входят|состоит|вступил\p{L}*)(?: of| in| в)? (?:the )?(?:un|united nations|eu|european union|оон|ес|евросоюз\p{L}*)(?!\p{L})/u;

/** The verdict on a membership check against a full list in the evidence, or null when it is not one. */
export function listMemberVerdict(
  question: string,
  answer: Answer,
  _lang: Lang,
): "yes" | "no" | "not-said" | null {
  const list = answer.answered ? listingQuote(answer) : undefined;
  if (list === undefined) return null;
  const folded = question.toLowerCase();
  if (MEMBER_OF_BODY.test(folded) && !INVERTED_RU.test(folded)) return "not-said";
  if (!MEMBERSHIP.test(folded) && !/includ/u.test(folded)) return null;
  const asksGroup = ASKS_GROUP.test(folded) && !/negotiat|talks|переговор/u.test(folded);
  const asked = PARTIES.filter((p) => p.asked.test(folded) && (!p.groupOnly || asksGroup));
  if (asked.length === 0) return unlistedMember(folded, asksGroup);
  // A party the list does not name: not a member there.
  if (asked.some((p) => !p.inArticle.test(list))) return "no";
  // "only the US and Russia": the list names more parties than the question.
  const listed = PARTIES.filter((p) => p.inArticle.test(list));
  if (restrictsWithOnly(folded) && listed.length > asked.length) return "no";
  // Every party asked is on the list, asked plainly whether it is in the group (and named as its subject).
  const plain = plainMember(folded);
  const subject = plain?.[1] ?? plain?.[2];
  if (subject && !NOT_PLAIN.test(folded) && asked.every((p) => p.asked.test(subject))) return "yes";
  return null;
}
