// The point of the phone call asked ("main takeaway of the call?", "what was the main point of the talk with
// erdogan?", "the upshot of the putin-erdogan phone chat", «главный вывод из разговора с Эрдоганом?», «итог звонка
// Эрдогану»): what the call was about (putin-erdogan-call: the ceasefire and the talks), not the article's own
// conclusion, which "takeaway" or «вывод» drew alone, nor a tie between the call and Erdogan's cards (quality52).
// A cheap word check comes before the patterns, built once.

const EN_CUE = /\b(?:call|talk|chat|conversation|convo|phone)/i;
const EN_POINT =
  /\b(?:(?:main|key|big|central|core|whole|real)\s+)?(?:point|takeaway|take-away|upshot|gist|outcome|result|message|msg|conclusion|crux|thrust|essence|bottom\s+line|purpose)s?\s+(?:of|from)\s+(?:the|this|that|their|his|putin'?s?|the\s+putin[- ]erdogan)?\s*(?:(?:phone|telephone)\s+)?(?:call|talk|chat|conversation|convo)(?!\s+for\b)\b/i;

const RU_CUE = /(?:разговор|звон|бесед|созвон)/iu;
const RU_POINT =
  /(?<!\p{L})(?:главн\p{L}*\s+|основн\p{L}*\s+|ключев\p{L}*\s+)?(?:вывод\p{L}*|итог\p{L}*|суть|смысл|результат\p{L}*|главное|посыл)\s+(?:из\s+|по\s+итогам\s+|после\s+)?(?:телефонн\p{L}*\s+)?(?:разговор\p{L}*|звонк\p{L}*|бесед\p{L}*|созвон\p{L}*)/iu;

/** An English question on the call's point read as what the call with Erdogan was about; other text as typed. */
export function asCallPoint(text: string): string {
  if (text.length > 140 || !EN_CUE.test(text) || !EN_POINT.test(text)) return text;
  return "what was the call with erdogan about";
}

/** A Russian question on the call's point read as what the call was about; other text as typed. */
export function asRussianCallPoint(text: string): string {
  if (text.length > 140 || !RU_CUE.test(text) || !RU_POINT.test(text)) return text;
  return "о чём был разговор с эрдоганом";
}
