// Kind: a yes/no question with a vague choice tagged on — "do they have a lot of their own people there or
// something?", "is that a thing or anything?", «кремль поддерживает связь с обеими сторонами или как?». The tag
// offers no second option: "or" read as an alternative took the verdict away. The question is read without it
// ("…there?"); a real alternative ("or only gaza?", «или с хамасом?») is left as typed. Not in a long English
// ramble: its statement is read whole (the reader's own "i don't get why…" turned the verdict to No), so there
// the tag keeps it a question without a verdict; Russian rambles have their question cut out first. Text in, text out.

const TAG_EN = /,?\s+or\s+(?:something|anything|whatever|smth|sth|something like that|so)\s*(\?+)\s*$/iu;
/** An English message longer than this many words is a ramble (its statement is not the question's). */
const RAMBLE_WORDS = 20;
const TAG_RU = /,?\s+или\s+(?:как|что|чего|что-то такое|что-то вроде того)\s*(\?*)\s*$/iu;

/** The question without its vague "or something" / «или как» tag, or null when it has none. */
export function withoutVagueTag(text: string): string | null {
  const en = TAG_EN.exec(text);
  if (en) return text.trim().split(/\s+/u).length > RAMBLE_WORDS ? null : `${text.slice(0, en.index)}?`;
  const ru = TAG_RU.exec(text);
  if (ru) return `${text.slice(0, ru.index)}?`;
  return null;
}
