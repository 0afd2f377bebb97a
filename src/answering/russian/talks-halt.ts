// Talks asked as halted in the call ("Путин сказал Эрдогану, что переговоры надо поставить на паузу?", "Путин просил
// заморозить переговоры?"): the call's content is the answer — Putin urged their resumption (the yes/no layer says
// Нет against it). Read as typed, "паузу" and the names left the call's card tied with who Putin is (refused as
// ambiguous, or who Putin is with "не сказано"). Read as what Putin told Erdogan of the talks.

const TALKS = /(?<!\p{L})переговор/u;
/** A halt of them: "на паузу", "приостановить", "заморозить", "прервать", "свернуть", "отложить", "прекратить". */
const HALT =
  /(?<!\p{L})(?:на\s+паузу|пауз\p{L}*|приостан\p{L}*|замороз\p{L}*|заморож\p{L}*|прерв\p{L}*|прерыв\p{L}*|свернут\p{L}*|сворачив\p{L}*|отлож\p{L}*|останов\p{L}*|прекрат\p{L}*)/u;
/** The call's voice: Putin (or the Russian leader), typed with a slip or not; the lexicon mends names later. */
const PUTIN = /(?<!\p{L})(?:пут\p{L}*|президент\p{L}*\s+росси\p{L}*|кремл\p{L}*)/u;

/** The question read as what Putin told Erdogan about the talks, or as it came. */
export function asRussianTalksHalt(text: string): string {
  if (text.length > 160) return text;
  const lower = text.toLowerCase().replace(/ё/g, "е");
  if (!TALKS.test(lower) || !HALT.test(lower) || !PUTIN.test(lower)) return text;
  return "что путин сказал эрдогану о переговорах";
}
