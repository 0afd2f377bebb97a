// (claims33) Russian paraphrases of the article's deeds in words of their own, read as the translation's before a
// claim is compared (on the claim and the translations alike, as russian-phrasal.ts's idioms): each word lined up
// with nothing and a fair paraphrase fell short of its passage ("not in the article").
//  - a deed done alone («единолично взялся за мирный процесс», «в одиночку вели», (claims35) «единолично ведя»,
//    «присвоили себе»): monopolizing;
//  - looking for a compromise («не искал компромиссов», «не пытались найти компромисс»): considering one, its
//    negation kept («искали компромиссы» against «без рассмотрения» stays altered);
//  - what suits both sides («устраивающих обе стороны», «который устроил бы обе стороны»): acceptable to both;
//  - a dialogue started («начали вести прямой диалог»): established (as onset-as-establish.ts reads English);
//  - a number that grows or falls in words («жертв становится меньше»): «снижается» / «растёт», so the opposite
//    pair of the rising number is read;
//  - (claims34) settling the conflict in a verb («урегулировать конфликт»): the translation's «разрешении конфликта»;
//    the fire to stop with its object first («огонь нужно прекратить»); a growth of violence («рост насилия»): its
//    surge;
//  - (claims37) a success denied («не удалась», «не сработала»): the failure.
// Bounded expressions: fixed words, \p{L}* stems, no nested repetition.
import { lean } from "../lib/lean-regexp.js";

const B = "(^|[^\\p{L}])";
const E = "(?=$|[^\\p{L}])";

/** «единолично взялся за», «в одиночку вели», «взялись единолично за»: a deed done alone, the monopoly. */
const ALONE_VERB =
  "(?:взял\\p{L}*\\s+за|брал\\p{L}*\\s+за|бер[её]т\\p{L}*\\s+за|берут\\p{L}*\\s+за|вед[уёе]т|ведя|вел[аи]?|в[её]л|вести|руковод\\p{L}*|управля\\p{L}*|распоряжа\\p{L}*|заправля\\p{L}*)";
const ALONE = "(?:единолично|в\\s+одиночку|сам[аио]?\\s+по\\s+себе)";
const DONE_ALONE = lean(
  new RegExp(`${B}(?:${ALONE}\\s+${ALONE_VERB}|${ALONE_VERB}\\s+${ALONE}(?:\\s+за)?)${E}`, "giu"),
);
/** «присвоили себе мирный процесс» (took it for themselves). */
const TOOK_FOR_ITSELF = lean(
  /(^|[^\p{L}])(?:присвоил\p{L}*|присваива\p{L}*|прибрал\p{L}*\s+к\s+рукам)(?:\s+себе)?(?=$|[^\p{L}])/giu,
);

/** «искал / пытались найти / ищут» a compromise: considered it (the aspect group of «рассмотрение»). */
const SOUGHT_COMPROMISE = lean(
  /(^|[^\p{L}])(?:(?:пыта\p{L}*|пытал\p{L}*|стара\p{L}*|стремил\p{L}*|стремит\p{L}*|хотел\p{L}*)\s+)?(?:искал\p{L}*|искать|ищ[еуа]\p{L}*|найти|находить|поиск\p{L}*)(?=\s+(?:\p{L}+\s+)?компромисс)/giu,
);

/** «устраивающих обе стороны», «которые устроили бы обе стороны», «подходящих для обеих сторон». */
const SUITS_BOTH = lean(
  /(^|[^\p{L}])(?:(?:которые|который|которое|которая|что)\s+)?(?:бы\s+)?(?:устраива\p{L}*|устроил\p{L}*|устроят|устроит|подходящ\p{L}*|подходил\p{L}*|подошл\p{L}*|подойдут|удовлетворя\p{L}*|удовлетворил\p{L}*)\s+(?:бы\s+)?(?:для\s+)?(?:обе|оба|обеих|обоих|обеим|обоим)\s+сторон\p{L}*(?=$|[^\p{L}])/giu,
);

/** «начали (вести) прямой диалог», «приступить к диалогу»: the dialogue established. */
const STARTED_DIALOGUE = lean(
  /(^|[^\p{L}])(?:нача\p{L}*|начн\p{L}*|начал\p{L}*|приступ\p{L}*\s+к)(?:\s+(?:вести|вели|налаживать))?(?=\s+(?:\p{L}+\s+){0,2}?диалог)/giu,
);

/** «становится / стало (всё) меньше / больше»: the number falls / grows. */
const FEWER = lean(
  /(^|[^\p{L}])(?:становится|становилось|стало|станет|делается)\s+(?:вс[её]\s+)?меньше(?=$|[^\p{L}])/giu,
);
const MORE = lean(
  /(^|[^\p{L}])(?:становится|становилось|стало|станет|делается)\s+(?:вс[её]\s+)?больше(?=$|[^\p{L}])/giu,
);

/**
 * (claims34) «урегулировать конфликт», «уладить конфликт»: the translation's «разрешении конфликта», which the
 * vocabulary reads as one word (урегулирование); the verb and its object read apart left «конфликт» lined up with
 * nothing, taken for a word put in the place of «конструктивную» (claims-blind54: «кремль хочет помочь урегулировать
 * конфликт» altered).
 */
