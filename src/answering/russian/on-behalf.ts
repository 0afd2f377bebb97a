// Who else speaks on Russia's behalf («кто ещё говорит от имени российских властей», «кто ещё выступает от имени
// Кремля», also as speaker-exclusion.ts leaves «Кто, помимо президента, говорит от имени…»): the roster of Russia's
// voices, as «от лица» already reads (quality42ru). Read as typed, «имени» was an unknown word and the question stayed
// unsure, or the synonym «от имени кремля» found Peskov alone — the one who speaks for it, not who *else* does.
// Only with «ещё» after the who-word: «кто говорит от имени кремля» stays Peskov's.

/** «кто ещё» / «кого ещё», then «от имени» before Russia's state by one of its names. */
const ELSE_ON_BEHALF =
  /^(\s*(?:а\s+|и\s+)?(?:кто|кого)\s+ещ[её](?!\p{L})[^?.!]{0,40}?\s)от\s+имени(?=\s+(?:росси\p{L}*|российск\p{L}*|рф|кремл\p{L}*|москв\p{L}*|власт\p{L}*|правительств\p{L}*|руководств\p{L}*|государств\p{L}*)(?!\p{L}))/iu;

/** «кто ещё говорит от имени X» as «кто ещё говорит от лица X», or as typed. */
export function withElseOnBehalfAsVoices(text: string): string {
  if (text.length > 160) return text;
  return text.replace(ELSE_ON_BEHALF, "$1от лица");
}
