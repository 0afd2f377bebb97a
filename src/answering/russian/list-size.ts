// How many things the asker expects, typed before them ("какие 2 вещи путин назвал срочно нужными", "назови две
// главные меры", "какие три пункта"): the size of the list the answer gives, not a figure asked of the story. Read as
// typed, the number with "вещи" made an unknown count, and the question was refused as outside the article (wave
// AN). Dropped before a noun of things, measures, points or demands; a number before anything else stays.

const COUNT = "(?:[1-9]|одн[уа]|один|два|две|двух|три|трёх|трех|четыре|пару|парочку|несколько)";
const THINGS =
  "(?:вещ\\p{L}*|мер\\p{L}*|пункт\\p{L}*|момент\\p{L}*|шаг\\p{L}*|требовани\\p{L}*|услови\\p{L}*|призыв\\p{L}*|предложени\\p{L}*|цел\\p{L}*|задач\\p{L}*|действи\\p{L}*|мысл\\p{L}*|тезис\\p{L}*)";
const LIST_SIZE = new RegExp(
  `(?<!\\p{L})(какие|какая|какой|каких|назови|назовите|перечисли|перечислите|что за)\\s+${COUNT}\\s+((?:главн\\p{L}*|основн\\p{L}*|ключев\\p{L}*|важн\\p{L}*)\\s+)?(?=${THINGS}(?!\\p{L}))`,
  "iu",
);

/** The question without the size of the list it expects, or as typed. */
export function withoutListSize(text: string): string {
  return text.length > 200
    ? text
    : text.replace(LIST_SIZE, (_m, asks: string, adj?: string) => `${asks} ${adj ?? ""}`);
}
