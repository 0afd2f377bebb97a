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

/**
 * The claim as the affirmed name's statement ("Peskov criticizes …" of "It was Peskov, not Putin, who criticizes
 * …"), or null when it is no correction frame with a name denied.
 */
export function correctedSpeaker(text: string): string | null {
  const itWas = IT_WAS.exec(text);
  if (itWas && isName(itWas[2]!)) return `${itWas[1]!.trim()} ${itWas[3]!}`;
  const notBut = NOT_BUT.exec(text);
  if (notBut && isName(notBut[1]!)) return notBut[2]!;
  const neA = NE_A.exec(text);
  if (neA && isName(neA[1]!)) return neA[2]!;
  const aNe = A_NE.exec(text);
  if (aNe && isName(aNe[1]!) && isName(aNe[2]!)) return `${aNe[1]!.trim()} ${aNe[3]!}`;
  const yNotX = Y_NOT_X.exec(text);
  if (yNotX && isName(yNotX[1]!) && isName(yNotX[2]!)) return `${yNotX[1]!.trim()} ${yNotX[3]!}`;
  return null;
}
