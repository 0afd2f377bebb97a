// Which words negate, per language: data for the polarity check (the opposite pairs are in opposites.ts,
// neutral-pairs.ts and russian-opposites.ts).
/** English words that negate the next meaningful word: "no mention", "not without controversy" (twice: not negated). */
export const ENGLISH_NEGATORS = new Set([
  "not",
  "no",
  "never",
  "without",
  "nor",
  "neither",
  "lack",
  "lacks",
  "lacked",
  "lacking",
  // "little concern", "hardly criticizes": not a plain "not", but the opposite of what the article reports.
  "little",
  "hardly",
  "barely",
  "scarcely",
  "rarely",
  "seldom",
  // "the US refused compromises", "unwilling to compromise": a "not" by the verb's meaning (quality-en46; "reject"
  // stays an opposite of its own: opposites.ts).
  "refuse",
  "refuses",
  "refused",
  "refusing",
  "unwilling",
]);
/**
 * "никаких связей", "ничем не связана", "никому не": the negative pronouns in every case, negating with a "не" or
 * a "нет" (concord: one negation) or alone ("У Москвы никаких связей с ХАМАС").
 */
const RUSSIAN_NEGATIVE_PRONOUNS = [
  ...["никакой", "никакая", "никакое", "никакие", "никакого", "никаких", "никакому", "никаким"],
  ...["никакую", "никакими", "ничем", "ничему", "ничто", "никого", "никому", "никем"],
];
/**
 * Russian negators, for a Russian claim path: не (not), нет (no), ни (nor), никогда (never), без (without),
 * and the pronouns that negate with не ("ничего не", "никто не" count once with it: see wordsOf).
 */
export const RUSSIAN_NEGATORS = new Set([
  "не",
  "нет",
  "ни",
  "никогда",
  "без",
  "ничего",
  "никто",
  "нигде",
  "ничуть",
  "никак",
  "нисколько",
  // (claims-r2-38) «вряд ли», «едва ли» (hardly): the opposite of what the article reports, as "hardly" is.
  "вряд",
  "едва",
  ...RUSSIAN_NEGATIVE_PRONOUNS,
]);
/**
 * The Russian negative words that agree with a "не" rather than add to it: "никогда не" and "никто не" are one
 * negation; a second "не" ("не не упоминает") or "не без" counts again, as "not without" does in English.
 */
export const RUSSIAN_CONCORD_NEGATORS = new Set([
  "ни",
  "никогда",
  "ничего",
  "никто",
  "нигде",
  "ничуть",
  "никак",
  "нисколько",
  ...RUSSIAN_NEGATIVE_PRONOUNS,
]);
/** Both languages: a Cyrillic word never stands in an English sentence, so one set serves both. */
export const NEGATORS: ReadonlySet<string> = new Set([...ENGLISH_NEGATORS, ...RUSSIAN_NEGATORS]);
/** Russian words that negate the verb right after them: "отказывается обсуждать" (refuses to discuss). */
export const RUSSIAN_FAIL_WORDS = new Set([
  // Stopping or leaving what follows: "прекратил связь", "перестала представлять себя", "вышла из квартета".
  "прекратил",
  "прекратила",
  "прекратило",
  "прекратили",
  "прекращает",
  "прекращают",
  "перестал",
  "перестала",
  "перестало",
  "перестали",
  "перестаёт",
  "перестает",
  "вышел",
  "вышла",
  "вышли",
  "отказывается",
  "отказался",
  "отказалась",
  "отказались",
  "отказ",
  "неспособен",
  "неспособна",
  "отказываются",
  "отказывался",
  "отказывалась",
]);
/**
 * Russian inability, which negates the infinitive it governs, with the party between: «неспособность правительства
 * США учесть» is «не учло» ("the US government's failure to address"). Any case of the word; «неготовность» is
 * privative.ts's.
 */
