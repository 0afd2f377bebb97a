// More points the engine owns a verdict on (quality37), kept apart from owned-points.ts, which the dialogue lanes
// edit: approval of what Putin faults (No), Putin for a ceasefire (Yes), the spread feared in everyday words (Yes);
// (quality40) Washington's monopoly on the peace efforts asked of Putin (Yes) and his concern for the civilians on
// both sides (Yes: the casualties are "in Israel and the Gaza Strip").
import {
  type Point,
  PUTIN_EN,
  PUTIN_RU,
  SPREAD_HOLDER_EN,
  SPREAD_HOLDER_RU,
  stem,
  US_EN,
  US_RU,
  w,
} from "./owned-points.js";

/** The spread said as done, or of a holder the article does not name. */
const SPREAD_SAID_NOT_RU = new RegExp(
  `${SPREAD_HOLDER_RU.source}|(?<!\\p{L})(?:уже|вышел|вышла|вышло|распространился|распространилась|перекинулся|перекинулась)(?!\\p{L})`,
  "u",
);

export const MORE_POINTS: readonly Point[] = [
  // "Does Putin praise Washington's Middle East policy?", «путин одобряет что вашингтон монополизировал…»: No, he
  // faults it. Failure asked as his claim ("does he agree the US failed?") is another question: not owned.
  {
    entries: ["putin-on-us", "us-policy-failure", "putin-blames-us", "us-monopolizing-peace"],
    verdict: "no",
    unlessEn: w("fail|failed|failing|failure|failures|mistakes?|wrong|blame|blames|fault|faults"),
    unlessRu: stem("провал|неудач|ошиб|вин|обвин"),
    en: [
      PUTIN_EN,
      w(
        "praise|praises|praised|praising|applaud|applauds|applauded|commend|commends|commended|approve|approves|approved|approve of|endorse|endorses|endorsed|laud|lauds|lauded|hail|hails|hailed|compliment|compliments|complimented|admire|admires|admired|welcome|welcomes|welcomed|like|likes|liked|happy with|pleased with|satisfied with|thank|thanks|thanked",
      ),
      US_EN,
    ],
    ru: [
      PUTIN_RU,
      stem("одобр|хвал|похвал|приветств|доволен|довольн|нрав|восхища|благодар|поддерживает то"),
      US_RU,
    ],
  },
  // Putin wants a ceasefire («путин за прекращение огня или как», "so putin is for a truce?").
  {
    entries: ["ceasefire-call", "what-putin-wants", "putin-erdogan-call", "how-to-resolve"],
    verdict: "yes",
    unlessEn: w(
      "agree|agreed|agreement|reach|reached|sign|signed|brokered|achieve|achieved|secure|secured|announce|announced|declare|declared",
    ),
    unlessRu: stem("договор|согласова|подписа|достиг|заключ|объяв"),
    en: [
      PUTIN_EN,
      w(
        "want|wants|call for|calls for|called for|calling for|urge|urges|urged|push for|pushes for|pushed for|support|supports|back|backs|for|in favou?r of|demand|demands|demanded|ask for|asks for|asked for|seek|seeks|pro",
      ),
      w("ceasefire|cease-fire|cease fire|truce"),
    ],
    ru: [
      PUTIN_RU,
      /(?<!\p{L})(?:за|хочет|хотел|призыва\p{L}*|призвал\p{L}*|выступа\p{L}*|требу\p{L}*|потребовал\p{L}*|добива\p{L}*|поддержива\p{L}*|настаива\p{L}*)(?!\p{L})/u,
      stem("прекращени\\p{L}* огня|прекратить огонь|перемири"),
    ],
  },
  // (quality47) Putin's remedy asked in words the card never uses ("did putin propose a solution?", "does the russian
  // leader offer a way out of the crisis?"): his call for an immediate ceasefire and renewed negotiations is one
  // (remedy-proposed.ts finds the card). A kind of remedy the article does not give ("a military solution", "a
  // two-state solution": TURNS_EN) is not owned.
  {
    entries: ["ceasefire-call", "what-putin-wants"],
    verdict: "yes",
    unlessEn: w(
      "military|force|forceful|armed|violent|war|weapons|troops|sanctions?|nuclear|final|one-state|economic|humanitarian|plan|deal|terms",
    ),
    en: [
      PUTIN_EN,
      w(
        "propose|proposes|proposed|proposing|offer|offers|offered|offering|suggest|suggests|suggested|suggesting|recommend|recommends|recommended|recommending|put forward|puts forward|putting forward|come up with|came up with|prescribe|prescribes|prescribed|advocate|advocates|advocated|present|presents|presented",
      ),
      w(
        "remedy|remedies|solution|solutions|fix|fixes|cure|way out|ways out|way forward|exit strategy|path out|prescription|recipe",
      ),
    ],
  },
  // Putin and a Palestinian state, asked in chat words ("so putin is ok with a palestinian state?").
  {
    entries: ["palestinian-state"],
    verdict: "yes",
    en: [
      PUTIN_EN,
      w("palestinian|palestinians|palestine"),
      w("state|statehood|own state|country of their own"),
      w("ok with|okay with|fine with|cool with|good with|on board with|in favou?r of|for|into|down with"),
    ],
  },
  // Fears the crisis spreads, asked in everyday words ("are they afraid the war might spill beyond the region?").
  {
    entries: ["crisis-spread-fears"],
    verdict: "yes",
    unlessEn: SPREAD_HOLDER_EN,
    en: [
      w("afraid|scared|anxious|nervous|worried|worry|fear|fears|feared|concerned"),
      w(
        "spread|spreads|spreading|extend|extends|widen|widens|spill|spills|spill over|expand|expands|beyond|outside",
      ),
    ],
  },
  // (quality49ru) «Говорится ли в статье, что кризис может выйти за рамки арабо-израильского конфликта?»: what the
  // article says, with the modal it says it with, is the fear it reports. Asked as a forecast («кризис выйдет за
  // рамки?»), as done («уже вышел») or of a holder named, not owned.
  {
    entries: ["crisis-spread-fears"],
    verdict: "yes",
    unlessRu: SPREAD_SAID_NOT_RU,
    ru: [
      stem("говорится|сказано|пишут|написано|упомина|сообща|утвержда|отмечается"),
      stem("может|могут|мог бы|способ|рискует|грозит"),
      stem("выйти за|выйдет за|распростран|перекин|расшир|перерас|выплесн|за рамк|за предел"),
    ],
  },
  // "Does Putin think the US monopolised the peace efforts?", "did putin accuse the us of dominating the peace
  // process?": he criticizes Washington for monopolizing them. Another party asked as the monopolist is not owned.
  {
    entries: ["us-monopolizing-peace", "putin-on-us", "putin-blames-us"],
    verdict: "yes",
    card: "us-monopolizing-peace",
    unlessEn: w(
      "russia|russia's|moscow|kremlin|the kremlin|un|united nations|eu|european union|europe|quartet|turkey|erdogan|israel|hamas",
    ),
    en: [
      PUTIN_EN,
      US_EN,
      w(
        "monopoli[sz](?:e|es|ed|ing)|monopoly|monopolies|dominat(?:e|es|ed|ing)|hog|hogs|hogged|hogging|hijack(?:s|ed|ing)?|kept (?:the )?(?:peace )?(?:efforts?|process) to (?:itself|themselves)",
      ),
      w("peace|process|efforts?|talks|negotiations|mediation"),
    ],
    // (quality42ru) «Говорил ли Путин, что США монополизировали мирные усилия?»: the same point asked in Russian.
    unlessRu:
      /(?<!\p{L})(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*|рф|оон|ес|евросоюз\p{L}*|европ\p{L}*|квартет\p{L}*|турц\p{L}*|эрдоган\p{L}*|израил\p{L}*|хамас\p{L}*)(?!\p{L})/u,
    ru: [
      PUTIN_RU,
      US_RU,
      stem("монопол|узурпир|узурпировал|присвоил|присваива|подмял|подмина"),
      stem("мир|процесс|усили|переговор|посредни|урегулир"),
    ],
  },
  // (quality48ru) «Путин упрекнул Вашингтон в том, что тот не искал компромиссов?», «Путин сказал, что американцы не
  // рассматривали компромиссов?»: the same criticism by its other half (without considering compromises acceptable to
  // both sides). The «не»/«без» before the compromises is the point's own, not a turn; the US must be the one who did
  // not seek them, and Putin the one who said so.
  {
    entries: ["us-monopolizing-peace", "putin-on-us", "putin-blames-us"],
    verdict: "yes",
    card: "us-monopolizing-peace",
    turnRu:
      /(?<!\p{L})(?:не (?:рассматрива|рассмотрел|искал|ищ|учитыва|учел|учёл|предлага|предложил|принима|принял|хотел|стремил|допуска|шел|шёл|пош[её]л)\p{L}*|без(?: (?:учета|учёта|поиска|рассмотрения))?) (?:(?:никаких|каких-либо|какого-либо) )?компромисс\p{L}*/gu,
    unlessRu:
      /(?<!\p{L})(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*|рф|оон|ес|евросоюз\p{L}*|европ\p{L}*|квартет\p{L}*|турц\p{L}*|эрдоган\p{L}*|израил\p{L}*|хамас\p{L}*|палестин\p{L}*)(?!\p{L})/u,
    ru: [
      PUTIN_RU,
      US_RU,
      stem("сказал|говор|заяв|счита|дума|упрек|упрёк|обвин|критик|раскритик|вини|утвержд|назвал"),
    ],
  },
  // "Did Putin express concern for civilians on both sides?": the casualties he is concerned over are "in Israel and
  // the Gaza Strip". The both-sides words are taken out (they turn other points) and the concern asked plainly.
  {
    entries: ["putin-civilian-casualties"],
    verdict: "yes",
    turnEn:
      /(?<![\p{L}'])(?:on|for|of|in|from) (?:both sides|the two sides|each side|either side)(?: of the (?:conflict|war|fighting|divide|border))?(?![\p{L}])/gu,
    en: [
      PUTIN_EN,
      w(
        "concern|concerns|concerned|worried|worries|worry|cares?|cared|upset|troubled|alarmed|bothered|distressed|sympathy|sorrow",
      ),
      w("civilians?|civilian casualties|casualties|people|victims|innocents?|deaths|lives|losses|killed"),
    ],
  },
];
