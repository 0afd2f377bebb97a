// The engine's own Yes or No on a plain yes/no question that asks a card's point in other words: "does moscow have
// links to hamas?" on Russia's ties with the Palestinians, "is the kremlin ready to help?" on its readiness to help
// reach a settlement, «россия член квартета?» on the Quartet's members, "did US policy work?" on Putin's view that
// it failed (No). The card says it; without the verdict the card answered the question only by implication
// (quality36: blind79 and blind-ru75 missed ten such lines at engine level). A point is owned only when the engine
// found its card, the question asks yes or no plainly, and no word could turn its sense ("not", "reject", "only",
// an alternative, a question word); the dialogue layer still reads every yes/no question and may replace it.
import { asRoleOrMembership } from "./role-and-membership.js";
import { asRussianMembership } from "./russian/membership.js";
import type { Lang } from "./types.js";

export type OwnedVerdict = "yes" | "no";

interface Point {
  /** The cards that state the point: the engine must have found one of them. */
  entries: readonly string[];
  verdict: OwnedVerdict;
  /** Every one must be found in the question (each alone, so no pattern scans the text twice). */
  en?: readonly RegExp[];
  ru?: readonly RegExp[];
  /** The card the verdict is said with, when the one found states the point less plainly. */
  card?: string;
}

