// Points the article states plainly that a yes/no question asks in other words (quality38, wave BL): the call's
// other party asked without Putin ("was the phone call with the turkish president?"), a side of the fighting ("is
// hamas one of the sides in the fighting"), the Foreign Ministry's call for direct dialogue, Putin's view that US
// policy failed ("did putin say … us policy failed" — "failed" is otherwise a turning word), and the Kremlin's
// contact with one side "only" (No: it talks to both); and Putin's criticism, Russia's common ground with Israel in
// their everyday words. Kept apart from owned-points.ts, which the dialogue lanes edit.
import { type Point, PUTIN_EN, PUTIN_RU, stem, US_EN, US_RU, w } from "./owned-points.js";

const TURKEY_EN = w(
  "erdogan|erdogan's|turkey|turkey's|turkish leader|turkish president|the turks|turks|the turkish guy",
);
const TURKEY_RU = stem("эрдоган|турц|турк|турец");
/** The sides of the fighting the article names (Hamas and the Israeli military). */
const SIDE_EN = w("hamas|israel|israel's|israeli|israelis|the israeli military|israeli army|idf|the idf");
const SIDE_RU = stem("хамас|израил");
/** Who won, who started it, who is to blame: what the article never says of the sides. */
const SIDE_JUDGED_EN = w(
  "on (?:the )?(?:\\p{L}+'s )?side|takes? sides?|taking sides|sided|russia\\p{L}*|moscow|kremlin|putin\\p{L}*|support\\p{L}*|back|backs|backed|backing|same|together|allies|ally|allied|friends|peace|talks|negotiat\\p{L}*|ceasefire|truce|mediat\\p{L}*|quartet|win|wins|winning|won|lose|loses|losing|lost|start|started|starts|begin|began|provok\\p{L}*|blame\\p{L}*|responsible|fault|guilty|right|wrong|terror\\p{L}*|still|anymore|now|today|stronger|weaker|bigger|more|first|attack\\p{L}*",
);
const SIDE_JUDGED_RU = stem(
  "на сторон|на чьей|поддерж|росси|москв|кремл|путин|одной стороне|вместе|союз|мир|переговор|перемир|посредн|квартет|побежд|выигр|проигр|начал|начн|спровоц|винова|вин|прав|террор|до сих пор|сейчас|сильн|слаб|больш|перв|напал|атак",
);

