// The points the engine owns a verdict on (owned-verdict.ts reads the question): each the card that states it, the
// verdict, and the words the question must hold, each a separate linear pattern.
export type OwnedVerdict = "yes" | "no";

export interface Point {
  /** The cards that state the point: the engine must have found one of them. */
  entries: readonly string[];
  verdict: OwnedVerdict;
  /** Every one must be found in the question (each alone, so no pattern scans the text twice). */
  en?: readonly RegExp[];
  ru?: readonly RegExp[];
  /** The card the verdict is said with, when the one found states the point less plainly. */
  card?: string;
  /** The point is not owned when one of these is in the question (a topic or an outcome the card does not state). */
  unlessEn?: RegExp;
  unlessRu?: RegExp;
  /** The word that asks the point turned ("reject", «против»): taken out (whole words, global) before the question is
   * read as plain; the point is asked only when it was there. */
  turnEn?: RegExp;
  turnRu?: RegExp;
}

export const w = (alternatives: string) => new RegExp(`(?<![\\p{L}'])(?:${alternatives})(?![\\p{L}])`, "u");
/** A Russian stem: the word may go on ("связ" → связи, связей). */
export const stem = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})\\p{L}*`, "u");

/** The names of the parties the points ask about, shared by the owned-points files. */
export const RUSSIA_EN = w(
  "russia|russia's|russias|moscow|moscow's|the kremlin|kremlin|kremlin's|russians|russian government",
);
export const RUSSIA_RU = stem("росси|москв|кремл|рф");
export const PUTIN_EN = w(
  "putin|putin's|putins|the russian president|russian president|the russian leader|russian leader",
);
/** Putin, also as Russia's president or leader («считает ли президент россии, что…»), as PUTIN_EN reads him. */
export const PUTIN_RU = stem("путин|президент\\p{L}* (?:росси|рф)|российск\\p{L}* (?:президент|лидер)");
export const US_EN = w(
  "us|u\\.s\\.?|usa|america|america's|american|americans|washington|washington's|the united states|united states",
);
export const US_RU = stem("сша|америк|вашингтон|штат");

/** A holder named for the spread fears, which the article gives none: a person, Russia, the US, a ministry. */
export const SPREAD_HOLDER_EN = w(
  "putin|putin's|peskov|peskov's|erdogan|biden|he|him|himself|his|she|her|herself|russia|russia's|moscow|the kremlin|kremlin|russians|ministry|washington|america|americans|the united states|united states|turkey",
);
export const SPREAD_HOLDER_RU =
  /(?<!\p{L})(?:путин\p{L}*|песков\p{L}*|эрдоган\p{L}*|байден\p{L}*|он|его|ему|сам|сама|росси\p{L}*|москв\p{L}*|кремл\p{L}*|мид|министерств\p{L}*|вашингтон\p{L}*|сша|америк\p{L}*|турци\p{L}*)(?!\p{L})/u;

export const POINTS: readonly Point[] = [
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
  // Putin's phone call with Erdogan, asked whether it took place (a topic asked is the next point's or the dialogue's).
  {
    entries: ["putin-erdogan-call"],
    verdict: "yes",
    unlessEn: w(
      "about|regarding|concerning|discuss|discussed|discussing|over|agree|agreed|agreement|deal|ask|asked|tell|told|threaten|threatened",
    ),
    unlessRu:
      /(?<!\p{L})(?:о|об|про|насч\p{L}*|обсужд\p{L}*|касал\p{L}*|договор\p{L}*|соглас\p{L}*|проси\p{L}*|угрож\p{L}*)(?!\p{L})/u,
    en: [
      PUTIN_EN,
      w(
        "call|called|calls|calling|phone|phoned|phoning|ring|rang|talk|talked|talk to|spoke|speak|speaks|chat|chatted|a call|phone call",
      ),
      w("erdogan|erdogan's|turkey|turkey's|turkish leader|turkish president|the turks|turks"),
    ],
    ru: [
      PUTIN_RU,
      stem("звон|созван|созвон|разговарива|говорил|беседова|связыва|связал"),
      stem("эрдоган|турц|турк|турец"),
    ],
  },
  // That call was about the ceasefire (Putin stressed the urgent need for one): an agreement reached is not said.
  {
    entries: ["putin-erdogan-call", "ceasefire-call"],
    verdict: "yes",
    card: "putin-erdogan-call",
    unlessEn: w(
      "agree|agreed|agreement|reach|reached|sign|signed|deal|brokered|achieve|achieved|secure|secured|announce|announced",
    ),
    unlessRu: stem("договор|согласова|подписа|достиг|заключ|объяв"),
    en: [
      PUTIN_EN,
      w("erdogan|erdogan's|turkey|turkey's|turkish leader|turkish president|the turks|turks"),
      w("ceasefire|cease-fire|cease fire|truce"),
    ],
    ru: [PUTIN_RU, stem("эрдоган|турц|турк|турец"), stem("прекращени\\p{L}* огня|перемири")],
  },
  // Putin spoke of compromises: that Washington considered none acceptable to both sides (the US asked is the No below).
  {
    entries: ["us-monopolizing-peace"],
    verdict: "yes",
    unlessEn: US_EN,
    unlessRu: US_RU,
    en: [
      PUTIN_EN,
      w(
        "mention|mentions|mentioned|talk about|talks about|talked about|speak about|spoke about|speak of|spoke of|bring up|brought up|refer to|referred to|say anything about|said anything about",
      ),
      w("compromises?|compromize|compromizes|compromis"),
    ],
    ru: [PUTIN_RU, stem("говор|упомина|упомян|заговор|сказал|высказ|затрагива|затронул"), stem("компроми")],
  },
  // Fears the crisis spreads beyond the zone. The article reports the concerns without a holder: asked of a named
  // one ("is putin himself worried…?", «песков опасается…?») the point is not owned (dialogues28 en-11#1).
  {
    entries: ["crisis-spread-fears"],
    verdict: "yes",
    unlessEn: SPREAD_HOLDER_EN,
    unlessRu: SPREAD_HOLDER_RU,
    en: [
      // A fear asked, not a modal: "could it spread?" asks a forecast, which the article does not make.
      w("risk|danger|fears?|feared|concerns?|worr(?:y|ies|ied)|chance|possibility|threat"),
      w("spread|spreads|spreading|extend|extends|widen|widens|spill|spills|spill over|expand|expands|beyond"),
    ],
    ru: [
      stem("риск|опасн|опасаю|опасени|угроз|грозит|страх|боят|беспоко"),
      stem("распростран|выйти за|выйдет за|перекин|расшир|перерас|перекинет"),
    ],
  },
  // Russia's part in the peace process is "not without controversy".
  {
    entries: ["russia-role-controversy"],
    verdict: "yes",
    en: [RUSSIA_EN, w("controversial|disputed|contested|divisive|questioned|debated|contentious")],
    ru: [RUSSIA_RU, stem("спорн|неоднозначн|противоречив|оспарива")],
  },
  // Putin blames the United States (another party named is the wrong-party reader's).
  {
    entries: ["putin-blames-us", "putin-on-us", "us-policy-failure"],
    verdict: "yes",
    en: [
      PUTIN_EN,
      w(
        "blames?|blamed|blaming|faults?|faulted|holds? (?:the )?(?:us|america|washington|united states) responsible|accuses?|accused",
      ),
      US_EN,
    ],
    ru: [PUTIN_RU, stem("вин|обвин|винова"), US_RU],
  },
  // Putin's concern for the civilians.
  {
    entries: ["putin-civilian-casualties"],
    verdict: "yes",
    en: [
      PUTIN_EN,
      w("concerned|worried|worries|worry|cares?|upset|troubled|alarmed|bothered|distressed"),
      w("civilians?|casualties|people|victims|innocents?|deaths|lives"),
    ],
    ru: [
      PUTIN_RU,
      stem("пережива|беспоко|волну|обеспокоен|забот|тревож|сочувств"),
      stem("мирн|жертв|гражданск|люд|погибш|населени"),
    ],
  },
  // "Did US policy work?": Putin says it failed.
  {
    entries: ["us-policy-failure", "putin-blames-us", "putin-on-us"],
    verdict: "no",
    en: [
      US_EN,
      w("policy|policies"),
      w("work|worked|working|succeed|succeeded|successful|a success|effective|pay off|paid off|good"),
    ],
    ru: [US_RU, stem("политик"), stem("сработа|успешн|удачн|эффективн|удал")],
  },
  // Washington considered no compromises acceptable to both sides, Putin says.
  {
    entries: ["us-monopolizing-peace"],
    verdict: "no",
    en: [
      US_EN,
      w(
        "consider|considers|considered|weigh|weighed|take into account|took into account|account for|look for|looked for|seek|sought|offer|offered|propose|proposed",
      ),
      w("compromises?"),
    ],
    ru: [US_RU, stem("учитыва|уч[её]л|рассматрива|иска|предлага|принима"), stem("компромисс")],
  },
];
