// Why one side is no stranger to Russia («почему израиль для россии не чужая страна», «почему россии не безразличен
// израиль», «отчего москва так близка к хамасу»): the article's reason is the tie with that side (former Russian
// citizens in Israel; long-standing ties with the Palestinians, Hamas included), as English trust-reason.ts reads
// "why is israel not a stranger to russia". Read as typed, «чужая», «посторонний» were words the knowledge base never
// uses and the question fell between the Quartet, Russia's own role and the ties (refused as ambiguous; wave AX).
// And how Russia deals with the warring sides («как москва обходится с воюющими сторонами»): the open contact it
// keeps with both, as English both-sides-relations.ts reads "how does the kremlin deal with the two warring sides".
import { foldedRussian } from "./plain-text.js";

const WHY = /^(?:(?:а|и|но|ну|так)\s+)*(?:почему|отчего|с чего|чем|пчм|зачем)(?!\p{L})/u;
/** Not foreign, not indifferent, close, dear: the side is Russia's concern. */
const CLOSE =
  /(?<!\p{L})(?:не\s+(?:чуж\p{L}*|посторонн\p{L}*|безразлич\p{L}*|равнодуш\p{L}*)|небезразлич\p{L}*|близ(?:ок|ка|ки|ка[яйюе]|ки[йем]|ко[йм]?|кую)|дорог(?:а|о|и)?|особ\p{L}*\s+отношени\p{L}*)(?!\p{L})/u;
const RUSSIA = /(?<!\p{L})(?:кремл\p{L}*|москв\p{L}*|росси\p{L}*|рф|русски\p{L}*|путин\p{L}*)(?!\p{L})/u;
const ISRAEL = /(?<!\p{L})(?:изр\p{L}*)(?!\p{L})/u;
const PALESTINIANS = /(?<!\p{L})(?:пал[еи]ст\p{L}*|хамас\p{L}*|газ[аеуы]|газой)(?!\p{L})/u;
/** The people hurt are Putin's concern for civilians, not the ties. */
const HURT =
  /(?<!\p{L})(?:мирн\p{L}*|жертв\p{L}*|погибш\p{L}*|гибел\p{L}*|дет(?:и|ей|ям)|заложник\p{L}*|пострадав\p{L}*)(?!\p{L})/u;

/** The question as the ties with the side asked, when why it is close to Russia is asked; otherwise as typed. */
export function asRussianCloseSide(s: string): string {
  const text = foldedRussian(s);
  if (text.length > 200 || !WHY.test(text) || !CLOSE.test(text) || !RUSSIA.test(text) || HURT.test(text))
    return s;
  const israel = ISRAEL.test(text);
  if (israel === PALESTINIANS.test(text)) return s;
  return israel ? "что связывает россию с израилем" : "какие связи у россии с палестинцами и хамас";
}

/** «как москва обходится с воюющими сторонами», «как кремль взаимодействует с обеими сторонами». */
const DEALS_WITH_SIDES =
  /^(?:(?:а|и|ну|так)\s+)*как\s+(?:же\s+)?(?:кремл\p{L}*|москв\p{L}*|росси\p{L}*|рф)\s+(?:обходится|обращается|поступает|взаимодействует|работает|ладит|управляется)\s+с\s+(?:(?:обеими|двумя|обоими)\s+)?(?:воюющими\s+|враждующими\s+|противоборствующими\s+)?(?:сторонами|стороны)(?:\s+конфликта)?$/u;

/** The question as the contact the Kremlin keeps with both sides, when how it deals with them is asked. */
export function asRussianSidesDealt(s: string): string {
  const text = foldedRussian(s);
  if (text.length > 200 || !DEALS_WITH_SIDES.test(text)) return s;
  return "какую связь кремль поддерживает с обеими воюющими сторонами";
}
