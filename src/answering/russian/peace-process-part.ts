// Russia's part in the Middle East peace process as it has been, asked in Russian ("какую роль Россия играла в
// ближневосточном мирном процессе раньше?", "как Россия участвовала в урегулировании прежде?", "какое участие Москва
// принимала в мирном процессе", "россия не при делах в ближневосточном урегулировании?"): the article's answer is
// Russia's involvement in the peace process, "not without controversy", and its seat in the Quartet beside the US,
// the UN and the EU (russia-role-controversy, whose card names the Quartet). Read as typed, "роль" beside Russia drew
// the Kremlin's wish to play a constructive role — what Moscow wants now, not the part it has played. (quality40ru)
// Only the process named ("мирный процесс", "ближневосточное урегулирование") or a settlement with a past; the
// Kremlin's wish ("хочет", "готова"), Putin's silence (own-role-said.ts), a reason and the Quartet asked by name or
// Russia working with its other members (membership.ts) are not read here. Read as an open question, so a "не при
// делах?" gets no card's «Да».

import { asRussianMembership } from "./membership.js";
import { foldedRussian } from "./plain-text.js";

const RUSSIA = /(?<!\p{L})(?:росси\p{L}*|москв\p{L}*|рф)(?!\p{L})/u;
/** The part played, taken or denied («не при делах», «ни при чём», «в стороне»). */
const PART =
  /(?<!\p{L})(?:рол[ьиюей]|участи[еяюи]|участвова\p{L}*|участву\p{L}*|причастн\p{L}*|вовлеч[её]н\p{L}*|вовлекал\p{L}*|при\s+делах|ни\s+при\s+ч[её]м|в\s+стороне)(?!\p{L})/u;
/** (quality49ru) «имеет (какое-то) отношение к мирному процессу», «какое отношение Россия имеет к …»: a part in it. */
const RELATION_TO =
  /(?<!\p{L})отношени[еяю](?:\s+\p{L}+){0,3}\s+к(?:о)?\s+(?:\p{L}+\s+)?(?:мирн\p{L}*\s+процесс\p{L}*|ближневосточн\p{L}*\s+урегулировани\p{L}*|урегулировани\p{L}*)/u;
/** The peace process by its name, or the Middle East settlement. */
const PROCESS =
  /(?<!\p{L})(?:мирн\p{L}*\s+процесс\p{L}*|ближневосточн\p{L}*\s+(?:урегулировани\p{L}*|процесс\p{L}*|мирн\p{L}*))(?!\p{L})/u;
/** A settlement with a past: the part Russia has played, not the one it wants. */
const SETTLEMENT = /(?<!\p{L})урегулировани\p{L}*(?!\p{L})/u;
const PAST =
  /(?<!\p{L})(?:раньше|прежде|ранее|до\s+этого|исторически|традиционно|в\s+прошлом|играла|играло|участвовала|принимала|занималась|действовала|была)(?!\p{L})/u;
/**
 * Not this question: a wish or readiness, Putin, someone speaking of the role («а про роль самой россии он что-нибудь
 * сказал?» after Putin is his silence), a reason, the Quartet or the controversy by name.
 */
const OTHER =
  /(?<!\p{L})(?:говор\p{L}*|сказа\p{L}*|упомина\p{L}*|упомян\p{L}*|заяв\p{L}*|признал\p{L}*|признает|вспомина\p{L}*|вспомнил\p{L}*|хоч\p{L}*|хот\p{L}*|готов\p{L}*|стрем\p{L}*|намер\p{L}*|собира\p{L}*|будет|сможет|может|путин\p{L}*|президент\p{L}*|песков\p{L}*|кремл\p{L}*|почему|зачем|отчего|квартет\p{L}*|спор\p{L}*|противореч\p{L}*|неоднозначн\p{L}*)(?!\p{L})/u;

/** The question as Russia's part in the peace process when that is what it asks, or as typed. */
export function asRussianPeaceProcessPart(text: string): string {
  if (text.length > 200) return text;
  const plain = foldedRussian(text);
  if (!RUSSIA.test(plain) || !(PART.test(plain) || RELATION_TO.test(plain)) || OTHER.test(plain)) return text;
  if (!PROCESS.test(plain) && !(SETTLEMENT.test(plain) && PAST.test(plain))) return text;
  // Worked on it together with the US, the UN or the EU: the Quartet's membership, with its «Да» (membership.ts).
  if (asRussianMembership(text) !== text) return text;
  return "как россия участвует в мирном процессе";
}
