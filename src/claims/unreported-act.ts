// (verdict51) An act the article never reports, read "altered" because a near sentence shares its names. Three kinds,
// each an altered verdict turned "not in the article" (nothing here confirms, nothing here alters):
// - a call made by someone the article never names: "Biden called Putin to discuss …", «Нетаньяху позвонил Путину».
//   The article's one call is Putin's with Erdogan, and it never says who called whom; a caller of the claim's own
//   is another call, news (contact-news.ts keeps "Putin discussed the ceasefire with Macron by phone" altered: the
//   article's call with its party swapped).
// - a deed of a party the article names only in the Quartet's list (the European Union, the United Nations): "The EU
//   suspended its aid to the Palestinians", «Евросоюз заморозил помощь палестинцам». The passage gives that party no
//   deed to alter; a claim of the Quartet itself ("The EU left the Quartet") stays altered (group-left.ts).
// - an accusation of a charge the article never makes, of a party it never accuses: "Putin accused Israel of war
//   crimes in Gaza", "the US blamed Russia for the escalation", «Путин обвинил Израиль в ударах по больницам». The
//   article's only blame is Putin's of the United States; an accusation of another party whose charge is backed
//   ("Putin blamed Israel for the civilian casualties": the concern made blame) or whose roles alone are swapped
//   ("The United States directs blame towards Russia for its failed policy") stays altered.
// Every regular expression is bounded.
import { lean } from "../lib/lean-regexp.js";
import { sameHead } from "./contrary-deed.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";

