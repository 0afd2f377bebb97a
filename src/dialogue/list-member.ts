// Kind: a membership check on a list the article gives in full ("was China in the Quartet?", "а Индия там
// была?", "Who was in the Quartet - only the US and Russia?", "только США и Россия?"). The evidence found is
// the list, so its topic matched and the entry's curated Yes answered it — "Да" to a member the list never
// names. Here the list itself settles it: a party the question names that the listing quote does not name is
// No; "only X and Y" where the quote names more parties than the question is No. A party the quote names, or a
// question that is not about membership, is left to the other readers (their Yes is the list's own).
import type { Answer, Lang } from "../answering/types.js";
import { listingQuote } from "./elliptical.js";

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
const ONLY = /(?<!\p{L})(?<!(?:not|не)\s)(?:only|just|solely|только|лишь|исключительно)(?!\p{L})/u;

/**
 * Plain membership ("is the US part of the Quartet?", "does it include America?", "ЕС входит в квартет?"): a
 * party the list names is a member, Yes. The checker said "doesn't say" there, reading the list's "Alongside the
 * US, …, Russia has been part of" as Russia's act alone (an actor change for every member but Russia).
 */
const PLAIN_MEMBERSHIP =
  /(?<!\p{L})(?:part of|an? member|members? of|in (?:it|there|the quartet|that group)|belong\p{L}*|includ\p{L}*|among (?:them|the members)|там|в н[её]м|в составе|член\p{L}*|входил\p{L}*|входит|входят|состо(?:ит|ят|ял\p{L}*)|участник\p{L}*)(?!\p{L})/u;
/** Words that make it more than plain membership: a negation, now/still, a role in it, the talks themselves. */
const NOT_PLAIN =
  /(?<!\p{L})(?:not|never|no|n't|longer|anymore|still|now|currently|left|quit|kicked|out|only|just|lead\p{L}*|head\p{L}*|chair\p{L}*|found\p{L}*|form\p{L}*|creat\p{L}*|set up|negotiat\p{L}*|talks|process|не|нет|ни|больше|ещё|еще|всё ещё|сейчас|теперь|вышл\p{L}*|вышел|покинул\p{L}*|только|лишь|возглав\p{L}*|основ\p{L}*|созда\p{L}*|переговор\p{L}*|процесс\p{L}*)(?!\p{L})/u;
/** The group itself or a pronoun for it: a side of the negotiations is asked about only as the group's member. */
const ASKS_GROUP = /(?<!\p{L})(?:quartet|квартет\p{L}*|it|there|that group|там|в н[её]м)(?!\p{L})/u;

/** The verdict on a membership check against a full list in the evidence, or null when it is not one. */
export function listMemberVerdict(question: string, answer: Answer, _lang: Lang): "yes" | "no" | null {
  const list = answer.answered ? listingQuote(answer) : undefined;
  if (list === undefined) return null;
  const folded = question.toLowerCase();
  if (!MEMBERSHIP.test(folded) && !PLAIN_MEMBERSHIP.test(folded)) return null;
  const asksGroup = ASKS_GROUP.test(folded) && !/negotiat|talks|переговор/u.test(folded);
  const asked = PARTIES.filter((p) => p.asked.test(folded) && (!p.groupOnly || asksGroup));
  if (asked.length === 0) return null;
  // A party the list does not name: not a member there.
  if (asked.some((p) => !p.inArticle.test(list))) return "no";
  // "only the US and Russia": the list names more parties than the question.
  const listed = PARTIES.filter((p) => p.inArticle.test(list));
  if (ONLY.test(folded) && listed.length > asked.length) return "no";
  // Every party asked is on the list, asked plainly whether it is in the group.
  if (PLAIN_MEMBERSHIP.test(folded) && asksGroup && !NOT_PLAIN.test(folded)) return "yes";
  return null;
}
