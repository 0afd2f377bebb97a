// A thing that "says" something («о последствиях чего говорит израильско-палестинский конфликт в итоге», «о чём
// говорит эскалация»): «говорит о» of a conflict, a crisis or the violence is "shows", not anyone's words. Read as
// a saying, the frame looked for a speaker's statement and the question went unsure instead of finding the
// article's conclusion (quality31, blind-ru60). Only when the saying verb's one subject in the message is such a
// thing and no person, body or the article is named; word lists, no patterns over the text.

const SAYS = new Set(["говорит", "говорят", "говорило", "говорил"]);
const THINGS = new Set([
  "конфликт",
  "насилие",
  "эскалация",
  "кризис",
  "ситуация",
  "всплеск",
  "война",
  "обострение",
]);
/** Someone who speaks: then «говорит» is a saying. */
const VOICES =
  /^(?:путин|песков|кремл|мид|министерств|статья|стать|автор|журналист|москв|росси|эрдоган|сша|вашингтон|израил[ьея]$|хамас|он|она|они)/;

/** The words with «говорит» read as «показывает» when a thing, not a voice, does it; changed in place. */
export function withThingShowing(words: string[]): void {
  const at = words.findIndex((w) => SAYS.has(w));
  if (at < 0 || !words.some((w) => THINGS.has(w)) || words.some((w) => VOICES.test(w))) return;
  words[at] = "показывает";
}
