// Russia asked to be friends with everyone ("москва хочет со всеми дружить или что?", "кремль со всеми ладит?",
// "россия и с теми и с другими дружит?"): the article's answer is its ties with both Israelis and Palestinians, by
// which Moscow presents itself as an impartial mediator (russia-impartial-mediator). Read as typed, "со всеми" is
// glue and "дружить"/"ладить" are ties, so the ranker took the Palestinian ties alone, or nothing ("с теми и с
// другими"). Read as ties with both, Israel and the Palestinians named. Russia by one of its names, a word of
// friendship and an "everyone"/"both" word must all stand; "с обеими сторонами" (the Kremlin's contacts with both
// warring sides, its own entry) is not read here.

import { foldedRussian } from "./plain-text.js";

const RUSSIA = /(?<!\p{L})(?:кремл\p{L}*|росси\p{L}*|москв\p{L}*|рф|русски\p{L}*)(?!\p{L})/u;
const FRIENDS =
  /(?<!\p{L})(?:друж\p{L}*|лад(?:ить|ит|ят|ил|или|ила)|в\s+хороших\s+отношениях|в\s+друзьях)(?!\p{L})/u;
const EVERYONE =
  /(?<!\p{L})(?:со\s+всеми|(?:и\s+)?с\s+теми\s+(?:и\s+)?(?:с\s+)?другими|всем\s+друг|со\s+всеми\s+сторонами|всем\s+угодить)(?!\p{L})/u;

/** A tie asked of the pair as a choice: friends, ties, closer, on the side of, relations, support. */
const TIE_OR_SIDE =
  /(?<!\p{L})(?:друж\p{L}*|лад(?:ить|ит|ят|ил|или|ила)|связ[иьяюей]|связан\p{L}*|ближе|на\s+стороне|отношени\p{L}*|поддерживает|поддержива\p{L}*|дружелюбн\p{L}*|союзни\p{L}*|заодно)(?!\p{L})/u;
const PALESTINIANS = "(?:хамас\\p{L}*|палестин\\p{L}*)";
const ISRAEL = "(?:израил\\p{L}*|израильт\\p{L}*)";
/**
 * One side or the other, asked as a choice ("россия с хамасом дружит или с израилем?", "у россии связи с израилем
 * или с хамасом", wave AN): the article gives ties with both, and an "or" question wants both named, not «Да».
 */
const EITHER_SIDE = new RegExp(
  `(?<!\\p{L})(?:${PALESTINIANS}(?:\\s+\\p{L}+){0,3}?\\s+или(?:\\s+\\p{L}+){0,2}?\\s+${ISRAEL}|${ISRAEL}(?:\\s+\\p{L}+){0,3}?\\s+или(?:\\s+\\p{L}+){0,2}?\\s+${PALESTINIANS})(?!\\p{L})`,
  "u",
);

/** Russia's ties with both sides when its friendship with all is asked, or the question as typed. */
export function asRussianFriendsWithAll(text: string): string {
  if (text.length > 140) return text;
  const plain = foldedRussian(text);
  if (plain.length > 140) return text;
  const asked =
    RUSSIA.test(plain) &&
    ((FRIENDS.test(plain) && EVERYONE.test(plain)) || (TIE_OR_SIDE.test(plain) && EITHER_SIDE.test(plain)));
  return asked ? "россия дружит и с израилем, и с палестинцами?" : text;
}
