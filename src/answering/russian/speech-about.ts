// «речь идёт о X» asked of the article («В статье речь идёт о независимом палестинском государстве?», «Идёт ли в
// статье речь о…?»): the same as «говорится ли в статье о X» (quality45ru). «идет речь» / «речь идет» is a phrase
// the vocabulary drops (words.ts), which left «в статье о …?» with no verb: the engine split between cards
// (ambiguous) and the yes/no line read no claim it could check («не сказано» on the article's "aspiration for an
// independent state"). Only before «о/об/про», so «о чём идёт речь» (a wh-question) is left as typed.

/** «идёт ли (в статье) речь (в статье) о …». */
const ASKED =
  /(?<!\p{L})(?:ид[её]т|шла)\s+ли\s+((?:в\s+(?:статье|тексте)\s+)?)речь((?:\s+в\s+(?:статье|тексте))?)\s+(?=(?:о|об|обо|про)\s)/iu;
/** «(в статье) речь идёт о …». */
const STATED = /(?<!\p{L})речь\s+(?:ид[её]т|шла)\s+(?=(?:о|об|обо|про)\s)/iu;

/** The question with «речь идёт о» read as «говорится о»; else as typed. */
export function withSpeechAboutAsSaid(text: string): string {
  if (!/речь/iu.test(text)) return text;
  return text
    .replace(ASKED, (_, before: string, after: string) =>
      `говорится ли ${before}${after.trim()} `.replace(/\s+/g, " "),
    )
    .replace(STATED, "говорится ");
}
