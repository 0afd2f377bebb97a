// Points of Russia's stance and Putin's blame that a yes/no question asks in other words (quality-r2-38, wave BM):
// Russia wanting direct Israeli-Palestinian talks (the Foreign Ministry says so for it), Russia's formal part in the
// peace process (the Quartet), Russia backing or talking to one side "only" (No: both), the US taking the
// Palestinians' interests into account (No, Putin says). Putin blaming a side of the fighting is no owned point: the
// article says whom he blames (the US), not that he blames no one else — the settled labels say not said.
import { type Point, PUTIN_RU, RUSSIA_EN, RUSSIA_RU, stem, US_EN, US_RU, w } from "./owned-points.js";

/** The sides of the fighting and the Palestinians, by name. */
const SIDE_EN = w(
  "hamas|israel|israel's|israeli|israelis|the israelis|palestinians|the palestinians|palestine",
);
const SIDE_RU = stem("хамас|израил|палестин");

export const STANCE_POINTS: readonly Point[] = [
  // Russia wanting the sides to talk directly ("does moscow want israelis and palestinians to talk directly"): the
  // Foreign Ministry's call, said with its card.
  {
    entries: ["foreign-ministry-position", "negotiations"],
    verdict: "yes",
    card: "foreign-ministry-position",
    unlessEn: w("putin|peskov|hamas|us|usa|america|washington|quartet|un|lead|host|mediate|mediator"),
    unlessRu: stem("путин|песков|хамас|сша|америк|вашингтон|квартет|оон|возглав|посредн|провест|провод"),
    en: [
      RUSSIA_EN,
      w(
        "want|wants|call for|calls for|push for|pushes for|support|supports|back|backs|favou?r|favou?rs|urge|urges|seek|seeks|advocate|advocates|propose|proposes|encourage|encourages",
      ),
      w("direct|directly|face to face|face-to-face|dialogue|dialog"),
    ],
    ru: [
      RUSSIA_RU,
      /(?<!\p{L})(?:выступа\p{L}*|хоч\p{L}*|хот\p{L}*|призыва\p{L}*|за|поддержива\p{L}*|добива\p{L}*|предлага\p{L}*)(?!\p{L})/u,
      stem("прям|напрям|диалог"),
    ],
  },
  // Russia's formal part in the peace process: the Quartet ("does russia have any formal role in the middle east
  // peace process?"). Putin's silence about it, its controversy or a lead are other points.
  {
    entries: ["russia-role-controversy", "quartet-members", "quartet-purpose", "putin-silent-on-russia-role"],
    verdict: "yes",
    card: "russia-role-controversy",
    unlessEn: w(
      "putin|putin's|peskov|he|his|mention|mentions|mentioned|say|said|talk|controvers\\p{L}*|disputed|lead|leads|leading|main|biggest|chief|head|alone|now|still|today|anymore",
    ),
    unlessRu: stem(
      "путин|песков|упомина|упомян|сказа|говор|спор|противореч|возглав|главн|ведущ|основн|сейчас|до сих|сегодня",
    ),
    en: [
      RUSSIA_EN,
      w("formal|formally|official|officially|seat|place|role|part|member|membership|involved|involvement"),
      w("peace process|peace efforts?|peace talks|peacemaking|peace-making|middle east peace|mideast peace"),
    ],
    ru: [
      RUSSIA_RU,
      stem("официальн|формальн|роль|рол[иь]|мест|член|участ|входит"),
      stem("мирн\\p{L}* процесс|мирн\\p{L}* усили|мирн\\p{L}* переговор|урегулирова"),
    ],
  },
  // Russia backing, befriending or talking to one side "only": No, it keeps ties and open contact with both
  // («россия поддерживает только палестинцев?»); said with the card that names both sides.
  {
    entries: [
      "russia-palestinian-ties",
      "russia-israel-ties",
      "is-russia-neutral",
      "kremlin-contact-both-sides",
      "russia-relations",
    ],
    verdict: "no",
    card: "is-russia-neutral",
    turnEn: /(?<![\p{L}'])(?:only|solely|exclusively|just)(?![\p{L}])/gu,
    turnRu: /(?<!\p{L})(?:только|лишь|исключительно)(?!\p{L})/gu,
    unlessEn: w("both|and|sides|all|everyone|not|us|usa|america|washington|iran|turkey|erdogan"),
    unlessRu:
      /(?<!\p{L})(?:обе\p{L}*|обои\p{L}*|обеи\p{L}*|и|всеми|всех|не|сша|америк\p{L}*|иран\p{L}*|турци\p{L}*)(?!\p{L})/u,
    en: [
      RUSSIA_EN,
      w(
        "support|supports|supporting|back|backs|backing|side with|sides with|siding with|friends with|friendly with|ally with|allied with|ties|links|talk to|talks to|talking to|deal with|deals with",
      ),
      SIDE_EN,
    ],
    ru: [RUSSIA_RU, stem("поддерж|друж|связ|отношени|на стороне|общает|общают|сотруднича|контакт"), SIDE_RU],
  },
  // The US taking the Palestinians' interests into account: No, Putin says it overlooked them («путин считает что
  // сша учитывали интересы палестинцев?»).
  {
    entries: ["us-ignores-palestinian-interests", "putin-blames-us", "us-policy-failure", "putin-on-us"],
    verdict: "no",
    card: "us-ignores-palestinian-interests",
    unlessEn: w(
      "compromises?|israel|israel's|israelis|russia|russia's|ignore|ignored|overlook|overlooked|neglect\\p{L}*",
    ),
    unlessRu: stem("компромисс|израил|росси|игнорир|проигнорир|пренебр|упуст"),
    en: [
      US_EN,
      w(
        "consider|considered|considers|into account|took into account|taken into account|account for|care about|cared about|cares about|respect|respected|listen to|listened to|address|addressed|think about|thought about",
      ),
      w("palestinians?|palestinian|palestine|palestinians'"),
    ],
    ru: [
      US_RU,
      stem("учитыва|уч[её]л|считал|принима\\p{L}* во внимание|принял\\p{L}* во внимание|заботил|думал"),
      stem("палестин"),
    ],
  },
  // (quality45ru) The US ignoring the Palestinians' aspirations or interests, Putin's reproach («Путин упрекнул
  // Вашингтон в том, что тот игнорировал стремления палестинцев?»): Yes, "failure to address the interests of
  // Palestinians, particularly their aspiration…". The plain form of the reproach clause is read by owned-verdict.ts.
  {
    entries: ["us-ignores-palestinian-interests", "putin-blames-us", "us-policy-failure", "putin-on-us"],
    verdict: "yes",
    card: "us-ignores-palestinian-interests",
    unlessRu: stem("компромисс|израил|росси|москв|кремл|хамас|оон|евросоюз|европ"),
    ru: [
      PUTIN_RU,
      US_RU,
      stem("игнорир|проигнорир|пренебр|пренебрег|упуст|обош[её]л|обошл|обход|забыл|забыва"),
      stem("палестин"),
    ],
  },
];
