// Kind: a figure or a moment offered as a fragment after an answer — "over 500 dead then?", "a couple thousand
// victims then?", "hundreds of them?", "last tuesday then?", «тысячи погибших?», «в понедельник, получается?». No
// verb and no subject: the asker puts a number (or a day) on what the last answer told and wants it confirmed. The
// engine, given the fragment alone, placed nothing ("doesn't cover that") or the wrong entry; read against the last
// answer it is a yes/no whose figure the last answer's quotes never give: "doesn't say", with that answer as the
// evidence (the rule of unstated-figure.ts for a full question). A figure the quotes do give is left to the usual
// readers, as is any message with a word beyond the figure, its nouns and the chat's fillers.
import type { Lang } from "../answering/types.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueTurn } from "./types.js";
import { figureOrTimeAsked, unstatedFigureAsked } from "./unstated-figure.js";
import { verdictOnLast } from "./verdict-on-last.js";

const MAX_WORDS = 8;
/** What a fragment may hold beside its figure or moment: amounts' words, the counted nouns, chat fillers. */
const FRAGMENT_WORD_EN =
  /^(?:so|and|like|ok|okay|then|already|now|total|in|or|so|far|more|less|fewer|than|over|under|about|around|nearly|almost|at|least|some|a|an|the|couple|few|several|tens|of|them|those|people|civilians|dead|killed|deaths|victims|casualties|wounded|injured|died|lives|lost|bodies|like|maybe|roughly|approximately|plus|\+|on|last|this|that|right|or|something|so|there)$/u;
const FRAGMENT_WORD_RU =
  /^(?:а|и|так|ну|то|есть|уже|тогда|получается|выходит|значит|больше|меньше|более|свыше|около|почти|порядка|примерно|под|несколько|пара|пару|из|них|человек|людей|мирных|жителей|погибших|погибло|погибли|убитых|убито|жертв|раненых|в|во|на|прошлой|этой|неделе|или|типа|где-то)$/u;

/** Words that carry nothing: a bare number with only these around it is no figure asked. */
const BARE_FILLER = /^(?:so|and|ok|okay|then|like|maybe|or|now|а|и|так|ну|тогда|уже|то|или)$/u;

/** The fragment's words, its figure or moment excepted: every one must be a fragment word. */
const onlyFragmentWords = (folded: string, lang: Lang): boolean => {
  const words = folded
    .replace(/[?!.,;:…]+/gu, " ")
    .split(/\s+/u)
    .filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  // "2?", "3 then?": a bare number is a button slip or a choice, not a figure put on the answer.
  if (words.every((w) => /^\d[\d,.]*k?$/u.test(w) || BARE_FILLER.test(w))) return false;
  const word = lang === "ru" ? FRAGMENT_WORD_RU : FRAGMENT_WORD_EN;
  return words.every((w) => word.test(w) || figureOrTimeAsked(w, lang) || /^\d[\d,.]*k?$/u.test(w));
};

/** "over 500 dead then?" after an answer whose quotes give no figure: doesn't say, on the last answer. */
export function figureFragmentTurn(ask: AskedOfLast): DialogueTurn | null {
  const { text, context, folded } = ask;
  if (context.refused || !text.trim().endsWith("?")) return null;
  const asked: Lang = /\p{Script=Cyrillic}/u.test(folded) ? "ru" : "en";
  if (!figureOrTimeAsked(folded, asked) || !onlyFragmentWords(folded, asked)) return null;
  const last = ask.last(asked);
  if (!last?.answered || last.quotes.length === 0 || !unstatedFigureAsked(folded, asked, last)) return null;
  return verdictOnLast(last, text, context, asked, "not-said", "pronoun");
}
