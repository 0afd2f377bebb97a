// Whether a party belongs to the Quartet, asked in Russian ("Китай входит в квартет?", "входит ли ЕС в квартет",
// "Турция член квартета?", "квартет включает Японию?"): read as who is in the Quartet — the members, against which
// the asked party is judged, as English's role-and-membership.ts does. Read as typed, an unknown party's name
// ("китай") refused the question as outside the article, though the article's list answers it.

import { russianSoundKey } from "./sound-key.js";

const QUARTET = /(?:^| )(?:ближневосточн\S* )?(?:квартет|четверк)\S*/;
/** The Quartet spelt by ear ("квортет", "квартэт"): the words' sound keys (sound-key.ts), quality53. */
const QUARTET_HEARD = /(?:^| )(?:квартит|читвирк)/;
/** Being in it is belonging too: "Россия в квартете вместе с Китаем?" has no verb. */
const BELONGS =
  /(?:^| )в (?:ближневосточн\S* )?квартете(?= |$)|(?:^| )(?:входит|входят|входил|входила|входили|входило|член|члены|членом|членами|участник|участники|участвует|участвуют|участвовал|участвовала|состоит|состоят|включает|включают|включал|включен|включена|включены)(?= |$)/;
/** A list given for it: "квартет это россия сша китай и индия" (quality-ru51: a wrong list of members was refused). */
const LISTED = /(?:^| )(?:ближневосточн\S* )?(?:квартет|четверк)\S* (?:это|есть|значит) \S+ .*(?:^| )и \S+/;
/** Asking something else of the group (its role, its purpose, why a party is there): left as typed. */
const ASKS_OTHER =
  /(?:^| )(?:что|чо|че|зачем|почему|как|какой|какая|какую|какие|каких|чем|кто|кого|роль|роли|цель|когда|сколько|говорит|говорил|сказал|упоминает|упомянул|упоминал)(?= |$)/;

/** The Russian question's words, lower case, "ё" as "е", without punctuation. */
const plainWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}\s-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Another of the Quartet's members asked as working on peace together with Russia («оон участвует в мирном процессе
 * вместе с россией?», «ес вместе с россией работает над урегулированием?»): the Quartet is where the article puts
 * them together (quality-r2-36). Each part its own linear pattern; a party outside the Quartet stays as typed.
 */
const OTHER_MEMBER = /(?:^| )(?:оон|ес|евросоюз\S*|европ\S*|сша|америк\S*|вашингтон\S*|штат\S*)(?= |$)/;
const WITH_RUSSIA =
  /(?:^| )(?:(?:вместе с|совместно с|наряду с|заодно с|с) (?:росси\S*|москв\S*|кремл\S*|рф)|и (?:росси\S*|москв\S*|кремл\S*|рф) (?:вместе|совместно|сообща))(?= |$)/;
const TAKES_PART =
  /(?:^| )(?:участву\S*|участвова\S*|работа\S*|задействован\S*|вовлечен\S*|занима\S*|труд\S*|действу\S*|действова\S*|сотруднича\S*)(?= |$)/;
/**
 * Russia asked as working on peace with the other members («Россия работала вместе с ООН, ЕС и США по ближневосточному
 * процессу?», «москва сотрудничала с американцами по урегулированию?»): the same togetherness, told from Russia's
 * side (quality40ru). Russia first, a member after «с».
 */
const RUSSIA = /(?:^| )(?:росси\S*|москв\S*|кремл\S*|рф)(?= |$)/;
const WITH_MEMBER = /(?:^| )с (?:оон|ес|евросоюз\S*|европ\S*|сша|америк\S*|вашингтон\S*|штат\S*)(?= |$)/;
const PEACE_WORK =
  /(?:^| )(?:мирн\S*|мир|миром|урегулировани\S*|переговор\S*|процесс\S*|ближн\S* восток\S*)(?= |$)/;

function togetherWithRussia(text: string): boolean {
  return (
    ((OTHER_MEMBER.test(text) && WITH_RUSSIA.test(text)) || (RUSSIA.test(text) && WITH_MEMBER.test(text))) &&
    TAKES_PART.test(text) &&
    PEACE_WORK.test(text) &&
    !ASKS_OTHER.test(text)
  );
}

/** The Russian question as the plainer one it asks, or as it came. */
export function asRussianMembership(s: string): string {
  const text = plainWords(s);
  const words = text.split(" ").length;
  // The members named one by one make the togetherness longer than a plain membership question.
  if (words <= 14 && togetherWithRussia(text)) return "кто входит в квартет";
  if (words > 9) return s;
  if (
    !(QUARTET.test(text) || QUARTET_HEARD.test(russianSoundKey(text))) ||
    !(BELONGS.test(text) || LISTED.test(text)) ||
    ASKS_OTHER.test(text)
  )
    return s;
  return "кто входит в квартет";
}

/** The Quartet's members by their Russian (and Latin) names; Putin and the Kremlin stand for Russia. */
const MEMBER =
  /(?:^| )(?:росси\S*|российск\S*|москв\S*|кремл\S*|путин\S*|сша|америк\S*|штат\S*|вашингтон\S*|оон|объедин\S*|ес|евросоюз\S*|европ\S*|брюссел\S*|russia|us|usa|un|eu)(?= |$)/;
/** A party by pronoun or question word: not judged here. */
const UNNAMED =
  /(?:^| )(?:он|она|оно|они|это|этот|эта|тот|та|кто|кого|какие|какая|какой|кто-то|кто-нибудь|другие)(?= |$)/;

/**
 * Whether membership is asked of a party that is none of the Quartet's members («входит ли китай в квартет»,
 * «турция член квартета?»): the members answer it, and the answer to the question is «Нет» (wave AN).
 */
export function russianNonMemberAsked(s: string): boolean {
  if (asRussianMembership(s) !== "кто входит в квартет") return false;
  const text = plainWords(s).replace(/(?:^| )(?:ближневосточн\S* )?(?:квартет|четверк)\S*/g, " ");
  return !MEMBER.test(` ${text} `) && !UNNAMED.test(` ${text} `);
}
