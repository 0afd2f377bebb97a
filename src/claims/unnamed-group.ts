// (claims34) A group of people the article never names given a passage's words: "experts expressed concern over
// civilian casualties in Israel and Gaza", "diplomats called for an immediate ceasefire", «эксперты выразили
// обеспокоенность гибелью мирных жителей», "according to analysts, the latest surge …". The group lined up with
// nothing, one unbacked word among many that did, and the claim was confirmed as a paraphrase of Putin's words. The
// article gives its words to Putin, Peskov, the Kremlin, the Foreign Ministry and its own voice, never to experts,
// analysts, observers or diplomats: a claim that does is misattributed. Only a claim the readings before confirmed
// is read here, and only "misattributed" comes out. People in general ("many fear …", people-say.ts) are no group.
// (claims-r2-34) Sources, unnamed or anonymous: "diplomatic sources say …", "per unnamed officials, …", "a Kremlin
// source said …", "an insider said …" (each confirmed, even word for word, on round1s34). A source is nobody's
// statement on record, so a Russian or Kremlin source is read here too.
// (claims35) Russian and Kremlin officials too ("Russian officials say the Kremlin maintains …" was confirmed word
// for word): the article names who speaks for Russia (Putin, Peskov, the Kremlin, the Foreign Ministry); a group
// of officials is none of them, as "a Russian source" is not. So is a speaker's circle ("Putin's team").
// (claims-r2-35) "so-called experts", "the analysts", and a group whose words alone were unbacked ("Moscow officials").
// Bounded expressions: word lists, no nested repetition.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** A Russian noun's case endings (not a verb's: «критикуют» is no «критик»). */
const NOUN_END = "(?:а|у|ом|е|и|ы|ов|ей|ам|ям|ами|ями|ах|ях|ь|ю|ем)?";
/** A group of people by their trade, English and Russian (any case and number of the Russian noun). */
const GROUP = `(?:experts?|analysts?|observers?|diplomats?|officials?|critics?|commentators?|pundits?|scholars?|academics?|journalists?|reporters?|insiders?|sources|(?:эксперт|аналитик|наблюдател|дипломат|чиновник|критик|комментатор|политолог|журналист|обозревател|источник)${NOUN_END}|официальн\\p{L}{1,3}\\s{1,3}лиц\\p{L}{0,2})`;
/** What may stand before the group: a quantifier or an origin other than Russia's. */
const BEFORE =
  "(?:(?:some|many|most|several|leading|western|international|independent|foreign|israeli|american|us|european|arab|turkish|un|russian|kremlin|moscow|некоторые|многие|ряд|западные|западных|международные|международных|независимые|независимых|израильские|израильских|американские|американских|европейские|европейских|арабские|арабских|турецкие|турецких|российские|российских|кремл[её]вские|кремл[её]вских|московские|московских)\\s{1,3})?";
/** A word that says the people are not named: "unnamed officials", "senior diplomats", «анонимные источники». */
const UNNAMED =
  "(?:(?:the|unnamed|anonymous|unidentified|so-called|self-styled|self-proclaimed|senior|high-ranking|top|informed|well-informed|well-placed|diplomatic|security|intelligence|military|анонимн\\p{L}{1,3}|неназванн\\p{L}{1,3}|высокопоставленн\\p{L}{1,3}|дипломатическ\\p{L}{1,3}|осведомленн\\p{L}{1,3}|осведомлённ\\p{L}{1,3})\\s{1,3})?";
/** Where the source sits: the Kremlin's or Russia's too (a source is no body's word on record). */
const ORIGIN =
  "(?:(?:kremlin|russian|moscow|government|western|israeli|us|american|turkish|arab|european)\\s{1,3})?";
