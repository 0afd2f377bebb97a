// A paragraph of the article asked by its position in Russian, as a whole question ("какая главная мысль последнего
// абзаца", "о чём второй абзац?", "что говорится в первом абзаце статьи", "суть предпоследнего абзаца", "абзац 3 про
// что?"): the paragraph's number, so the engine answers what its lead sentence finds, as English "what does the last
// paragraph say?" is answered (paragraph-asked.ts). Read as typed, "мысль" was unknown and "последнего"/"первом" no
// topic: the question was refused or drew the nearest entry by chance (blind-ru45). Only the whole question: a
// paragraph of another text ("…последнего абзаца войны и мира") or a question of its own beside the paragraph stays
// the engine's. "о чём (шла) речь в последнем абзаце" too: the dialogue reads "главная мысль X" as that (gist-asked.ts).
import { foldedRussian } from "./plain-text.js";

/** Ordinal stems in order (1-based position = index + 1); "последн"/"заключительн"… are the last, "предпоследн" one before. */
const ORDINAL_STEMS = ["перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят"];
const LAST_STEMS = ["последн", "заключительн", "финальн", "конечн", "крайн"];
const FIRST_STEMS = ["вступительн", "начальн", "вводн"];
const ENDING = "(?:ый|ий|ой|ого|его|ом|ем|ему|ому|ая|яя|ой|ую|юю)";
const ORDINAL = `((?:пред)?(?:${[...ORDINAL_STEMS, ...LAST_STEMS, ...FIRST_STEMS].join("|")})\\p{L}*)`;
const PARAGRAPH = "(?:абзац|абзаца|абзаце|абзацу|абзацем|параграф|параграфа|параграфе|кусок|куска|куске)";
const TEXT = "(?: (?:статьи|текста|заметки|новости|материала|этой статьи|этого текста|в статье|в тексте))?";
/** The part: "последнего абзаца", "абзац 3", "3-й абзац", "в первом абзаце статьи". */
const PART = `(?:${ORDINAL} ${PARAGRAPH}|${PARAGRAPH} (\\d{1,2})|(\\d{1,2})(?: ?-? ?(?:й|ой|ий|го|м|ом))? ${PARAGRAPH})${TEXT}`;
/** What is asked of it: its point, its topic, what it says. */
const ASK =
  "(?:(?:какая|какова|в чем|каков|какой|что за) )?(?:(?:главн|основн|ключев|центральн|общ)\\p{L}* )?(?:мысль|идея|суть|смысл|посыл|тема|вывод|содержание|тезис)";
const SAYS =
  "(?:о чем (?:(?:шла|идет) )?речь(?: в ходе| в)?|о чем|про что|что (?:(?:говорится|сказано|написано|пишут|пишется|утверждается|сообщается) )?(?:в|во)|что (?:говорит|сообщает|утверждает|значит|означает)|перескажи|объясни|поясни|расскажи(?: про| о)?|кратко)";
const LEAD = "^(?:(?:а|и|ну|так|скажи|подскажи|слушай|пожалуйста) )*";
const ASKED = [
  new RegExp(`${LEAD}(?:${ASK}|${SAYS}) ${PART}(?: (?:вкратце|кратко|коротко|пожалуйста))?$`, "u"),
  new RegExp(
    `${LEAD}(?:в )?${PART} (?:${ASK}|о чем|про что|что (?:говорится|сказано|написано|говорит|значит))$`,
    "u",
  ),
];

/** The paragraph (1-based) a Russian question asks about as a whole, or null; `count`: the article's paragraphs. */
export function russianParagraphAsked(text: string, count: number): number | null {
  if (text.length > 120 || !/абзац|параграф|кус/u.test(text.toLowerCase())) return null;
  const plain = foldedRussian(text).replace(/(?<!\p{L})во(?= )/gu, "в");
  for (const re of ASKED) {
    const m = re.exec(plain);
    if (!m) continue;
    const n = positionOf(m[1], m[2] ?? m[3], count);
    return n !== null && n >= 1 && n <= count ? n : null;
  }
  return null;
}

function positionOf(word: string | undefined, digits: string | undefined, count: number): number | null {
  if (digits !== undefined) return Number(digits);
  if (word === undefined || !new RegExp(`${ENDING}$`, "u").test(word)) return null;
  const before = word.startsWith("пред") ? 1 : 0;
  const stem = before ? word.slice(4) : word;
  if (LAST_STEMS.some((s) => stem.startsWith(s))) return count - before;
  if (before) return null;
  if (FIRST_STEMS.some((s) => stem.startsWith(s))) return 1;
  const i = ORDINAL_STEMS.findIndex((s) => stem.startsWith(s));
  return i >= 0 ? i + 1 : null;
}
