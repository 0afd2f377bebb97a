// Kind: a membership check on a list the article gives in full ("was China in the Quartet?", "а Индия там
// была?", "Who was in the Quartet - only the US and Russia?", "только США и Россия?"). The evidence found is
// the list, so its topic matched and the entry's curated Yes answered it — "Да" to a member the list never
// names. Here the list itself settles it: a party the question names that the listing quote does not name is
// No; "only X and Y" where the quote names more parties than the question is No. A party the quote names, or a
// question that is not about membership, is left to the other readers (their Yes is the list's own).
import type { Answer, Lang } from "../answering/types.js";
import { listingQuote } from "./elliptical.js";

/** Parties a reader may ask about: how the article (English) would name them, and the question's words. */
const PARTIES: ReadonlyArray<{ inArticle: RegExp; asked: RegExp }> = [
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
];

/** The question asks whether someone is on the list: in it, part of it, a member, "там", "входил". */
const MEMBERSHIP =
  /(?<!\p{L})(?:in (?:it|the|there|that)|part of|member|members|one of|belong\p{L}*|included|among|made up|formed|там|туда|в н[её]м|в составе|состав\p{L}*|член\p{L}*|входил\p{L}*|входит|входят|участник\p{L}*|квартет\p{L}*|quartet)(?!\p{L})/u;
const ONLY = /(?<!\p{L})(?<!(?:not|не)\s)(?:only|just|solely|только|лишь|исключительно)(?!\p{L})/u;

/** The verdict on a membership check against a full list in the evidence, or null when it is not one. */
export function listMemberVerdict(question: string, answer: Answer, _lang: Lang): "no" | null {
  const list = answer.answered ? listingQuote(answer) : undefined;
  if (list === undefined) return null;
  const folded = question.toLowerCase();
  if (!MEMBERSHIP.test(folded)) return null;
  const asked = PARTIES.filter((p) => p.asked.test(folded));
  if (asked.length === 0) return null;
  // A party the list does not name: not a member there.
  if (asked.some((p) => !p.inArticle.test(list))) return "no";
  // "only the US and Russia": the list names more parties than the question.
  const listed = PARTIES.filter((p) => p.inArticle.test(list));
  if (ONLY.test(folded) && listed.length > asked.length) return "no";
  return null;
}