export const RUSSIAN_INABILITY = /^неспособн\p{L}*$/u;
/** A Russian infinitive: «учесть», «решить», «помочь», «заниматься». */
export const RUSSIAN_INFINITIVE = /^\p{Script=Cyrillic}+(?:ть|ти|чь)(?:ся|сь)?$/u;
/** How far after the inability word its infinitive may stand (the party named between, in the genitive). */
export const INABILITY_REACH = 5;
/**
 * Negative pronouns stand for a negated thing rather than negate the next word: "Putin said nothing about
 * Russia's role" matches "makes no mention of Russia's role", the negation in another place.
 */
export const NEGATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  "nothing",
  "none",
  "nobody",
  "nowhere",
  "silent",
]);
/**
 * Two-word negators, the first word negating only with the second after it: "free of controversy", "far from
 * impartial", "lack of", "absence of" ("lack" alone is in ENGLISH_NEGATORS).
 */
export const NEGATOR_PAIRS: ReadonlyMap<string, string> = new Map([
  ["free", "of"],
  ["devoid", "of"],
  ["absence", "of"],
  ["far", "from"],
  ["instead", "of"],
  ["rather", "than"],
]);
/** Negate the "-ing" word right after them: "stopped criticizing" says he no longer criticizes. */
export const CEASE_WORDS: ReadonlySet<string> = new Set(
  "stop stops stopped stopping cease ceases ceased ceasing quit quits quitting".split(" "),
);
/** Negate the verb after "to": "failure to address" says it was not addressed. */
export const FAIL_WORDS = new Set([
  "fail",
  "fails",
  "failed",
  "failing",
  "failure",
  "unable",
  "inability",
  "refuse",
  "refuses",
  "refused",
  "refusing",
  "decline",
  "declines",
  "declined",
]);
/** Prefixes that make a word its opposite: un-controversial, de-stabilize, im-partial, dis-agree. */
export const NEGATING_PREFIXES = ["un", "non", "dis", "de", "in", "im", "ir", "il", "anti"];

/**
 * Words that only look prefixed: "immediate" is no "not mediate", "inform" no "not form". Read as one, "does the
 * Kremlin want to mediate?" met the article's "immediate ceasefire" as its opposite, and the entry's own Yes became
 * "doesn't say" (dialog31). Either side of the pair: the claim's word or the passage's.
 */
export const PREFIX_LOOKALIKES: ReadonlySet<string> = new Set([
  "immediate",
  "immediately",
  "inform",
  "informed",
  "information",
  "intense",
  "intensify",
  "invest",
  "invested",
  "investment",
  "deliver",
  "delivered",
  "detail",
  "details",
  "design",
  "designed",
  "discuss",
  "discussed",
  "discussion",
  "disease",
  "decline",
  "declined",
  "impress",
  "impressed",
  "impose",
  "imposed",
  "import",
  "important",
  "interest",
  "interests",
  "insist",
  "insisted",
  "involve",
  "involved",
  "involvement",
  "uniting",
  "union",
  // "dis-solve", "dis-play", "in-side", "im-part": no "not solved / played / side / part" ("the Quartet should be
  // dissolved" met the closing "resolution" as its opposite, altered for news, claims-blind68 #87).
  "dissolve",
  "dissolved",
  "dissolves",
  "dissolving",
  "dissolution",
  "display",
  "displayed",
  "displays",
  "displaying",
  "inside",
  "impart",
  "imparted",
  "imparts",
]);

/**
 * "de-escalating" read as one word, "deescalating", so the prefix rule sees the opposite of "escalating" (the
 * tokeniser splits at hyphens, which left "escalating" alone: a claim saying the opposite read as agreeing).
 */
export function joinNegatingPrefixes(text: string): string {
  return text
    .replace(/\b(un|non|dis|de|anti)-(?=\p{L}{4})/giu, "$1")
    .replace(/\b(\p{L}{4,})-free\b/giu, "free of $1");
}

export { HIGH_DEGREE, OPPOSITES_WITHOUT_STANCE, SAME_MEANING } from "./neutral-pairs.js";
// The English pairs, for vocabulary.ts, which reads them from here.
export { OPPOSITES, SIDE_TAKING_ALONE } from "./opposites.js";
