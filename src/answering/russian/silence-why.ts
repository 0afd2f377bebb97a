// "Почему он про это молчит?", "почему Путин про свою роль не вспоминает?" beside the Quartet or Russia's role:
// why Putin is silent on Russia's own part, which the article notes ("Putin makes no mention of Russia's own
// role") without a reason. The Quartet's name outweighed the silence and the members were listed. Read as the
// silence entry's own phrasing; the article gives no reason, and that entry says what it does say.

import { foldedRussian } from "./plain-text.js";

const WHY = /(?<!\p{L})(?:почему|зачем|отчего|с\s+чего)(?!\p{L})/u;
const SILENT =
  /(?<!\p{L})(?:молч\p{L}*|умалчива\p{L}*|умолча\p{L}*|ни\s+слова|не\s+(?:вспомина\p{L}*|вспомнил\p{L}*|упомина\p{L}*|упомянул\p{L}*|говорит|говорил|сказал))(?!\p{L})/u;
const OWN_PART =
  /(?<!\p{L})(?:квартет\p{L}*|рол[ьиюей]|участи[еяюи]|россия\s+(?:же\s+)?(?:тоже|сама))(?!\p{L})/u;

/** The silence entry's phrasing for why Putin does not mention Russia's part, or the question as typed. */
export function asRussianSilenceWhy(text: string): string {
  const plain = foldedRussian(text);
  return WHY.test(plain) && SILENT.test(plain) && OWN_PART.test(plain) ? "путин молчит о роли россии" : text;
}
