// "does he admit russia's own part in any of it", «путин признаёт роль самой России?»: an admission of Russia's own
// part asked where the evidence says he makes no mention of Russia's own role — No, as a boast of it is
// (own-role-mention.ts): he cannot own up to what he never mentions. The verdict was "doesn't say" (d70-13#3).
// Asked as his mention of it ("did putin bring up russia being part of it", "did he say russia should be in the
// quartet?", «путин упоминал роль россии?»): the same evidence, the same No (dialog37; the checker read "doesn't say").

/** Owning up to something: the verb, then (within a few words) Russia's own part, role or share. */
const ADMITS_OWN_PART_EN =
  /(?<!\p{L})(?:admit\p{L}*|acknowledg\p{L}*|own\p{L}* up to|conced\p{L}*|(?:take|takes|took|taking|accept\p{L}*) (?:any )?(?:responsibility|blame) for)(?!\p{L})[^?]{0,30}?(?<!\p{L})(?:russia'?s?|moscow'?s?|the kremlin'?s?|its|their|his country'?s?) (?:own )?(?:role|part|responsibility|share|involvement|contribution)(?!\p{L})/u;
const ADMITS_OWN_PART_RU =
  /(?<!\p{L})призна\p{L}*(?!\p{L})[^?]{0,30}?(?<!\p{L})(?:рол\p{L}*|вин\p{L}*|ответственност\p{L}*|участи\p{L}*|вклад\p{L}*) (?:сам\p{L}* )?(?:росси\p{L}*|москв\p{L}*)/u;

/** Whether Russia's own part is asked to be admitted (the evidence's "no mention" settles it: No). */
export function admitsOwnPart(folded: string, lang: "en" | "ru"): boolean {
  if (folded.length > 200) return false;
  return (lang === "ru" ? ADMITS_OWN_PART_RU : ADMITS_OWN_PART_EN).test(folded);
}

/** Putin or "he": the voice the evidence's "no mention" is about. */
const PUTIN_OR_HE = /(?<!\p{L})(?:putin\p{L}*|he|the (?:russian )?president|путин\p{L}*|он)(?!\p{L})/u;
/** Mentioning, then (within a few words) Russia's own part or its being in the group or process. */
const MENTIONS_OWN_PART_EN =
  /(?<!\p{L})(?:mention\p{L}*|bring up|brought up|bring it up|rais(?:e|ed|es)|talk\p{L}* about|speak\p{L}* (?:of|about)|spoke (?:of|about)|refer\p{L}* to|say|said|says)(?!\p{L})[^?]{0,20}?(?<!\p{L})(?:russia|moscow|the kremlin)(?:'s)? (?:own (?:role|part|involvement|participation)|(?:role|part|involvement|participation|membership)(?: in| of| on)|being (?:in|part of|a member of|on)|(?:should|would|must|could) (?:be (?:in|part of|a member of|on)|play a (?:role|part)|take part))(?!\p{L})/u;
const MENTIONS_OWN_PART_RU =
  /(?<!\p{L})(?:упомина\p{L}*|упомян\p{L}*|говорил\p{L}*|сказал\p{L}*|заговор\p{L}*)(?!\p{L})[^?]{0,30}?(?<!\p{L})(?:рол\p{L}*|участи\p{L}*) (?:сам\p{L}* )?(?:росси\p{L}*|москв\p{L}*)/u;

/** Whether Putin is asked to have mentioned Russia's own part (the evidence's "no mention" settles it: No). */
export function mentionsOwnPart(folded: string, lang: "en" | "ru"): boolean {
  if (folded.length > 200 || !PUTIN_OR_HE.test(folded)) return false;
  return (lang === "ru" ? MENTIONS_OWN_PART_RU : MENTIONS_OWN_PART_EN).test(folded);
}
