// The points the engine owns a verdict on (owned-verdict.ts reads the question), part two: Putin's call with Erdogan
// (that it took place, that it was about the ceasefire), and Putin on the United States and the crisis — the
// compromises Washington never considered, the fears of a spread, Russia's disputed part, the blame on the US, his
// concern for the civilians, the failed US policy. The order is behaviour (owned-verdict.ts takes the first point of
// a card that is asked): these come right after RUSSIA_POINTS (owned-points-russia.ts).

import {
  type Point,
  PUTIN_EN,
  PUTIN_RU,
  RUSSIA_EN,
  RUSSIA_RU,
  SPREAD_HOLDER_EN,
  SPREAD_HOLDER_RU,
  stem,
  US_EN,
  US_RU,
  w,
} from "./owned-points.js";

export const CALL_AND_US_POINTS: readonly Point[] = [
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
  // (quality49) The same No with the compromises' own qualifier asked ("did putin say the us looked for compromises that
  // both sides could accept?"): "both" turns other points (owned-polar.ts), here it is the card's "acceptable to both
  // sides", taken out before the question is read as plain.
  {
    entries: ["us-monopolizing-peace"],
    verdict: "no",
    turnEn:
      /(?<![\p{L}'])(?:(?:that|which) )?(?:both|the two) (?:sides|parties) (?:could|can|would|might|will) (?:accept|agree to|agree on|live with|support)|(?:acceptable|agreeable|fair) (?:to|for) (?:both|the two) (?:sides|parties)(?![\p{L}])/gu,
    en: [
      US_EN,
      w(
        "consider|considers|considered|weigh|weighed|take into account|took into account|account for|look for|looked for|seek|sought|offer|offered|propose|proposed",
      ),
      w("compromises?"),
    ],
  },
  // (quality49) Compromises or interests of one side only, as Putin's view ("does putin think the interests of only one
  // side should count?", one-side-interests.ts): No, he faults Washington for not considering compromises acceptable
  // to both sides.
  {
    entries: ["us-monopolizing-peace"],
    verdict: "no",
    turnEn:
      /(?<![\p{L}'])(?:(?:only|just|solely) one (?:side|party)|one (?:side|party) (?:only|alone)|a single (?:side|party))(?![\p{L}])/gu,
    en: [PUTIN_EN, w("compromises?|interests?|needs|concerns|wishes|demands|aspirations")],
  },
];