export const STATED_POINTS: readonly Point[] = [
  // The call's other party asked without Putin ("so the call was with erdogan?", «звонок был с эрдоганом?»): the
  // article's one call. Who called whom ("did erdogan call him?") is not said: not owned.
  {
    entries: ["putin-erdogan-call"],
    verdict: "yes",
    // Another voice of Moscow on the phone ("did peskov have a call with erdogan?") shares Putin's party in the scope check.
    unlessEn: w(
      "about|regarding|concerning|discuss|discussed|discussing|over|agree|agreed|agreement|deal|ask|asked|tell|told|threaten|threatened|who|first|initiat\\p{L}*|erdogan (?:call|calls|called|phoned|rang|ring)|turks? (?:call|calls|called|phoned)|peskov\\p{L}*|spokes\\p{L}*|kremlin|ministry|mfa|lavrov",
    ),
    unlessRu:
      /(?<!\p{L})(?:о|об|про|насч\p{L}*|обсужд\p{L}*|касал\p{L}*|договор\p{L}*|соглас\p{L}*|проси\p{L}*|угрож\p{L}*|перв\p{L}*|инициат\p{L}*|эрдоган звонил\p{L}*|песков\p{L}*|пресс-секретар\p{L}*|кремл\p{L}*|мид|министр\p{L}*|лавров\p{L}*)(?!\p{L})/u,
    en: [
      w("call|phone call|phone conversation|conversation|the phone|that call|the call|phone chat"),
      TURKEY_EN,
    ],
    // «с турцией созванивались?», «с турками по телефону говорили?»: the call asked with its subject left out.
    ru: [
      stem("звонок|звонк|разговор|разговарива|созвон|созван|беседа|беседе|беседова|по телефону|общал"),
      TURKEY_RU,
    ],
  },
  // A side of the fighting the article names ("is hamas one of the sides in the fighting", «израиль воюет с хамасом?»).
  {
    entries: ["conflict-parties", "hamas-in-article", "violence-escalating"],
    verdict: "yes",
    unlessEn: SIDE_JUDGED_EN,
    unlessRu: SIDE_JUDGED_RU,
    en: [
      SIDE_EN,
      w(
        "side|sides|party|parties|fighting|fight|fights|fought|involved|at war|combatants?|belligerents?|warring|battling|clashing|in the fighting|in the conflict|in the war|in the violence",
      ),
    ],
    ru: [
      SIDE_RU,
      stem(
        "сторон|воюет|воюют|воева|сражает|сражают|участв|конфликтующ|противоборств|бо[её]тся|борет|дерет|дерут",
      ),
    ],
  },
  // The Foreign Ministry's call for coordination and direct Palestinian-Israeli dialogue.
  {
    entries: ["foreign-ministry-position"],
    verdict: "yes",
    en: [
      w("foreign ministry|ministry|mfa|foreign office|ministry of foreign affairs"),
      w(
        "want|wants|call|calls|calling|push|pushes|pushing|support|supports|back|backs|favou?rs?|stress|stresses|stressing|urge|urges|urging|advocate|advocates|seek|seeks|for|emphasi[sz]es?|insist|insists|ask|asks|asking|propose|proposes|need|needs",
      ),
      w("direct|dialogue|talks|negotiations|regional players|coordinat\\p{L}*|stabili[sz]\\p{L}*"),
    ],
    ru: [
      stem("мид|министерств"),
      /(?<!\p{L})(?:выступа\p{L}*|хоч\p{L}*|хот\p{L}*|призыва\p{L}*|за|поддержива\p{L}*|подчеркива\p{L}*|настаива\p{L}*|добива\p{L}*|нужн\p{L}*|важн\p{L}*|счита\p{L}*|предлага\p{L}*)(?!\p{L})/u,
      stem("прям|диалог|переговор|регионал|координ|стабилиз"),
    ],
  },
  // Putin's view that US policy failed, asked as his ("did putin say … us policy failed", «путин считает, что
  // политика сша провалилась?»): the failure word is the point's own, taken out before the question is read as plain.
  {
    entries: ["us-policy-failure", "putin-blames-us", "putin-on-us"],
    verdict: "yes",
    card: "us-policy-failure",
    turnEn:
      /(?<![\p{L}'])(?:has failed|have failed|had failed|failed|fail|fails|failing|failure|a failure|a flop|flopped)(?![\p{L}])/gu,
    turnRu:
      /(?<!\p{L})(?:потерпел\p{L}* (?:неудачу|крах|провал)|провал\p{L}*|неудач\p{L}*|неудавш\p{L}*)(?!\p{L})/gu,
    en: [
      PUTIN_EN,
      US_EN,
      w("policy|policies"),
      w(
        "say|said|says|think|thinks|thought|believe|believes|believed|see|sees|saw|view|views|claim|claims|claimed|argue|argues|argued|consider|considers|call|calls|called|reckon|reckons|feel|feels|according to|in his view|blame|blames|as proof|as a sign|shows?|prove|proves",
      ),
    ],
    ru: [
      PUTIN_RU,
      US_RU,
      stem("политик"),
      stem("счита|говор|сказа|заяв|дума|уверен|называ|назвал|видит|утвержда|по словам|по мнению|по его"),
    ],
  },
  // The Kremlin's contact with one side only: No, it keeps open communication with both ("does the kremlin only talk
  // to israel?", «кремль общается только с палестинцами?»). Both sides named with "only" ask the card's own point.
  {
    entries: ["kremlin-contact-both-sides"],
    verdict: "no",
    turnEn: /(?<![\p{L}'])(?:only|solely|exclusively|just)(?![\p{L}])/gu,
    turnRu: /(?<!\p{L})(?:только|лишь|исключительно)(?!\p{L})/gu,
    unlessEn: w("both|and|sides|all|everyone|not"),
    unlessRu: /(?<!\p{L})(?:обе\p{L}*|обои\p{L}*|обеи\p{L}*|и|всеми|всех|не)(?!\p{L})/u,
    en: [
      w("the kremlin|kremlin|russia|moscow|russians"),
      w(
        "talk|talks|talking|speak|speaks|speaking|contact|contacts|communicat\\p{L}*|in touch|deal|deals|engage|engages|engaging",
      ),
      w("israel|israelis|hamas|palestinians|palestine|one side|a single side"),
    ],
    ru: [
      stem("кремл|росси|москв|рф"),
      stem("общает|общают|общени|говор|контакт|связ|разговарива|держ|сотруднича"),
      stem("израил|хамас|палестин|одн"),
    ],
  },
  // Putin's criticism of the United States asked by its own word ("did putin criticise the us", «путин критикует сша?»).
  {
    entries: ["putin-on-us", "putin-blames-us", "us-policy-failure", "us-monopolizing-peace"],
    verdict: "yes",
    en: [
      w("putin|putin's|putins|the russian president|russian president"),
      w(
        "criticise|criticize|criticised|criticized|criticises|criticizes|criticising|criticizing|critical of|slam|slams|slammed",
      ),
      US_EN,
    ],
    ru: [PUTIN_RU, stem("критик|раскритик"), US_RU],
  },
  // Russia and Israel with something "in common" (the article: common ground, the former Russian citizens there).
  {
    entries: ["russia-israel-ties"],
    verdict: "yes",
    en: [
      w("russia|russia's|moscow|the kremlin|kremlin|russians|russian government"),
      w("in common|common ground"),
      w("israel|israelis|israel's"),
    ],
  },
  // Peskov spoke of the settlement and the Kremlin's constructive role ("was it peskov who talked about the kremlin
  // playing a constructive role?", «песков что-нибудь говорил про урегулирование?»; quality43): he reaffirmed both.
  // Another doer named beside him is not owned.
  {
    entries: ["kremlin-settlement-role", "peskov-statement"],
    verdict: "yes",
    unlessEn: PUTIN_EN,
    unlessRu: PUTIN_RU,
    en: [
      w("peskov|peskov's"),
      w(
        "talk|talks|talked|speak|speaks|spoke|spoken|say|says|said|mention|mentions|mentioned|bring up|brought up|discuss|discussed|comment|commented|reaffirm|reaffirmed|stress|stressed",
      ),
      w("constructive role|constructive|settlement|settle|resolving|resolution|resolve"),
    ],
    ru: [
      stem("песков"),
      stem("говор|сказа|упомина|упомян|заявл|заяв|высказ|затрагива|затронул|подтверд|обсужда"),
      stem("урегулир|конструктив"),
    ],
  },
  // Russia's ties with both sides, asked together («россия дружит и с израилем, и с палестинцами?»; quality43): the
  // card that names both says Yes. The contact card found keeps its own reading (blind-ru2's «кремль общается и с …»).
  {
    entries: [
      "russia-impartial-mediator",
      "is-russia-neutral",
      "russia-palestinian-ties",
      "russia-israel-ties",
      "russia-relations",
    ],
    verdict: "yes",
    card: "russia-impartial-mediator",
    ru: [
      stem("росси|москв|кремл"),
      stem("друж|связ|отношени|общает|общают|контакт"),
      stem("израил"),
      stem("палестин"),
    ],
  },
];
