// The points the engine owns a verdict on (owned-verdict.ts reads the question), part one: Russia's ties with the
// Palestinians and with Israel, the Kremlin's readiness to help, and Putin's aims — the negotiations resumed, Moscow
// as an impartial mediator, a Palestinian state (and its turned "does he reject it?"). The order is behaviour
// (owned-verdict.ts takes the first point of a card that is asked): RUSSIA_POINTS come first, CALL_AND_US_POINTS
// (owned-points-call-us.ts) right after. The Point type and the parties' words are owned-points.ts's.

import { type Point, PUTIN_EN, PUTIN_RU, RUSSIA_EN, RUSSIA_RU, stem, w } from "./owned-points.js";

export const RUSSIA_POINTS: readonly Point[] = [
  // Russia's ties with the Palestinians and Hamas, or with Israel: the article states both.
  {
    entries: ["russia-palestinian-ties"],
    verdict: "yes",
    en: [
      RUSSIA_EN,
      w(
        "ties|tie|links|link|linked|connections|connection|connected|relations|relationship|relationships|contacts|bonds|tied|friends|friendly",
      ),
      w("hamas|palestinians?|the palestinians"),
    ],
    ru: [RUSSIA_RU, stem("связ|отношени|контакт|дружб|дружит"), stem("хамас|палестин")],
  },
  {
    entries: ["russia-israel-ties"],
    verdict: "yes",
    en: [
      RUSSIA_EN,
      w(
        "ties|tie|links|link|linked|connections|connection|connected|relations|relationship|relationships|bonds|tied|common ground",
      ),
      w("israel|israelis|israel's"),
    ],
    ru: [RUSSIA_RU, stem("связ|отношени|общ"), stem("израил")],
    // «давние связи с Израилем?»: long-standing are the Palestinians' ties; Israel's is common ground (quality46ru),
    // as English "long-standing ties with israel" finds the Palestinians' card and no Yes.
    unlessRu: stem("давн|давнишн|многолетн|долгол"),
  },
  // The Kremlin's readiness to help reach a settlement.
  {
    entries: ["kremlin-settlement-role", "peskov-statement"],
    verdict: "yes",
    en: [
      w("the kremlin|kremlin|russia|moscow|peskov"),
      w(
        "ready|willing|prepared|keen|eager|open|wants?|wish(?:es)?|aims?|intends?|seeks?|looking|offer(?:s|ed|ing)?|trying|tries",
      ),
      w(
        "help|helping|assist|assisting|contribute|facilitate|play a constructive role|play a role|mediate|broker",
      ),
    ],
    ru: [
      stem("кремл|росси|москв|песков"),
      stem("готов|хоч|хотят|стрем|намер|жела|предлага"),
      stem("помо|помог|содейств|способств|посредни|конструктив"),
    ],
  },
  // Putin wants the negotiations resumed.
  {
    entries: ["negotiations", "what-putin-wants", "ceasefire-call", "putin-erdogan-call"],
    verdict: "yes",
    en: [
      PUTIN_EN,
      w("talks|negotiations?|negotiating|negotiation process|dialogue|peace talks"),
      w(
        "resume|resumed|resuming|resumption|restart|restarted|restarting|start again|started again|renew|renewed|reopen|reopened|revive|revived|return to|back",
      ),
    ],
    ru: [PUTIN_RU, stem("переговор"), stem("возобнов|перезапус|вернут|возврат|снова|вновь")],
  },
  // Moscow presents itself as an impartial mediator (whether it is one, the article does not judge).
  {
    entries: ["is-russia-neutral", "russia-impartial-mediator"],
    verdict: "yes",
    card: "russia-impartial-mediator",
    en: [
      RUSSIA_EN,
      w(
        "claims?|claimed|claiming|presents?|presented|presenting|portrays?|portrayed|poses?|positions?|casts?|paints?|calls?|describes?|styles?|bills?|tries|try|trying|strives?|pretends?|see itself|sees itself|itself|look|looks|seem|seems|appear|appears|act|acts|come across|comes across|be seen",
      ),
      w("impartial|neutral|unbiased|even-handed|honest broker|mediator"),
    ],
    ru: [
      RUSSIA_RU,
      stem(
        "выставля|представля|позициони|назыв|изобража|стрем|претенд|подаё|пода[её]т|себя|казат|казать|выгляде|хоч",
      ),
      stem("беспристраст|нейтрал|посредни"),
    ],
  },
  // Putin acknowledges the need for a Palestinian state ("two-state" is not the article's word: left to the dialogue).
  {
    entries: ["palestinian-state"],
    verdict: "yes",
    en: [
      PUTIN_EN,
      w("palestinian|palestinians|palestine"),
      w("state|statehood|state of their own|own state|country of their own"),
      w(
        "wants?|support(?:s|ed)?|backs?|think|thinks|believe|believes|favou?rs?|acknowledge[sd]?|recogni[sz]es?|call(?:s|ed)? for|say|says|said|endorse[sd]?|stand for|need|needs|should|deserve|deserves",
      ),
    ],
    ru: [
      PUTIN_RU,
      stem("палестин"),
      stem("государств"),
      stem("за|поддерж|хоч|счита|призна|выступа|нужн|необходим|должн|заслужива"),
    ],
  },
  // "Does Putin reject a Palestinian state?": No, he acknowledges the need for one.
  {
    entries: ["palestinian-state"],
    verdict: "no",
    turnEn:
      /(?<![\p{L}'])(?:rejects?|rejected|opposes?|opposed|against|denies|deny|dismiss(?:es)?|dismissed)(?![\p{L}])/gu,
    turnRu:
      /(?<!\p{L})(?:против|отверга\p{L}*|отверг|отрица\p{L}*|отклоня\p{L}*|выступает против)(?!\p{L})/gu,
    en: [PUTIN_EN, w("palestinian|palestinians|palestine"), w("state|statehood|independent state")],
    ru: [PUTIN_RU, stem("палестин"), stem("государств")],
  },
];