/** One of them: "a source", "an official", "one insider" (a singular needs its article). */
const ONE = `(?:(?:a|an|one)\\s{1,3}${UNNAMED}${ORIGIN}${UNNAMED}(?:source|official|insider|diplomat|expert|analyst|observer)(?:\\s{1,3}(?:close\\s{1,3}to|in|at|from)\\s{1,3}(?:the\\s{1,3})?\\p{L}+)?)`;
/** Sources of any origin, the Kremlin's or Russia's too: «источник в Кремле», "Kremlin sources", "a Russian source". */
const SOURCES = `${UNNAMED}${ORIGIN}${UNNAMED}(?:sources|insiders|источник\\p{L}{0,3})`;
/** The group opening the claim, or named by its frame ("according to experts", «по мнению экспертов»). */
const GROUP_SPEAKS = lean(
  new RegExp(
    `^\\s*(?:(?:according\\s{1,3}to|per|as|по\\s{1,3}словам|по\\s{1,3}мнению|по\\s{1,3}данным|как\\s{1,3}(?:считают|говорят|пишут|отмечают))\\s{1,3})?(?:${ONE}|${SOURCES}|${UNNAMED}${BEFORE}${UNNAMED}${GROUP})(?![\\p{L}])`,
    "iu",
  ),
);

/**
 * (claims35) A speaker's circle: "Putin's team / inner circle / aides / allies", «команда / окружение / соратники
 * Путина». The article gives Putin's words to Putin and the Kremlin's to the Kremlin; people around a speaker are
 * nobody it quotes (claims-r2-34 read «помощник Путина» so).
 */
const CIRCLE = lean(
  /^\s*(?:(?:according\s{1,3}to|per|по\s{1,3}словам|по\s{1,3}мнению)\s{1,3})?(?:(?:the\s{1,3})?\p{L}+['’]s?\s{1,3}(?:(?:inner|close|own)\s{1,3})?(?:team|circle|entourage|people|aides|advisers|advisors|allies|associates|camp|staff|confidants|loyalists|henchmen)|(?:команд|окружени|соратник|сподвижник|приближ[её]нн|сторонник)\p{L}{0,3}\s{1,3}(?:путина|пескова|президента|кремля|российского\s{1,3}лидера))(?![\p{L}])/iu,
);

/**
 * (claims40) Russia's diplomats, plural and unqualified ("Russian diplomats stress …", «российские дипломаты»): the
 * knowledge base's name for the Foreign Ministry (speakers.json), not an unnamed group; "a senior Russian diplomat",
 * "Russian officials" stay groups. The first reading then holds them to the Foreign Ministry's own passage.
 */
const MINISTRY_DIPLOMATS =
  /^(?:(?:according\s{1,3}to|per|по\s{1,3}словам|по\s{1,3}мнению)\s{1,3})?(?:the\s{1,3})?(?:russian|russia['’]s|moscow['’]s|российск\p{L}{1,3})\s{1,3}(?:diplomats|дипломат(?:ы|ов))$/iu;

/** The checker, a confirmed claim given to a group the article never names read as misattributed. */
export function judgingUnnamedGroup(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.span === null) return verdict;
    const said = GROUP_SPEAKS.exec(text) ?? CIRCLE.exec(text);
    if (said === null) return verdict;
    const group = said[0].trim();
    if (MINISTRY_DIPLOMATS.test(group)) return verdict;
    // (claims-r2-35) Not in the article for the group's own words alone ("Moscow officials stress …": "Moscow" read
    // as the speaker, "officials" the one unbacked word): the passage's words given to the group.
    const groupWords = new Set(group.toLowerCase().split(/[^\p{L}-]+/u));
    const onlyGroupUnbacked =
      verdict.verdict === "not-in-article" &&
      verdict.unbacked.length > 0 &&
      verdict.unbacked.every((w) => groupWords.has(w.toLowerCase()));
    if (!confirms(verdict.verdict) && !onlyGroupUnbacked) return verdict;
    return {
      ...verdict,
      verdict: "misattributed",
      exact: null,
      claimedSpeaker: { id: null, name: group },
    };
  };
}
