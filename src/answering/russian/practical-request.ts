// A practical request of the asker's own, asked in Russian: an embassy's or a consulate's contacts, a visa, a
// ticket, a hotel, or how to get in touch, get somewhere or buy something ("как связаться с посольством Израиля",
// "дай адрес консульства", "как получить визу в Израиль", "как написать письмо в Кремль"). The story's names in it
// (Израиль, Кремль) found the entry about Russia's ties with Israel; but a service or the asker's own errand is
// no question about the article, whatever place it names: refused as outside it (whole-question.ts).
import { foldedRussian } from "./plain-text.js";

/** A service a traveller or a citizen deals with. */
const SERVICE =
  /(?<!\p{L})(?:посольств|консульств|консул(?!\p{L})|визов|виз(?:а|у|ы|ой)(?!\p{L})|авиабилет|билет|гостиниц|отел(?:ь|я|е|и)(?!\p{L})|турагент|турфирм|загранпаспорт|горяч\p{L}* лини)/u;
/** The asker's own errand: how to reach, write to or buy ("как мне связаться", "куда обратиться"). */
const ERRAND =
  /(?<!\p{L})(?:как(?: мне| нам| можно)? (?:связаться|добраться|доехать|долететь|купить|оформить|записаться|дозвониться|позвонить|написать письмо|написать в|отправить письмо)|куда (?:обратиться|звонить|писать|написать)|где (?:купить|оформить|получить)|(?:номер|телефон|адрес|e-?mail|сайт|почт\p{L}*) (?:посольств|консульств|кремл|мид|приемн)\p{L}*)(?!\p{L})/u;

/** Whether a Russian question asks a practical service or errand of the asker's own. */
export function asksPracticalRequest(s: string): boolean {
  const text = foldedRussian(s);
  return SERVICE.test(text) || ERRAND.test(text);
}
