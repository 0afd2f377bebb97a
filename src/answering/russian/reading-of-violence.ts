// How Putin reads the violence ("Как Путин трактует нынешний всплеск насилия?", «как Путин оценивает эскалацию
// насилия», «как он расценивает обострение»): the article gives his reading — "the latest surge in violence is a
// clear indication of the failure of US policy in the region". «Как Путин объясняет всплеск насилия» already found
// it; a verb of interpreting or judging beside the violence was read as the violence itself ("is it escalating?",
// wave BR r87-012, quality41). Read as «объясняет», only with Putin (or «он» / «президент») and the violence named.

const READS =
  /(?<!\p{L})(как|каким образом) (путин\p{L}*|он|президент\p{L}*(?: росси\p{L}*)?) (?:трактует|оценивает|расценивает|интерпретирует|толкует|воспринимает|видит|понимает|характеризует|описывает|комментирует)(?= (?:\p{L}+ ){0,2}(?:всплеск\p{L}*|эскалаци\p{L}*|обострени\p{L}*|рост\p{L}*|вспышк\p{L}*|волн\p{L}*) насили\p{L}*)/iu;

/** The question with Putin's reading of the violence asked as what he explains it by, or as it came. */
export function asRussianReadingOfViolence(text: string): string {
  if (text.length > 400) return text;
  return text.replace(READS, (_m, how: string, who: string) => `${how} ${who} объясняет`);
}