const w = (alternatives: string) => new RegExp(`(?<![\\p{L}'])(?:${alternatives})(?![\\p{L}])`, "u");
/** A Russian stem: the word may go on ("связ" → связи, связей). */
const stem = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})\\p{L}*`, "u");

const RUSSIA_EN = w(
  "russia|russia's|russias|moscow|moscow's|the kremlin|kremlin|kremlin's|russians|russian government",
);
const RUSSIA_RU = stem("росси|москв|кремл|рф");
const PUTIN_EN = w("putin|putin's|putins|the russian president|russian president");
const PUTIN_RU = stem("путин");
const US_EN = w(
  "us|u\\.s\\.?|usa|america|america's|american|americans|washington|washington's|the united states|united states",
);
const US_RU = stem("сша|америк|вашингтон|штат");

const POINTS: readonly Point[] = [
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
        "claims?|claimed|claiming|presents?|presented|presenting|portrays?|portrayed|poses?|positions?|casts?|paints?|calls?|describes?|styles?|bills?|tries|try|strives?|pretends?|see itself|sees itself|itself",
      ),
      w("impartial|neutral|unbiased|even-handed|honest broker|mediator"),
    ],
    ru: [
      RUSSIA_RU,
      stem("выставля|представля|позициони|назыв|изобража|стрем|претенд|подаё|пода[её]т|себя"),
      stem("беспристраст|нейтрал|посредни"),
    ],
  },
  // Putin acknowledges the need for a Palestinian state ("two-state" is not the article's word: left to the dialogue).
  {
    entries: ["palestinian-state"],
    verdict: "yes",
    en: [
      PUTIN_EN,
      w("palestinian state|state for the palestinians|palestinian statehood"),
      w(
        "wants?|support(?:s|ed)?|backs?|think|thinks|believe|believes|favou?rs?|acknowledge[sd]?|recogni[sz]es?|call(?:s|ed)? for|say|says|said|endorse[sd]?|stand for|need|needs|should",
      ),
    ],
    ru: [
      PUTIN_RU,
      stem("палестинск"),
      stem("государств"),
      stem("за|поддерж|хоч|счита|призна|выступа|нужн|необходим"),
    ],
  },
  // Fears the crisis spreads beyond the zone.
  {
    entries: ["crisis-spread-fears"],
    verdict: "yes",
    en: [
      w("risk|danger|fears?|feared|concerns?|worr(?:y|ies|ied)|chance|possibility|threat|could|might|may"),
      w("spread|spreads|spreading|extend|extends|widen|widens|spill|spills|spill over|expand|expands|beyond"),
    ],
    ru: [
      stem("риск|опасн|опасаю|опасени|угроз|может|могут|грозит|страх|боят|беспоко"),
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

/** Openers before the question itself: "so", "ok", "according to this,". */
const LEADS_EN =
  /^(?:(?:so|and|but|ok|okay|well|then|also|hmm|right|quick question|just asking)(?:,|\s)\s*)*(?:according to (?:this|the article|the text|the story|the piece|it)\s*,?\s*)?/u;
const AUXILIARY_FIRST =
  /^(?:is|are|was|were|does|do|did|has|have|had|can|could|would|will|should)\s(?!not(?![\p{L}]))/u;
/** Words that may turn the question against the card's point, ask which or why, or offer an alternative. */
const TURNS_EN = w(
  "not|never|no|nor|n't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|won't|wouldn't|can't|against|reject\\p{L}*|refus\\p{L}*|den(?:y|ies|ied)|oppos\\p{L}*|stop\\p{L}*|cut|cuts|end|ends|ended|abandon\\p{L}*|without|instead|only|just|solely|hostile|enem\\p{L}*|fail\\p{L}*|other than|besides|except|or|which|who|whom|what|why|how|when|where|un\\p{L}*controversial|lie|lies|lying|fake|pretend\\p{L}*|two-state|both|really|actually|truly|genuinely|honestly|swallow\\p{L}*|buy|buys|believe[sd]? it",
);
/** The "yes or no" tail asks the same question: «да или нет», «или нет», "yes or no". */
const YES_OR_NO_TAIL = /[\s,]*(?:(?:да или нет|или нет|yes or no|or not)\s*)[?!.]*\s*$/u;
const QUESTION_WORD_RU =
  /(?<!\p{L})(?:кто|кого|кому|кем|что|чего|чему|чем|где|когда|почему|зачем|отчего|как|каков\p{L}*|как(?:ая|ое|ие|их|им|ой|ую|ого|ому)|сколько|чей|чья|чьё|чье|чьи|куда|откуда)(?!\p{L})/u;
/** Russian words that may turn the question: «не», «против», «только», an alternative. */
const TURNS_RU =
  /(?<!\p{L})(?:не|нет|ни|никогда|против|отверг\p{L}*|отказ\p{L}*|прекрат\p{L}*|разорв\p{L}*|без|только|лишь|или|врёт|врет|лж\p{L}*|притворя\p{L}*|якобы|оба|обе|действительно|правда|реально|на самом деле|стать\p{L}*|автор\p{L}*|текст\p{L}*)(?!\p{L})/u;
/** Parties outside the Quartet, by name: not judged by the members' Yes. */
const NON_MEMBER =
  /(?<!\p{L})(?:israel\p{L}*|hamas|turk\p{L}*|iran\p{L}*|china|chinese|egypt\p{L}*|palestin\p{L}*|nato|india|japan|uk|britain|france|germany|saudi\p{L}*|qatar|ukrain\p{L}*|израил\p{L}*|хамас\p{L}*|турц\p{L}*|иран\p{L}*|кита\p{L}*|египт\p{L}*|палестин\p{L}*|нато|инди\p{L}*|япони\p{L}*|британи\p{L}*|франци\p{L}*|германи\p{L}*|саудов\p{L}*|катар\p{L}*|украин\p{L}*)(?!\p{L})/u;
const MEMBER_EN = w(
  "russia|russian|russians|moscow|kremlin|the kremlin|putin|us|u\\.s|usa|united states|america|american|americans|washington|un|u\\.n|united nations|eu|e\\.u|european union|europe|brussels",
);
const MEMBER_RU = stem(
  "росси|российск|москв|кремл|путин|сша|америк|штат|вашингтон|оон|объедин|евросоюз|европ|брюссел",
);
const MEMBER_RU_EU = /(?<!\p{L})ес(?!\p{L})/u;

/** The question's words, lower case, "ё" as "е", curly apostrophes straight; longer than a chat question: null. */
function plain(text: string): string | null {
  if (text.length > 160) return null;
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The plain yes/no question in English, its openers and its "or not" left off; else null. */
function polarEnglish(text: string): string | null {
  const s = plain(text)?.replace(YES_OR_NO_TAIL, "").replace(LEADS_EN, "");
  if (s === undefined || !AUXILIARY_FIRST.test(s) || TURNS_EN.test(s)) return null;
  return s;
}

/** The plain yes/no question in Russian (a mark or «ли», no question word); else null. */
function polarRussian(text: string): string | null {
  const s = plain(text);
  if (s === null) return null;
  const asked = /\?\s*$/u.test(s) || YES_OR_NO_TAIL.test(s) || /(?<!\p{L})ли(?!\p{L})/u.test(s);
  const bare = s.replace(YES_OR_NO_TAIL, "");
  if (!asked || QUESTION_WORD_RU.test(bare) || TURNS_RU.test(bare)) return null;
  return bare;
}

/** The verdict the engine owns for the question on the card it found, with the card to say it with; else null. */
export function ownedVerdict(
  text: string,
  lang: Lang,
  entryId: string,
): { verdict: OwnedVerdict; card: string } | null {
  const asked = lang === "ru" ? polarRussian(text) : polarEnglish(text);
  if (asked === null) return null;
  if (entryId === "quartet-members")
    return membersAsked(text, asked, lang) ? { verdict: "yes", card: entryId } : null;
  for (const point of POINTS) {
    if (!point.entries.includes(entryId)) continue;
    const patterns = lang === "ru" ? point.ru : point.en;
    if (patterns?.every((p) => p.test(asked))) return { verdict: point.verdict, card: point.card ?? entryId };
  }
  return null;
}

/** Membership asked of the Quartet's members only ("is russia part of the quartet", «сша тоже в квартете?»). */
function membersAsked(text: string, asked: string, lang: Lang): boolean {
  if (NON_MEMBER.test(asked)) return false;
  if (lang === "ru")
    return (
      asRussianMembership(text) === "кто входит в квартет" &&
      (MEMBER_RU.test(asked) || MEMBER_RU_EU.test(asked))
    );
  return asRoleOrMembership(text) === "who is in the quartet" && MEMBER_EN.test(asked);
}
