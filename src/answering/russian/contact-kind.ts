// Putin and Erdogan in a contact of another kind than the article's ("путин и эрдоган виделись вживую?", "была у
// путина личная встреча с эрдоганом?", "они переписывались?", "путин отправил эрдогану письмо?", "путин ездил к
// эрдогану?", "встречались на саммите или как?"): the one contact the article reports, the phone call, answers it
// (the dialogue's contact-mode.ts says No — a phone call), as English call-and-omission.ts reads "did putin meet
// erdogan in person". Read as typed, the meeting words met no entry and the question was left unsure (quality-ru46).
// Both must be named (or Putin and "они"/"они оба"): a meeting of someone else is no contact of the story.
import { foldedRussian } from "./plain-text.js";

const PUTIN = /(?<!\p{L})(?:путин\p{L}*|российск\p{L}* (?:президент|лидер)\p{L}*)(?!\p{L})/u;
const ERDOGAN =
  /(?<!\p{L})(?:эрдоган\p{L}*|турецк\p{L}* (?:президент|лидер)\p{L}*|(?:президент|лидер)\p{L}* турции)(?!\p{L})/u;
/** A contact other than a call: meeting in person, a visit, a summit, letters, a video link. */
const OTHER_KIND =
  /(?<!\p{L})(?:встреч\p{L}*|встрет\p{L}*|виделис\p{L}*|увиделис\p{L}*|вживую|лично|личн\p{L}*|очно|очн\p{L}*|лицом к лицу|тет-а-тет|переписыв\p{L}*|переписк\p{L}*|письм\p{L}*|письменн\p{L}*|послани\p{L}*|видеосвяз\p{L}*|видеозвон\p{L}*|по видео|ездил\p{L}*|съездил\p{L}*|поехал\p{L}*|приезжал\p{L}*|приехал\p{L}*|прилетал\p{L}*|прилетел\p{L}*|визит\p{L}*|посетил\p{L}*|навестил\p{L}*|саммит\p{L}*|в гост\p{L}*)(?!\p{L})/u;
/** A question word asking something else than whether ("о чём", "зачем"); "или как" closing a yes/no is no question. */
const ASKS_OTHER =
  /(?<!\p{L})(?:что|чем|о чем|зачем|почему|кто|кого|кому|сколько|какой|какая|какие|когда)(?!\p{L})/u;
/** "что" of a report ("дед уверен, что путин ездил…") asks nothing. */
const REPORTED =
  /(?<!\p{L})(?:уверен\p{L}*|говорит|говорят|сказал\p{L}*|считает|думает|слышал\p{L}*|читал\p{L}*|пишут|утверждает) что(?!\p{L})/gu;
const MAX_WORDS = 20;

/** The question as whom Putin spoke to by phone, or as typed. */
export function asRussianContactKind(text: string): string {
  const plain = foldedRussian(text);
  if (plain.split(" ").length > MAX_WORDS || !OTHER_KIND.test(plain)) return text;
  if (!PUTIN.test(plain) || !ERDOGAN.test(plain)) return text;
  if (ASKS_OTHER.test(plain.replace(/(?<!\p{L})или как$/u, "").replace(REPORTED, " "))) return text;
  return "с кем путин говорил по телефону";
}
