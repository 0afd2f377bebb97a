// "does he admit russia's own part in any of it", «путин признаёт роль самой России?»: an admission of Russia's own
// part asked where the evidence says he makes no mention of Russia's own role — No, as a boast of it is
// (own-role-mention.ts): he cannot own up to what he never mentions. The verdict was "doesn't say" (d70-13#3).

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
