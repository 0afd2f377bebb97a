// An asker's own story of moving from Russia (or the USSR) to Israel, closed by what the article says of people like
// them («Моя бабушка живёт в Хайфе, переехала из Москвы в 90-е… что в статье говорится о таких людях, как она?»,
// «Мои родители эмигрировали из СССР в Израиль. Статья упоминает таких людей?»): the article's former Russian
// citizens living in Israel, Russia's common ground with it. Read as typed, the story's words drew Russia's whole
// position, Erdogan's card (with a false «Да») or nothing (quality48ru). The asker must both tell the move (from a
// Russian or Soviet place, to or in Israel) and ask about such people; a story with another question stays as typed.
import { foldedRussian } from "./plain-text.js";

/** Israel, its cities (Тель-Авив may already read «Израиль»: capital-metonyms.ts). */
const ISRAEL =
  /(?<!\p{L})(?:израил\p{L}*|хайф\p{L}*|тель-авив\p{L}*|иерусалим\p{L}*|нетани\p{L}*|ашдод\p{L}*|ашкелон\p{L}*|беэр-шев\p{L}*|эйлат\p{L}*)(?!\p{L})/u;
/** From Russia or the USSR: a place, or a Russian/Soviet birth. */
const FROM_RUSSIA =
  /(?<!\p{L})(?:из (?:росси\p{L}*|рф|москв\p{L}*|питер\p{L}*|петербург\p{L}*|санкт-петербург\p{L}*|ленинград\p{L}*|ссср|союза|советского союза|екатеринбург\p{L}*|новосибирск\p{L}*|казан\p{L}*|самар\p{L}*|одесс\p{L}*|киев\p{L}*|минск\p{L}*|харьков\p{L}*)|родил\p{L}* в (?:росси\p{L}*|москв\p{L}*|ссср|петербург\p{L}*|ленинград\p{L}*|питер\p{L}*)|русскоязычн\p{L}*|советск\p{L}*)(?!\p{L})/u;
/** A move, or living there now. */
const MOVED =
  /(?<!\p{L})(?:переехал\p{L}*|переезжал\p{L}*|уехал\p{L}*|эмигрировал\p{L}*|иммигрировал\p{L}*|репатриировал\p{L}*|переселил\p{L}*|перебрал\p{L}*|живет|живут|живу|живем|жив[её]т|проживает|проживают|родил\p{L}*)(?!\p{L})/u;
/** The people like the asker asked about. */
const SUCH_PEOPLE =
  /(?<!\p{L})(?:таких|таким|такие|таки[хм] людях|вроде (?:меня|нас|него|нее|неё|них|моей|моего|моих)|как (?:он|она|я|мы|они|моя|мой|мои)|эмигрант\p{L}*|иммигрант\p{L}*|репатриант\p{L}*|выходц\p{L}*|наших)(?!\p{L})/u;
const ASKS_ARTICLE =
  /(?<!\p{L})(?:стать\p{L}*|текст\p{L}*|пишут|пишет|говорится|сказано|упомина\p{L}*|упомянут\p{L}*)(?!\p{L})/u;

/** «что в статье говорится о выходцах из россии в израиле» for an emigrant's question about such people, or as it came. */
export function asRussianEmigrantAsker(text: string): string {
  if (text.length > 600) return text;
  const plain = foldedRussian(text);
  if (
    !ISRAEL.test(plain) ||
    !FROM_RUSSIA.test(plain) ||
    !MOVED.test(plain) ||
    !SUCH_PEOPLE.test(plain) ||
    !ASKS_ARTICLE.test(plain)
  )
    return text;
  return "что в статье говорится о выходцах из россии в израиле";
}
