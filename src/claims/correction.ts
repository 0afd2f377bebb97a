// A correction frame naming who really said it: "It was the Foreign Ministry, not Putin, that said …", "Not Putin
// but Peskov said …", "Peskov, not Putin, criticizes …", "Не Путин, а МИД подчёркивает …", "Это МИД, а не Путин,
// критикует …". The claim's statement is the second name's: the denied name was read as a negation of the
// speaker (an alteration even when the article gives the words to the second name, and never "misattributed"
// when it gives them to the first). Read as the statement of the name affirmed; the denied one must be a name
// (a capital letter), so "not a ceasefire but talks are needed" keeps its negation.
// Every pattern is anchored at the start with bounded runs: linear time on any input.

/** "It was Y, not X, who/that …" → "Y …". */
const IT_WAS =
  /^\s*it\s+(?:was|is)\s+([^,]{1,80}),\s*(?:and\s+)?not\s+([^,]{1,60}),\s*(?:who|that|which)\s+(\S.*)$/isu;
/** "Not X but Y …" → "Y …". */
const NOT_BUT = /^\s*not\s+([^,]{1,60}?),?\s+but\s+(?:rather\s+)?(\S.*)$/isu;
/** "Y, not X, …" → "Y …". */
const Y_NOT_X = /^\s*([^,]{1,80}),\s*(?:and\s+)?not\s+([^,]{1,60}),\s*(\S.*)$/isu;
/** "Не X, а Y …" → "Y …". */
const NE_A = /^\s*не\s+([^,]{1,60}?),?\s+а\s+(\S.*)$/isu;
/** "(Это|Именно) Y, а не X, (кто|который)? …" → "Y …". */
const A_NE =
  /^\s*(?:это\s+|именно\s+)?([^,]{1,80}),\s*а\s+не\s+([^,]{1,60}),\s*(?:(?:кто|который|которая|которое)\s+)?(\S.*)$/isu;

/** A denied part that is no name but a frame of its own: "not without reason", "не только". */
const NO_NAME =
  /^(?:without|only|just|least|even|yet|always|once|necessarily|quite|really|so|too|без|только|просто|всегда|совсем|очень)\b/iu;

const isName = (part: string) => /\p{Lu}/u.test(part) && !NO_NAME.test(part.trim());
/** A name phrase and nothing else: "Peskov", "the Foreign Ministry", "The Russian Foreign Ministry". */
const NAME_PHRASE = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,4}$/u;
/** The affirmed name opens what follows "but"/"а": "the Foreign Ministry acknowledges …", "Песков подчеркнул …". */
const NAME_OPENS = /^\s*(?:the\s+)?\p{Lu}/u;

/** The statement of the name affirmed, and the name denied. */
export interface Correction {
  statement: string;
  denied: string;
}

/**
 * The claim as the affirmed name's statement ("Peskov criticizes …" of "It was Peskov, not Putin, who criticizes
 * …") and the denied name, or null when it is no correction frame with a name denied and a name affirmed.
 */
export function correctedSpeaker(text: string): Correction | null {
  const itWas = IT_WAS.exec(text);
  if (itWas && isName(itWas[2]!))
    return { statement: `${itWas[1]!.trim()} ${itWas[3]!}`, denied: itWas[2]!.trim() };
  const notBut = NOT_BUT.exec(text);
  if (notBut && isName(notBut[1]!) && NAME_OPENS.test(notBut[2]!))
    return { statement: notBut[2]!, denied: notBut[1]!.trim() };
  const neA = NE_A.exec(text);
  if (neA && isName(neA[1]!) && NAME_OPENS.test(neA[2]!))
    return { statement: neA[2]!, denied: neA[1]!.trim() };
  const aNe = A_NE.exec(text);
  if (aNe && NAME_PHRASE.test(aNe[1]!.replace(/^\s*(?:это|именно)\s+/iu, "")) && NAME_PHRASE.test(aNe[2]!))
    return { statement: `${aNe[1]!.trim()} ${aNe[3]!}`, denied: aNe[2]!.trim() };
  const yNotX = Y_NOT_X.exec(text);
  if (yNotX && NAME_PHRASE.test(yNotX[1]!) && NAME_PHRASE.test(yNotX[2]!))
    return { statement: `${yNotX[1]!.trim()} ${yNotX[3]!}`, denied: yNotX[2]!.trim() };
  return null;
}

/**
 * The denied name stands in the passage the claim was matched to (its words or its translation's): the claim
 * says that one did not, where the passage says it did or shares it ("Russia, not the United Nations, has been part
 * of the Quartet"). `terms`: the content terms a text reads as (names folded: "Washington" and "the US").
 */
export function deniedInPassage(denied: string, passage: string, terms: (text: string) => string[]): boolean {
  const inPassage = new Set(terms(passage));
  if (terms(denied).some((t) => inPassage.has(t))) return true;
  const words = passage.toLowerCase().match(/\p{L}+/gu) ?? [];
  return (denied.match(/\p{Lu}\p{L}*/gu) ?? []).some((name) => {
    const key = name.toLowerCase().slice(0, Math.max(3, name.length - 2));
    return words.some((w) => w.startsWith(key));
  });
}
