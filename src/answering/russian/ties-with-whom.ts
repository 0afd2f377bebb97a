// With whom Russia is on good terms, and why it has friends on both sides («с кем у России хорошие отношения», «с кем
// дружит Москва», «почему у России друзья по обе стороны»): the article gives both — long-standing ties with the
// Palestinians, including Hamas, and common ground with Israel through the former Russian citizens living there —
// in the one card of how Moscow presents itself. Read as typed, «с кем» met only the Palestinian ties card (half the
// answer), and «друзья по обе стороны» no card clearly (blind-ru84's closing note; quality39). Contacts («с кем у
// Москвы контакты») stay the Kremlin's open communication with both warring sides.
import { foldedRussian } from "./plain-text.js";

const RUSSIA = String.raw`(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*|русски\p{L}*|российск\p{L}* (?:правительств\p{L}*|власт\p{L}*))`;
const GOOD = String.raw`(?:(?:хорош\p{L}*|дружеск\p{L}*|дружн\p{L}*|тепл\p{L}*|нормальн\p{L}*|тесн\p{L}*|близк\p{L}*|добр\p{L}*) )?`;
/** «с кем у России хорошие отношения», «с кем дружит Москва», «с кем Россия в хороших отношениях». */
const WITH_WHOM = new RegExp(
  String.raw`^(?:(?:а|и|так|ну) )?с кем (?:(?:же|вообще|именно) )?(?:у ${RUSSIA} ${GOOD}(?:отношения|связи|дружба)|${RUSSIA} (?:дружит|ладит|водит дружбу|в ${GOOD}отношениях|поддерживает ${GOOD}(?:отношения|связи))|(?:дружит|ладит) ${RUSSIA})(?!\p{L})`,
  "u",
);
/** «почему у России друзья по обе стороны», «как Москва дружит с обеими сторонами». */
const FRIENDS_BOTH = new RegExp(
  String.raw`^(?:(?:а|и|так|ну) )?(?:почему|отчего|как так|как|за счет чего|благодаря чему) (?:(?:же|вообще) )?(?:у ${RUSSIA} (?:есть )?(?:друзья|союзники|связи|отношения)|${RUSSIA} (?:дружит|ладит)) (?:и )?(?:по обе стороны|с обеими сторонами|с обоими|на обеих сторонах|с обеих сторон)(?!\p{L})`,
  "u",
);

/** «с кем у России хорошие отношения» as how Moscow presents its ties with both, or the question as it came. */
export function asRussianTiesWithWhom(text: string): string {
  if (text.length > 120) return text;
  const folded = foldedRussian(text);
  if (WITH_WHOM.test(folded)) return "какие отношения у россии с израильтянами и палестинцами";
  if (FRIENDS_BOTH.test(folded)) return "почему у россии хорошие отношения с обеими сторонами";
  return text;
}