/** "X called / phoned / rang Putin", «X позвонил / звонил Путину», «X созвонился с Путиным»: X the caller. */
const CALLER = lean(
  /^(?:(?:apparently|reportedly|so|and)\s{1,3})?((?:[\p{L}'’.-]+\s{1,3}){0,3}?[\p{L}'’.-]+)\s{1,3}(?:(?:has|had)\s{1,3})?(?:called|calls|phoned|phones|rang|telephoned|позвонил[аи]?|звонил[аи]?|созвонил(?:ся|ась|ись)\s{1,3}с)\s{1,3}(?:president\s{1,3}|vladimir\s{1,3}|президенту?\s{1,3}|владимиру?\s{1,3})?(?:putin|путину|путиным)(?![\p{L}])/iu,
);
/** Words a caller's run may hold that name no one: titles, "the", a nationality's ending is left to the name test. */
const NOT_A_NAME =
  /^(?:the|a|an|us|u\.s\.|president|prime|minister|pm|leader|chancellor|premier|israeli|american|french|german|президент\p{L}*|премьер\p{L}*|канцлер\p{L}*|he|she|they|it|он|она|они)$/iu;

/** A party named only in the Quartet's list, as the claim's subject. */
const LISTED_PARTY = lean(
  /^(?:(?:apparently|reportedly|so)\s{1,3})?(?:the\s{1,3})?(?:eu|e\.u\.|european\s{1,3}union|un|u\.n\.|united\s{1,3}nations|ес|евросоюз|европейский\s{1,3}союз|оон)(?![\p{L}])/iu,
);
/** The Quartet and membership words: a claim of the group itself. */
const QUARTET = /quartet|member|part\s+of|квартет|член|входи|состав/iu;

/** "X accused / blamed / condemned Y of / for Z", «X обвинил Y в Z»: the accused and the charge. */
const ACCUSATION_EN = lean(
  /(?<![\p{L}])(?:accus(?:ed|es|e|ing)|blam(?:ed|es|e|ing)|condemn(?:ed|s|ing)?)\s{1,3}((?:[\p{L}'’.-]+\s{1,3}){0,2}?[\p{L}'’.-]+)\s{1,3}(?:of|for)\s{1,3}([^,.;!?]{1,80})/iu,
);
const ACCUSATION_RU = lean(
  /(?<![\p{L}])(?:обвинил[аи]?|обвиняет|обвиняют|осудил[аи]?)\s{1,3}((?:[\p{L}-]+\s{1,3}){0,1}?[\p{L}-]+)\s{1,3}(?:в|во|за)\s{1,3}([^,.;!?]{1,80})/iu,
);
/** The party the article does accuse: the United States. */
const ACCUSED_IN_ARTICLE =
  /(?<![\p{L}])(?:us|u\.s\.|usa|united\s+states|america\p{L}*|washington|сша|соединенн\p{L}*|соединённ\p{L}*|америк\p{L}*|вашингтон\p{L}*)(?![\p{L}])/iu;
/** Where the charge's own words end: a place or time after it ("war crimes in Gaza", «в ударах по больницам в Газе»). */
const CHARGE_END = /\s(?:in|on|at|during|over|against|across|в|во|на|против|в\s+ходе)\s.*$/iu;
const SMALL = /^(?:the|a|an|its|their|his|her|of|and|all|any|some|this|that|и|его|их|её|ее|свои\p{L}*)$/iu;

/** The caller of "X called Putin" when the article never names X. */
function unknownCaller(statement: string, known: (word: string) => boolean): boolean {
  const m = CALLER.exec(statement.trim());
  if (m === null) return false;
  const words = m[1]!.split(/\s+/u).filter((w) => !NOT_A_NAME.test(w));
  return words.length > 0 && words.length <= 3 && words.every((w) => !known(w));
}

/** The fighting itself in everyday words the article does not use ("the fighting", "the war", «боевые действия»): its
 * matter, as its "escalating violence" is — blamed by Putin on another party, altered, not news (claims-in-chat's
 * "Putin blames Israel for the fighting"). A charge beside it ("war crimes") still needs its own word known. */
const CONFLICT_MATTER =
  /^(?:fight|war$|wars$|warfare|conflict|violen|escalat|hostilit|clash|bloodshed|bombing$|bombings$|бо[её]в|бо[йи]|войн|конфликт|насили|эскалац|столкновен|кровопрол)/iu;

/** The article's one accuser: Putin. */
const ARTICLE_ACCUSER = /putin|russian\s+(?:leader|president)|путин|российский\s+(?:лидер|президент)/iu;

/** An accusation of a party the article never accuses, for a charge the passage does not back: by Putin, a charge
 * in words the article never has at all ("war crimes", "bombing hospitals"; "the escalation" of its "escalating
 * violence" is the article's matter, blamed on another party: altered, claims-blind8 #57); by another accuser, a
 * charge its passage does not back ("the US blamed Russia for the escalation"). */
function unreportedCharge(verdict: ClaimVerdict, known: (word: string) => boolean): boolean {
  const said = verdict.statement;
  const m = ACCUSATION_EN.exec(said) ?? ACCUSATION_RU.exec(said);
  if (m === null || ACCUSED_IN_ARTICLE.test(m[1]!)) return false;
  const byPutin = ARTICLE_ACCUSER.test(said.slice(0, m.index));
  const charge = ` ${m[2]!}`.replace(CHARGE_END, "").trim().toLowerCase();
  const unbacked = new Set(verdict.unbacked.map((w) => w.toLowerCase()));
  const words = (charge.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3 && !SMALL.test(w));
  return words.some((w) => unbacked.has(w) && (!byPutin || !(known(w) || CONFLICT_MATTER.test(w))));
}

/** The checker, an altered reading of an act the article never reports read as not in the article. */
export function judgingUnreportedAct(check: ClaimChecker, articleText: string): ClaimChecker {
  const articleWords = [...new Set(articleText.toLowerCase().match(/\p{L}+/gu) ?? [])];
  // A word the article has in some form: the same first five letters (six in Russian, whose prefixes run longer),
  // or the whole of a shorter word ("Gaza", «ООН»).
  const known = (name: string) => {
    const lower = name.toLowerCase().replace(/['’]s$/u, "");
    const n = /\p{Script=Cyrillic}/u.test(lower) ? 6 : 5;
    if (lower.length < n)
      return articleWords.includes(lower) || articleWords.some((w) => sameHead(lower, w) && w.length <= n);
    return articleWords.some((w) => w.length >= n && w.slice(0, n) === lower.slice(0, n));
  };
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered") return verdict;
    const said = verdict.statement.trim();
    const news =
      unknownCaller(said, known) ||
      (LISTED_PARTY.test(said) &&
        !QUARTET.test(said) &&
        QUARTET.test(verdict.span?.text ?? "") &&
        !verdict.changes.some((c) => c.kind === "actor")) ||
      unreportedCharge(verdict, known);
    return news ? { ...verdict, verdict: "not-in-article", exact: null } : verdict;
  };
}