const SETTLE_CONFLICT = lean(
  /(^|[^\p{L}])(?:урегулир\p{L}*|улад\p{L}*|разреш(?:ить|ать|ил|ила|или|ит|ат|ению|ения|ение|ении))\s+конфликт\p{L}*(?=$|[^\p{L}])/giu,
);

/** (claims34) «огонь нужно (немедленно) прекратить»: the ceasefire with its object first, «прекратить огонь». */
const FIRE_TO_STOP = lean(
  /(^|[^\p{L}])огонь((?:\s+(?:нужно|необходимо|надо|следует|должен|должны|быть|немедленно|срочно|сразу|же)){0,3})\s+(?:прекратить|остановить|прекращ[её]н)(?=$|[^\p{L}])/giu,
);
/** (claims34) «рост насилия»: the translation's «всплеск насилия» («рост» alone read as a side of rising/falling). */
const GROWTH_OF_VIOLENCE = lean(/(^|[^\p{L}])рост(?:а|ом|е|у)?(?=\s+насили\p{L}*)/giu);

/**
 * (claims36) «Вашингтону стоит (следует) и дальше монополизировать …»: «стоит» / «следует» before an infinitive is
 * «нужно» (read as «стоит» it lined up with nothing and a wish to go on was not in the article).
 */
const OUGHT_TO = lean(
  /(^|[^\p{L}])(?:стоит|следует|стоило\s+бы|следовало\s+бы)(?=\s+(?:(?:и\s+)?(?:дальше|впредь|далее)\s+)?\p{L}{2,30}(?:ть|ти|чь)(?:ся)?(?=$|[^\p{L}]))/giu,
);

/**
 * (claims37) «не удалась», «не увенчалась успехом», «не сработала»: a success denied is the failure («провалилась»,
 * ¶2's «провале»); read as «не удалась» it was a negation of a word the passage lacks (claims-own41: altered).
 */
const NOT_SUCCEEDED = lean(
  /(^|[^\p{L}])не\s+(?:удал(?:ась|ось|ись|ся)|увенчал(?:ась|ось|ись|ся)\s+успехом|сработал(?:а|о|и)?)(?=$|[^\p{L}])/giu,
);

/**
 * (verdict50) «новые переговоры», «новый раунд переговоров»: the talks again, the translation's «возобновления
 * переговорного процесса» («новым» was read as a word of its own in the place of «немедленного»); «вернуться / сесть
 * (снова) за стол переговоров»: back to the talks («вернуться» stands beside «возобновление» in the opposites). Not «нового
 * переговорного процесса»: a process of its own (claims-blind15's English twin).
 */
const NEW_TALKS = lean(
  /(^|[^\p{L}])нов(?:ые|ых|ым|ыми|ый|ого|ому|ом|ой|ую)\s+(?:(?:раунд|тур|этап)\p{L}{0,3}\s+)?(?=(?:мирн\p{L}{1,4}\s+)?переговор(?:ы|ов|ам|ами|ах)(?=$|[^\p{L}]))/giu,
);
const BACK_TO_TABLE = lean(
  /(^|[^\p{L}])(?:верну\p{L}*|вернут\p{L}*|возвращ\p{L}*|сест\p{L}*|сядут|сели|садит\p{L}*|сади\p{L}*)\s+(?:снова\s+|вновь\s+|опять\s+)?за\s+стол\s+переговоров(?=$|[^\p{L}])/giu,
);

/**
 * (verdict50) «, со своей стороны,», «, в свою очередь,»: an aside that says nothing of its own, read away; its «стороны»
 * stood between the subject and the deed and hid another holder put in the passage's («Израиль, со своей стороны,
 * поддерживает давние связи с палестинцами» of the Russian government's ties).
 */
const ASIDE = lean(/\s*,\s*(?:со\s+своей\s+стороны|в\s+свою\s+очередь)\s*,/giu);

export function readRussianParaphrase(text: string): string {
  return text
    .replace(ASIDE, "")
    .replace(NOT_SUCCEEDED, "$1провалилась")
    .replace(NEW_TALKS, "$1возобновление ")
    .replace(BACK_TO_TABLE, "$1вернуться к переговорам")
    .replace(OUGHT_TO, "$1нужно")
    .replace(DONE_ALONE, "$1монополизирует")
    .replace(TOOK_FOR_ITSELF, "$1монополизирует")
    .replace(SOUGHT_COMPROMISE, "$1рассматривал")
    .replace(SUITS_BOTH, "$1приемлемых для обеих сторон")
    .replace(STARTED_DIALOGUE, "$1наладить")
    .replace(SETTLE_CONFLICT, "$1разрешении конфликта")
    .replace(FIRE_TO_STOP, (_, before: string, words: string) => `${before}${words.trim()} прекратить огонь`)
    .replace(GROWTH_OF_VIOLENCE, "$1всплеск")
    .replace(FEWER, "$1снижается")
    .replace(MORE, "$1растёт");
}
