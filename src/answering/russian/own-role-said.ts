// Whether Putin spoke of Russia's own part ("путин что-нибудь говорил о том, какую роль играет сама россия?",
// "Putin упоминал роль России в Quartet?", "затрагивал ли путин участие россии в квартете"): the article's answer
// is that Putin makes no mention of Russia's own role (putin-silent-on-russia-role). Read as typed, "роль" with
// the Kremlin drew Peskov's constructive role, and the Quartet drew its members (with a "Нет" verdict beside the
// wrong card). Putin, a verb of saying or mentioning, and Russia's role (or its part in the Quartet) must all
// stand; a "почему" question is silence-why.ts's, and without Putin ("какую роль играет россия") the role stays
// the Kremlin's. Boasting, praising or stressing one's own role («хвастался», «кичился», «превозносил»,
// «нахваливал», quality52) is a way of speaking of it: the answer is the same silence, never the Quartet's members
// (whose «Да» confirmed a boast the article denies). Russia's seat in the Quartet told and Putin asked to have
// owned it («Путин критикует США, а Россия-то сама в Квартете сидела. Он это как-то признал?», «путин вспомнил, что
// россия сама была в квартете?», quality40ru) is the same silence: the members' «Да» answered whether Russia sits
// there, not whether Putin said so.

import { foldedRussian } from "./plain-text.js";

const PUTIN =
  /(?<!\p{L})(?:путин\p{L}*|putin\p{L}*|президент\p{L}*\s+росси\p{L}*|российск\p{L}*\s+лидер\p{L}*)(?!\p{L})/u;
const SAID =
  /(?<!\p{L})(?:говорил\p{L}*|сказал\p{L}*|упоминал\p{L}*|упомянул\p{L}*|упомина\p{L}*|затрагивал\p{L}*|затронул\p{L}*|касался|коснулся|вспоминал\p{L}*|вспомнил\p{L}*|заикнулся|заикался|обмолвился|признал\p{L}*|призна(?:ет|вал\p{L}*|ется|лся)|mention\p{L}*|хвастал\p{L}*|хвастает\p{L}*|хвалит\p{L}*|кичит\p{L}*|гордит\p{L}*|превозносит|нахваливает|расхваливает|выпячивает|похвастал\p{L}*|хвалил\p{L}*|похвалил\p{L}*|нахваливал\p{L}*|расхваливал\p{L}*|кичил\p{L}*|превозносил\p{L}*|восхвалял\p{L}*|гордил\p{L}*|выпячивал\p{L}*|подчеркивал\p{L}*|подчеркнул\p{L}*|распространял\p{L}*|рассказывал\p{L}*|рассказал\p{L}*)(?!\p{L})/u;
/** Russia's role or part, either order, a few words apart; or Russia's seat in the Quartet. */
const OWN_ROLE =
  /(?<!\p{L})(?:(?:рол(?:ь|и|ью|ей)|участи(?:е|я|ю|и|ем)|вклад\p{L}*|заслуг\p{L}*)(?:\s+\p{L}+){0,3}?\s+(?:росси\p{L}*|москв\p{L}*|сво\p{L}*|собственн\p{L}*)|(?:росси\p{L}*|москв\p{L}*|сво\p{L}*|собственн\p{L}*)(?:\s+\p{L}+){0,3}?\s+(?:рол(?:ь|и|ью|ей)|участи(?:е|я|ю|и|ем)|вклад\p{L}*|заслуг\p{L}*))(?!\p{L})/u;
/** Russia (or Moscow) and the Quartet a few words apart, either order («россия-то сама в квартете сидела»). */
const IN_QUARTET =
  /(?<!\p{L})(?:(?:росси|москв)\p{L}*(?:-то|-же)?(?:\s+[\p{L}-]+){0,4}?\s+квартет\p{L}*|квартет\p{L}*(?:\s+[\p{L}-]+){0,4}?\s+(?:росси|москв)\p{L}*)(?!\p{L})/u;
const WHY = /(?<!\p{L})(?:почему|зачем|отчего)(?!\p{L})/u;

/** The silence entry's phrasing when Putin is asked to have spoken of Russia's own role, or the question as typed. */
export function asRussianOwnRoleSaid(text: string): string {
  if (text.length > 300) return text;
  const plain = foldedRussian(text);
  if (WHY.test(plain) || !PUTIN.test(plain) || !SAID.test(plain)) return text;
  if (!OWN_ROLE.test(plain) && !IN_QUARTET.test(plain)) return text;
  return "упомянул ли путин собственную роль россии";
}
