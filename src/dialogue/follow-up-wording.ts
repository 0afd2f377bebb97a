// Follow-up wordings put as the follow-ups the dialogue already reads: a typo'd question word or pronoun ("wat
// did he mean", "шо он имел в виду"), "what did he mean (by that)?" as "why?" on the last answer, "which part is
// Peskov's?" / "а какая часть от Пескова?" after a summary as what that voice said, "and Peskov again?" / "а
// Песков опять?" as "and Peskov?", and "what did the second one say?" as the speaker the last answer named in
// that place. Nothing is answered here; the rewritten message goes the usual way.
import type { Lang } from "../answering/types.js";
import { bareFollowUpOf } from "./bare-follow-up.js";
import { fold } from "./language.js";
import type { SpeakerNames } from "./speakers.js";

/** Chat typos of a question word or a verb of meaning, by whole word. */
const TYPOS: readonly [RegExp, string][] = [
  [/(?<!\p{L})(?:wat|wht|whta|waht|wut)(?!\p{L})/gu, "what"],
  [/(?<!\p{L})(?:mena|meen|maen)(?!\p{L})/gu, "mean"],
  // "шо он имел в виду": only before a pronoun ("чё там Кремль, норм…?" is chat, not "что там…").
  [/^(?:шо|чо|чё|че)(?= (?:он|она|они|это) )/u, "что"],
];

const MEANT_EN =
  /^(?:(?:and|so|but|ok|okay|hmm)[, ]+)?what (?:did|does|do) (?:he|she|they|it|that|this) mean(?: by (?:that|it|this))?\s*\??$/u;
const MEANT_RU =
  /^(?:(?:а|и|ну|так)[, ]+)?(?:что (?:он|она|они) (?:имел[аи]?|имеют|имеет) в ?виду(?: под этим)?|что (?:это|он[аи]?) (?:значит|означает))\s*\??$/u;

