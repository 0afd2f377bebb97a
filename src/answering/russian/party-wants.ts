// What the Palestinians strive for, asked with a verb the lexicon reads as a demand's stress ("чего добиваются
// палестинцы по статье", "на что надеются палестинцы"): read as «чего хотят палестинцы», which the Palestinian
// state's card answers (their aspiration for an independent state). Read as typed, "добиваются" was a synonym of
// "подчеркнул" and the article's way out of the conflict answered instead (wave AE, blind-ru48).
import { foldedRussian } from "./plain-text.js";

const WANTS =
  /^(?:а |и |так )?(?:чего|что|к чему|на что|о чем) (?:же )?(?:добиваются|добивались|хотят|хотели|ждут|надеются|требуют|стремятся|мечтают|ищут|просят) (?:сами )?палестинц\p{L}*/u;

/** The question as «чего хотят палестинцы», or as it came. */
export function asRussianPalestiniansWant(text: string): string {
  if (text.length > 120) return text;
  return WANTS.test(foldedRussian(text)) ? "чего хотят палестинцы" : text;
}
