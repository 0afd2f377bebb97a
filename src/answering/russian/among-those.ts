// A party asked as one «среди тех, с кем …» / «в числе тех, с кем …» («ХАМАС упоминается среди тех, с кем у Москвы
// давние связи?», «Назван ли ХАМАС среди тех…», «ХАМАС входит в число тех, с кем у Кремля давние связи?»): the same
// yes/no as «у Москвы давние связи с ХАМАС?», which the engine owns (quality45ru, quality44ru's leftover). Read whole,
// «упоминается» drew the mention card with no verdict, and «входит в число» split the engine (ambiguous). The party
// is one or two words, the relative clause the rest of the question; anything else is left as typed.

const VERB = String.raw`(?:упоминается|упомянут\p{L}*|назван\p{L}*|входит|входят|числится|значится|есть|фигурирует)`;
const AMONG_THOSE = new RegExp(
  String.raw`^\s*(?:${VERB}\s+ли\s+)?(\p{L}+(?:\s+\p{L}+)?)\s+(?:ли\s+)?(?:${VERB}\s+)?(?:ли\s+)?(?:среди|в\s+числе|в\s+число)\s+тех,?\s+с\s+кем\s+([^?]+?)\s*\?*\s*$`,
  "iu",
);

/** The question as «<clause> с <party>?», or as typed. */
export function withAmongThoseAsTies(text: string): string {
  const m = AMONG_THOSE.exec(text);
  if (m?.[1] === undefined || m[2] === undefined) return text;
  if (/^(?:упоминается|назван|входит|есть|ли)$/iu.test(m[1])) return text;
  return `${m[2]} с ${m[1]}?`;
}
