// Points the engine owns a verdict on, asked in plain chat (quality50, wave CA): Russia talking to Hamas or the
// Palestinians ("does russia actually talk to hamas??": its open line to both sides and its ties with them), the
// Kremlin that "wanna" help settle the conflict, what the article says may happen ("does the article say the crisis
// could go beyond the conflict zone?": the concerns it reports, Yes), and a date asked of the article ("does the
// article give the date of the call?", "does the article say when putin and erdogan spoke?": No, it gives none — one
// rule for both, the card of the dates not given). The dialogue layer still reads every yes/no question.
import { type Point, RUSSIA_EN, SPREAD_HOLDER_EN, w } from "./owned-points.js";

/** The article asked as the voice: "does the article / the story / it say…". */
const ARTICLE_EN = w("the article|article|the story|the piece|the text|the report|it|the author");
/** Verbs of telling a fact: "does the article say / tell us / mention / give…". */
const TELLS_EN =
  "say|says|tell|tells|tell us|mention|mentions|state|states|specify|specifies|reveal|reveals|note|notes|report|reports|indicate|indicates|talk about|talks about|give|gives|include|includes|provide|provides|have|has|list|lists";
/** "say when": the question word a date asked of the article opens with, taken out so the question reads as yes/no. */
const SAY_WHEN_EN =
  /(?<=(?:say|says|tell|tells|mention|mentions|state|states|specify|specifies|reveal|reveals|note|notes|report|reports|indicate|indicates|talk about|talks about) )(?:us )?when(?!\p{L})/gu;
/** "help end the conflict": the end the help is for, which the turning words would read as the point turned. */
const HELP_END_EN = /(?<=help (?:to )?)end(?!\p{L})/gu;
/** The cards a date asked of the article by "say when" finds: the events whose date is asked. */
const DATED_CARDS = [
  "when-it-happened",
  "putin-erdogan-call",
  "peskov-statement",
  "kremlin-settlement-role",
  "foreign-ministry-position",
  "violence-trigger",
  "crisis-spread-fears",
];

export const PLAIN_POINTS: readonly Point[] = [
  // "does russia actually talk to hamas??", "is the kremlin in contact with the palestinians": the Kremlin keeps open
  // communication with both warring sides, and Russia has long-standing ties with the Palestinians, Hamas included.
  {
    entries: ["russia-palestinian-ties", "kremlin-contact-both-sides"],
    verdict: "yes",
    unlessEn: w(
      "about|regarding|concerning|over|putin|peskov|erdogan|directly|secretly|privately|every day|daily",
    ),
    en: [
      RUSSIA_EN,
      w(
        "talk|talks|talking|talked|speak|speaks|speaking|communicate|communicates|communicating|in touch|in contact|engage|engages|engaging",
      ),
      w("hamas|palestinians|the palestinians"),
    ],
  },
  // "does the kremlin wanna help settle the conflict or not": the chat spelling of "want to" the readiness point lacks.
  {
    entries: ["kremlin-settlement-role", "peskov-statement"],
    verdict: "yes",
    en: [
      w("the kremlin|kremlin|russia|moscow|peskov"),
      w("wanna|wana|would like to|would love to|hopes? to|hoping to"),
      w("help|helping|assist|assisting|contribute|facilitate|settle|resolve|mediate|broker"),
    ],
  },
  // "does moscow wanna help end the conflict?", "is russia ready to help end the fighting": the help is to end it.
  {
    entries: ["kremlin-settlement-role", "peskov-statement"],
    verdict: "yes",
    turnEn: HELP_END_EN,
    en: [
      w("the kremlin|kremlin|russia|moscow|peskov"),
      w(
        "wanna|wana|want|wants|would like|hopes?|hoping|ready|willing|prepared|keen|eager|aims?|intends?|seeks?|looking|offer(?:s|ed|ing)?|trying|tries",
      ),
      w("help|helping"),
    ],
  },
  // "does the article say the crisis could go beyond the conflict zone?": what the article says may happen is the
  // concern it reports. Asked as done ("has spread"), as a forecast ("will"), or of a holder named, not owned.
  {
    entries: ["crisis-spread-fears"],
    verdict: "yes",
    unlessEn: SPREAD_HOLDER_EN,
    en: [
      ARTICLE_EN,
      w("say|says|said|mention|mentions|suggest|suggests|report|reports|warn|warns|note|notes|claim|claims"),
      w("could|may|might|can|risks?|possibly|potentially|threatens?|threatening"),
      w(
        "spread|spreads|spill|spills|spill over|extend|extends|go beyond|goes beyond|widen|widens|expand|expands|beyond",
      ),
    ],
  },
  // "does the article give the date of the call?", "does it mention the day peskov spoke?": No, it gives no date.
  {
    entries: ["when-it-happened"],
    verdict: "no",
    en: [ARTICLE_EN, w(TELLS_EN), w("dates?|days?|times?|month|year|timing|timeline")],
  },
  // "does the article say when putin and erdogan spoke?": the same question asked by "when" — the same No, said with
  // the card of the dates not given, whichever event's card the engine found.
  {
    entries: DATED_CARDS,
    verdict: "no",
    card: "when-it-happened",
    turnEn: SAY_WHEN_EN,
    en: [ARTICLE_EN, w(TELLS_EN)],
  },
];