// "what exactly did they get wrong?", "in what way did they fail?", "what's his complaint about them?", "за что
// именно?", "в чём именно их вина?": the fault behind the last answer's blame, asked as "why?".
const FAULT_EN =
  /^(?:(?:and|so|but|ok|okay|hmm)[, ]+)?(?:what (?:exactly )?(?:did|do|does|have|has) (?:they|he|she|it|the us|washington|america) (?:get|do|done|got) (?:so )?wrong|in what way(?: (?:did|do|does|have|has) (?:they|he|she|it|the us|washington) (?:fail(?:ed)?|go wrong|get it wrong|mess up))?|how (?:did|do|does|have|has) (?:they|the us|washington) (?:fail(?:ed)?|mess(?:ed)? up|get it wrong)|what(?: is|'s|was) (?:his|her|their) (?:complaint|problem|grievance|beef|issue)(?: (?:with|about) (?:them|it|that|the us|washington))?|what (?:was|were|is|are) (?:their|its) (?:mistakes?|failures?|faults?|errors?))(?: exactly| precisely| then)?\s*\??$/u;
const FAULT_RU =
  /^(?:(?:а|и|ну|так)[, ]+)?(?:за что(?: (?:именно|конкретно|же|так|их|его))*|в ч[её]м (?:именно |конкретно )?(?:их |его )?(?:вина|ошибка|провал|проблема|претензия|претензии)|в ч[её]м (?:именно|конкретно) (?:они|он|сша|вашингтон) (?:виноват\p{L}*|ошиб\p{L}*|провинил\p{L}*))\s*\??$/u;

/** «в чём?», «в чём конкретно?», «а в чём именно?»: what someone is charged with, when the last answer is a charge. */
const MATTER_ASKED_RU = /^(?:(?:а|и|ну|так)[, ]+)?в ч[её]м(?: (?:именно|конкретно|же|тогда))*\s*\??$/u;
const CHARGE_IN = /(?<!\p{L})(?:вин[уыа]|винит|обвин\p{L}*|blam\p{L}*|accus\p{L}*)(?!\p{L})/u;

const PART_EN =
  /^(?:(?:and|so|but|ok|okay)[, ]+)?which (?:part|parts|bit|bits|lines?|piece)(?: of (?:it|that|this))? (?:is|are|was|were|comes? from|came from|is from|are from|belongs? to|is by|was said by) (.+?)(?:'s)?\s*\??$/u;
const PART_RU =
  /^(?:(?:а|и|ну)[, ]+)?(?:как(?:ая|ие) част(?:ь|и)|что из этого|какие слова)(?: тут| здесь)? (?:от|у|принадлеж\p{L}* |сказал\p{L}* )?(.+?)\s*\??$/u;

const AGAIN_EN = /^(?:(?:and|so|but|ok|okay)[, ]+)?(.+?),? (?:again|once more)\s*\??$/u;
const AGAIN_RU = /^(?:(?:а|и|ну)[, ]+)?(.+?),? (?:опять|снова|ещё раз|еще раз)\s*\??$/u;

const ORDINAL_EN =
  /^(?:(?:and|so|but|ok|okay)[, ]+)?what (?:did|does) the (first|second|third|fourth|last|other) (?:one|voice|speaker|source|person) say\s*\??$/u;
const ORDINAL_RU =
  /^(?:(?:а|и|ну)[, ]+)?(?:что|а что) (?:сказал|говорит|говорил)[аи]? (первый|второй|третий|четв[её]ртый|последний|другой)\s*\??$/u;
const PLACE: Readonly<Record<string, number>> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
  other: 1,
  last: -1,
  первый: 0,
  второй: 1,
  третий: 2,
  четвертый: 3,
  четвёртый: 3,
  другой: 1,
  последний: -1,
};

/** A short name of one to four words, no question word: what "again" or "which part is X's" can name. */
const SHORT = (s: string) =>
  s.split(" ").length <= 4 && !/(?<!\p{L})(?:what|why|how|who|что|почему|как|кто)(?!\p{L})/u.test(s);

/**
 * The message as a follow-up the dialogue reads, or null when it is none of these wordings. `lastAnswer` gives
 * the last answer's text (for "the second one"); null without context.
 */
export function followUpWordingOf(
  text: string,
  lang: Lang,
  speakers: SpeakerNames,
  lastAnswer: () => string | null,
): string | null {
  let t = fold(text).trim();
  for (const [typo, word] of TYPOS) t = t.replace(typo, word);
  const ru = lang === "ru";
  // "what was discussed?", "who said?", "с кем вместе?" after an answer (bare-follow-up.ts).
  const bare = bareFollowUpOf(t, lang, () => lastAnswer() !== null);
  if (bare) return bare;
  if ((ru ? MEANT_RU : MEANT_EN).test(t) || (ru ? FAULT_RU : FAULT_EN).test(t))
    return ru ? "почему?" : "why?";
  // «в чём конкретно?» right after an answer on a charge (обвинять/винить в чём): the charge's matter, "why?".
  if (ru && MATTER_ASKED_RU.test(t) && CHARGE_IN.test(fold(lastAnswer() ?? ""))) return "почему?";
  const part = (ru ? PART_RU : PART_EN).exec(t)?.[1];
  if (part && SHORT(part) && speakers.namedIn(part).length > 0)
    return ru ? `а слова ${part}?` : `and what did ${part} say?`;
  const again = (ru ? AGAIN_RU : AGAIN_EN).exec(t)?.[1];
  if (again && SHORT(again) && speakers.namedIn(again).length > 0)
    return ru ? `а ${again}?` : `and ${again}?`;
  const ordinal = (ru ? ORDINAL_RU : ORDINAL_EN).exec(t)?.[1];
  const place = ordinal ? PLACE[ordinal] : undefined;
  const last = place !== undefined ? lastAnswer() : null;
  if (place !== undefined && last) {
    const ids = [...new Set(speakers.namedIn(fold(last)).map((n) => n.id))].filter((id) =>
      speakers.isQuoted(id),
    );
    const id = place < 0 ? ids.at(-1) : ids[place];
    if (id) {
      const name = speakers.shortName(id, lang);
      return ru ? `а что сказал ${name}?` : `and what did ${name} say?`;
    }
  }
  return t !== fold(text).trim() ? t : null;
}
