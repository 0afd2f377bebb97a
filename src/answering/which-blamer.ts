// Who blames a party, asked with a noun for a person ("which president is blaming america here", "which leader
// blames washington in this piece"): the noun is only "who". Read as typed, "president" set Putin and Erdogan side
// by side and the question was refused as ambiguous; read as "who is blaming …" it finds the blame's owner.

const BLAME = /\bblam/i;
const WHICH_PERSON =
  /^\s*(?:so\s+|and\s+)?(?:which|what)\s+(?:president|leader|politician|official|person|man|guy|head\s+of\s+state)\s+(?=\w)/i;

/** The question with "which <person>" read as "who", or as it came. */
export function asWhichBlamer(text: string): string {
  if (text.length > 160 || !BLAME.test(text)) return text;
  const m = WHICH_PERSON.exec(text);
  return m ? `who ${text.slice(m[0].length)}` : text;
}
