// "позиция Китая по конфликту", "мнение Кремля о США", "реакция ХАМАС на это": a stance asked for by its noun and
// what it is about. One pattern for the dialogue (a what-question, not an intonation yes/no) and the claim
// router (a question, not a claim to check).

/** Stance noun, up to three words (whose stance), then the preposition naming what it is about. */
const STANCE_QUERY_BODY =
  "(?:позици\\p{L}*|мнени\\p{L}*|взгляд\\p{L}*|отношени\\p{L}*|реакци\\p{L}*|точк\\p{L}*\\s+зрени\\p{L}*|оценк\\p{L}*)\\s+(?:\\S+\\s+){0,3}(?:по|к|о|об|на|насч[её]т|касательно)(?!\\p{L})";

/** The stance query anywhere in a message ("кратко: позиция россии по войне"). */
export const RUSSIAN_STANCE_QUERY = new RegExp(`(?<!\\p{L})${STANCE_QUERY_BODY}`, "iu");

/** The stance query opening a message, after а/и/ну/так: "Путин изменил отношение к США?" stays a yes/no. */
export const RUSSIAN_STANCE_QUERY_FIRST = new RegExp(`^(?:(?:а|и|ну|так)\\s+)?${STANCE_QUERY_BODY}`, "iu");
