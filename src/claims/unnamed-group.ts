// (claims34) A group of people the article never names given a passage's words: "experts expressed concern over
// civilian casualties in Israel and Gaza", "diplomats called for an immediate ceasefire", «эксперты выразили
// обеспокоенность гибелью мирных жителей», "according to analysts, the latest surge …". The group lined up with
// nothing, one unbacked word among many that did, and the claim was confirmed as a paraphrase of Putin's words. The
// article gives its words to Putin, Peskov, the Kremlin, the Foreign Ministry and its own voice, never to experts,
// analysts, observers or diplomats: a claim that does is misattributed. Only a claim the readings before confirmed
// is read here, and only "misattributed" comes out. A group qualified as Russian ("Russian diplomats") is left: it
// may be the Foreign Ministry said loosely. People in general ("many fear …", people-say.ts) are no group here.
// Bounded expressions: word lists, no nested repetition.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** A Russian noun's case endings (not a verb's: «критикуют» is no «критик»). */
const NOUN_END = "(?:а|у|ом|е|и|ы|ов|ей|ам|ям|ами|ями|ах|ях|ь|ю|ем)?";
/** A group of people by their trade, English and Russian (any case and number of the Russian noun). */
const GROUP = `(?:experts?|analysts?|observers?|diplomats?|officials?|critics?|commentators?|pundits?|scholars?|academics?|journalists?|reporters?|insiders?|sources|(?:эксперт|аналитик|наблюдател|дипломат|чиновник|критик|комментатор|политолог|журналист|обозревател|источник)${NOUN_END})`;
/** What may stand before the group: a quantifier or an origin other than Russia's. */
const BEFORE =
  "(?:(?:some|many|most|several|leading|western|international|independent|foreign|israeli|american|us|european|arab|turkish|un|некоторые|многие|ряд|западные|западных|международные|международных|независимые|независимых|израильские|израильских|американские|американских|европейские|европейских|арабские|арабских|турецкие|турецких)\\s{1,3})?";
/** The group opening the claim, or named by its frame ("according to experts", «по мнению экспертов»). */
const GROUP_SPEAKS = lean(
  new RegExp(
    `^\\s*(?:(?:according\\s{1,3}to|per|as|по\\s{1,3}словам|по\\s{1,3}мнению|по\\s{1,3}данным|как\\s{1,3}(?:считают|говорят|пишут|отмечают))\\s{1,3})?${BEFORE}${GROUP}(?![\\p{L}])`,
    "iu",
  ),
);

/** The checker, a confirmed claim given to a group the article never names read as misattributed. */
export function judgingUnnamedGroup(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (!confirms(verdict.verdict) || verdict.span === null || !GROUP_SPEAKS.test(text)) return verdict;
    const group = GROUP_SPEAKS.exec(text)![0].trim();
    return {
      ...verdict,
      verdict: "misattributed",
      exact: null,
      claimedSpeaker: { id: null, name: group },
    };
  };
}
