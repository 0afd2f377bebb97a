// A voice's judgement asked by "назвал … -ым" ("что Путин назвал срочно необходимым?", "что Кремль называет
// главным?"): what the voice holds to be so, as "считает" asks it. Read as typed, "назвал" met the knowledge base's
// "named" (the regional players the article does not name) and the question was refused as unsure between them.
// Only a form of "называть/назвать" followed (an adverb or two between) by an adjective in the instrumental is
// read so; "кого назвал Путин" or "как называется квартет" keep their words.

/** The verb, an optional adverb or two, then the instrumental adjective the judgement is. */
const CALLED_AS =
  /(?<!\p{L})(?:назвал|назвала|назвали|назовет|называет|называют|называл|называла|называли)((?:\s+(?:\p{L}+о|очень|крайне|особенно|совершенно|абсолютно))*\s+\p{L}+(?:ым|им|ой|ей|ыми|ими))(?!\p{L})/giu;

/** Intensifiers inside the judgement: how strongly, not what ("крайне необходимым" is "необходимым"). */
const INTENSIFIER = /\s+(?:очень|крайне|особенно|совершенно|абсолютно)(?!\p{L})/giu;

/** The question with "назвал X-ым" read as "считает X-ым", or as it came. */
export function asRussianCalledAs(text: string): string {
  return text.replace(CALLED_AS, (_m, judged: string) => `считает${judged.replace(INTENSIFIER, "")}`);
}
