// Countries, territories and international bodies a news story may name, with how the English text names them
// and their Russian names: the table "which countries are mentioned" is answered from (places-named.ts). A
// general gazetteer, not this article's list: only the places the knowledge base's quotes name are reported.

export type PlaceKind = "country" | "territory" | "body";

export interface PlaceName {
  en: string;
  ru: string;
  kind: PlaceKind;
  /** How an English text names it, the adjective included ("Turkish leader" names Turkey). */
  pattern: RegExp;
}

const place = (kind: PlaceKind, en: string, ru: string, pattern: RegExp): PlaceName => ({
  en,
  ru,
  kind,
  pattern,
});

export const PLACE_NAMES: readonly PlaceName[] = [
  place("country", "Russia", "Россия", /\bRussian?\b|\bRussia[’']s\b|\bMoscow\b|\bKremlin\b/),
  place(
    "country",
    "the United States",
    "США",
    /\bUnited States\b|\bU\.?S\.?A?\b|\bWashington\b|\bAmerican?\b/,
  ),
  place("country", "Israel", "Израиль", /\bIsrael(?:i|is)?\b/),
  place("country", "Turkey", "Турция", /\bTurkey\b|\bTurkish\b|\bTürkiye\b/),
  place("country", "Ukraine", "Украина", /\bUkrain(?:e|ian)\b|\bKyiv\b/),
  place("country", "Syria", "Сирия", /\bSyrian?\b|\bDamascus\b/),
  place("country", "Iran", "Иран", /\bIran(?:ian)?\b|\bTehran\b/),
  place("country", "Egypt", "Египет", /\bEgypt(?:ian)?\b|\bCairo\b/),
  place("country", "Lebanon", "Ливан", /\bLebane?(?:on|se)\b|\bBeirut\b/),
  place("country", "Jordan", "Иордания", /\bJordan(?:ian)?\b|\bAmman\b/),
  place("country", "Saudi Arabia", "Саудовская Аравия", /\bSaudi\b|\bRiyadh\b/),
  place("country", "Qatar", "Катар", /\bQatar(?:i)?\b|\bDoha\b/),
  place("country", "Iraq", "Ирак", /\bIraq(?:i)?\b|\bBaghdad\b/),
  place("country", "China", "Китай", /\bChin(?:a|ese)\b|\bBeijing\b/),
  place("country", "France", "Франция", /\bFrance\b|\bFrench\b|\bParis\b/),
  place("country", "Germany", "Германия", /\bGerman(?:y)?\b|\bBerlin\b/),
  place(
    "country",
    "the United Kingdom",
    "Великобритания",
    /\bUnited Kingdom\b|\bU\.?K\.?\b|\bBritain\b|\bBritish\b|\bLondon\b/,
  ),
  place("country", "India", "Индия", /\bIndian?\b|\bNew Delhi\b/),
  place("territory", "the Gaza Strip", "сектор Газа", /\bGaza\b/),
  place("territory", "the West Bank", "Западный берег", /\bWest Bank\b/),
  place("body", "the United Nations", "ООН", /\bUnited Nations\b|\bUN\b/),
  place("body", "the European Union", "Евросоюз", /\bEuropean Union\b|\bEU\b/),
  place("body", "the Quartet", "«квартет»", /\bQuartet\b/),
  place("body", "NATO", "НАТО", /\bNATO\b/),
  place("body", "the Arab League", "Лига арабских государств", /\bArab League\b/),
  place("body", "BRICS", "БРИКС", /\bBRICS\b/),
];

/**
 * Whether one English word typed in lower case names a place of the gazetteer ("china", "britain", "french"):
 * tested as the word with a capital, so "us" (no "US") and "un" (no "UN") stay the common words they are.
 */
export function namesPlaceInLowerCase(word: string): boolean {
  if (!/^\p{Ll}{3,}$/u.test(word)) return false;
  const capitalised = word[0]!.toUpperCase() + word.slice(1);
  return PLACE_NAMES.some((p) => p.pattern.test(capitalised));
}
